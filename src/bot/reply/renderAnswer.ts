import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { type Answer, type Excerpt, SURE_CONFIDENCE } from '../../answer/answer.js';
import { answerHeadline, answerSegments, confidenceText, corroboration, sourceLabel } from '../../present/answerText.js';
import { truncate } from '../../present/truncate.js';
import type { BotReply } from './botReply.js';
import { encodeButton } from './customIds.js';
import { breakMentions, escapeText } from './escape.js';
import {
  MAX_BUTTON_LABEL_LENGTH,
  MAX_BUTTONS_PER_ROW,
  MAX_EMBED_DESCRIPTION_LENGTH,
  MAX_EMBED_FOOTER_LENGTH,
  MAX_EMBED_TITLE_LENGTH,
  MAX_EMBEDS_TOTAL_LENGTH,
  MAX_LINK_URL_LENGTH,
} from './limits.js';

/** Longest quoted excerpt in a reply; longer sentences are cut at a word boundary. */
const MAX_EXCERPT_LENGTH = 900;

/** Excerpts per page in Discord. */
export const EXCERPTS_PER_PAGE = 3;

/** Link buttons to the articles of a page, at most (one row, short enough for a phone). */
const MAX_LINK_BUTTONS = 3;

/** Longest label of a link button ("1. Publisher"), so three fit a phone's row. */
const MAX_LINK_LABEL_LENGTH = 24;

const COLOR = { sure: 0x2e7d32, unsure: 0xf9a825, none: 0x757575 } as const;

/** Options of {@link renderAnswer}. */
export interface RenderOptions {
  /** Only the asker sees it. */
  ephemeral?: boolean;
  /** The asker's id: only they page it in place or dismiss it; anyone else gets a private copy. */
  owner?: string;
  /** Excerpts skipped before this page. */
  offset?: number;
  /** Disagreements about the answered value ("Sources differ on how long: …", from `answerDifferences`), shown under the excerpts. */
  differences?: readonly string[];
}

/**
 * The one renderer for answers, in Discord and for mention replies: an embed with the answer line, the
 * numbered excerpts as quotes with the short answer in bold, each with a compact citation ("— Publisher ·
 * 30 Nov 2025 · and 2 more reports", linked when the url is known), the confidence, and the question in the
 * footer (read back by the buttons); then one row of ◀ Prev / Next ▶ / Context / ✕ (dismiss) short enough
 * for a phone's width, and a row of link buttons to the articles. Every Discord limit is held; quoted text is escaped.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): BotReply {
  const offset = options.offset ?? 0;
  const embed: APIEmbed = {
    title: truncate(escapeText(truncate(answerHeadline(answer), MAX_EMBED_TITLE_LENGTH)), MAX_EMBED_TITLE_LENGTH),
    color: !answer.covered ? COLOR.none : answer.confidence >= SURE_CONFIDENCE ? COLOR.sure : COLOR.unsure,
    description: describe(answer, options.differences ?? []),
    footer: { text: truncate(footerOf(answer, offset), MAX_EMBED_FOOTER_LENGTH) },
  };
  fitEmbed(embed);
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const controls = controlRow(answer, offset, options.owner);
  if (controls.length > 0) rows.push({ type: ComponentType.ActionRow, components: controls });
  const links = linkRow(answer.excerpts);
  if (links.length > 0) rows.push({ type: ComponentType.ActionRow, components: links });
  return { embeds: [embed], components: rows, ...(options.ephemeral ? { ephemeral: true } : {}) };
}

function button(
  id: string | undefined,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  disabled = false,
): APIButtonComponent[] {
  if (!id) return [];
  return [
    {
      type: ComponentType.Button,
      style,
      custom_id: id,
      label: truncate(label, MAX_BUTTON_LABEL_LENGTH),
      ...(disabled ? { disabled: true } : {}),
    },
  ];
}

/** Previous and Next when there is more than one page; Context when there are excerpts; Dismiss for the asker. */
function controlRow(answer: Answer, offset: number, owner: string | undefined): APIButtonComponent[] {
  const shown = answer.excerpts.length;
  const buttons: APIButtonComponent[] = [];
  const prev = Math.max(0, offset - EXCERPTS_PER_PAGE);
  const next = offset + shown;
  if (shown > 0 && answer.total > shown && prev !== next) {
    buttons.push(
      ...button(
        encodeButton({ kind: 'page', command: answer.command, offset: prev, ...(owner ? { owner } : {}) }),
        '◀ Prev',
        ButtonStyle.Secondary,
        offset === 0,
      ),
    );
    buttons.push(
      ...button(
        encodeButton({ kind: 'page', command: answer.command, offset: next, ...(owner ? { owner } : {}) }),
        'Next ▶',
        ButtonStyle.Primary,
        next >= answer.total,
      ),
    );
  }
  if (shown > 0)
    buttons.push(...button(encodeButton({ kind: 'context', command: answer.command, offset }), 'Context', ButtonStyle.Secondary));
  if (owner) buttons.push(...button(encodeButton({ kind: 'dismiss', owner }), '✕', ButtonStyle.Secondary));
  return buttons.slice(0, MAX_BUTTONS_PER_ROW);
}

/** A link button per article of the page whose url is known: "1. Publisher". */
function linkRow(excerpts: readonly Excerpt[]): APIButtonComponent[] {
  const seen = new Set<string>();
  const links: APIButtonComponent[] = [];
  for (const e of excerpts) {
    if (!e.url || !/^https?:\/\/\S+$/.test(e.url) || e.url.length > MAX_LINK_URL_LENGTH || seen.has(e.url)) continue;
    seen.add(e.url);
    const label = breakMentions(truncate(`${e.rank}. ${sourceLabel(e).name}`, MAX_LINK_LABEL_LENGTH));
    links.push({ type: ComponentType.Button, style: ButtonStyle.Link, url: e.url, label });
    if (links.length >= MAX_LINK_BUTTONS) break;
  }
  return links;
}

/**
 * The question as it stands on the footer's first line: "/who signed the agreement". Mentions in it are
 * broken with zero-width spaces, which validateQuestion strips again when a button reads it back.
 */
export function footerQuestion(command: string, query: string): string {
  return `/${command} ${breakMentions(query)}`;
}

/** Reads the question back from an answer embed's footer (for the page and Context buttons). */
export function questionFromFooter(footer: string | undefined): { command: string; query: string } | undefined {
  const m = /^\/(\w+) (.+)$/.exec(footer?.split('\n')[0] ?? '');
  return m ? { command: m[1]!, query: m[2]! } : undefined;
}

function footerOf(answer: Answer, offset: number): string {
  const range = answer.excerpts.length > 0 ? `excerpts ${offset + 1}–${offset + answer.excerpts.length} of ${answer.total}` : 'no excerpts';
  return `${footerQuestion(answer.command, answer.query)}\n${confidenceText(answer)} · ${range}`;
}

function describe(answer: Answer, differences: readonly string[]): string {
  const head = answer.covered
    ? ''
    : answer.excerpts.length > 0
      ? 'The articles do not answer this. The closest sentences:\n\n'
      : 'Nothing in the articles matches this question. Try other words, or /sources to see what the story covers.';
  const bold = answer.covered ? answer.answer?.text : undefined;
  const blocks = answer.excerpts.map((e) => excerptBlock(e, bold));
  const tail = differences.length > 0 ? `\n\n${differences.map((d) => `⚖ ${escapeText(truncate(d, 500))}`).join('\n')}` : '';
  // Drop whole excerpts from the end rather than cutting one in half.
  let text = head + blocks.join('\n\n') + tail;
  while (text.length > MAX_EMBED_DESCRIPTION_LENGTH && blocks.length > 1) {
    blocks.pop();
    text = head + blocks.join('\n\n') + tail;
  }
  return truncate(text, MAX_EMBED_DESCRIPTION_LENGTH);
}

/**
 * "> quote with the **answer**\n**1.** [Publisher](url) · 30 Nov 2025 · and 2 more reports": the number
 * goes on the citation line, which saves a line per excerpt on a phone.
 */
export function excerptBlock(e: Excerpt, answerText?: string): string {
  const quote = answerSegments(truncate(e.text, MAX_EXCERPT_LENGTH), answerText)
    .map((s) => (s.answer ? `**${escapeText(s.text)}**` : escapeText(s.text)))
    .join('')
    .split('\n')
    .map((line) => `> ${line}`);
  return [...quote, `**${e.rank}.** ${compactCitation(e)}`].join('\n');
}

/** "[Publisher](url) · 30 Nov 2025 · and 2 more reports": publisher (the headline in italics without one), date, other reports. */
export function compactCitation(e: Excerpt): string {
  const s = sourceLabel(e);
  const name = s.isTitle ? `*${escapeText(s.name)}*` : escapeText(s.name);
  const linked =
    s.url && /^https?:\/\/\S+$/.test(s.url) && s.url.length <= MAX_LINK_URL_LENGTH
      ? `[${name.replace(/[[\]]/g, '')}](${s.url.replace(/\)/g, '%29')})`
      : name;
  return [linked, s.date && escapeText(s.date), escapeText(corroboration(e))].filter(Boolean).join(' · ');
}

/** "source, *title*", linked when the url is known (the /sources list and Context). */
export function citation(source: string | undefined, title: string, url: string | undefined): string {
  if (url && /^https?:\/\/\S+$/.test(url)) {
    // Brackets go before escaping: removing them after would leave stray backslashes that break the link.
    const label = [source, title]
      .filter(Boolean)
      .map((s) => escapeText(truncate(s!, 120).replace(/[[\]]/g, '')))
      .join(', ');
    return `[${label}](${url.replace(/\)/g, '%29')})`;
  }
  return source ? `${escapeText(truncate(source, 120))}, *${escapeText(truncate(title, 120))}*` : `*${escapeText(truncate(title, 120))}*`;
}

/** Total characters Discord counts for an embed. */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function fitEmbed(embed: APIEmbed): void {
  const over = embedLength(embed) - MAX_EMBEDS_TOTAL_LENGTH;
  if (over > 0 && embed.description) embed.description = truncate(embed.description, Math.max(1, embed.description.length - over));
}
