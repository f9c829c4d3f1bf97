import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Answer, Excerpt } from '../../answer/answer.js';
import type { AnswerKind } from '../../answer/answerKind.js';
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
} from './limits.js';
import { truncate } from './truncate.js';

/** Longest quoted excerpt in a reply; longer sentences are cut at a word boundary. */
const MAX_EXCERPT_LENGTH = 900;

const KIND_LABEL: Record<AnswerKind, string> = { person: 'Who', date: 'When', place: 'Where', number: 'How many', duration: 'How long', other: 'Answer' };

const COLOR = { sure: 0x2e7d32, unsure: 0xf9a825, none: 0x757575 } as const;

/**
 * The one renderer for answers, in Discord and for mention replies: an embed with the answer line,
 * the numbered excerpts as quotes with "— source, title" (linked when a url is known), "also reported
 * by …", the confidence, and the question in the footer (read back by the "More" button); then the
 * buttons. Every Discord limit is held; quoted text is escaped.
 *
 * @param owner the asker's id when the answer is private (only they may page it)
 */
export function renderAnswer(answer: Answer, options: { ephemeral?: boolean; owner?: string; offset?: number } = {}): BotReply {
  const offset = options.offset ?? 0;
  const embed: APIEmbed = {
    title: truncate(titleOf(answer), MAX_EMBED_TITLE_LENGTH),
    color: !answer.covered ? COLOR.none : answer.confidence >= 0.6 ? COLOR.sure : COLOR.unsure,
    description: describe(answer),
    footer: { text: truncate(footerOf(answer, offset), MAX_EMBED_FOOTER_LENGTH) },
  };
  fitEmbed(embed);
  const buttons: APIButtonComponent[] = [];
  const more = encodeButton({ kind: 'more', command: answer.command, offset: offset + answer.excerpts.length, ...(options.owner ? { owner: options.owner } : {}) });
  if (more && offset + answer.excerpts.length < answer.total) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: more, label: 'More' });
  }
  for (const e of answer.excerpts) {
    if (buttons.length >= MAX_BUTTONS_PER_ROW) break;
    const id = encodeButton({ kind: 'context', articleId: e.articleId, sentence: e.sentence });
    if (id) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: id, label: truncate(`Context ${e.rank}`, MAX_BUTTON_LABEL_LENGTH) });
  }
  return {
    embeds: [embed],
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    ...(options.ephemeral ? { ephemeral: true } : {}),
  };
}

/**
 * The question as it stands on the footer's first line: "/who led the delegation". Mentions in it are
 * broken with zero-width spaces, which validateQuestion strips again when "More" reads it back.
 */
export function footerQuestion(command: string, query: string): string {
  return `/${command} ${breakMentions(query)}`;
}

/** Reads the question back from an answer embed's footer (for the "More" button). */
export function questionFromFooter(footer: string | undefined): { command: string; query: string } | undefined {
  const m = /^\/(\w+) (.+)$/.exec(footer?.split('\n')[0] ?? '');
  return m ? { command: m[1]!, query: m[2]! } : undefined;
}

function titleOf(answer: Answer): string {
  if (!answer.covered) return "The story doesn't say";
  if (answer.answer) return `${KIND_LABEL[answer.kind]}: ${escapeText(truncate(answerText(answer.answer), MAX_EMBED_TITLE_LENGTH))}`;
  return 'No short answer — here is what the story says';
}

/** "Saturday (Sat 29 Nov 2025)" when a relative date was placed on the calendar, else the answer as is. */
export function answerText(a: NonNullable<Answer['answer']>): string {
  return a.date && a.date.label.toLowerCase() !== a.text.toLowerCase() ? `${a.text} (${a.date.label})` : a.text;
}

function footerOf(answer: Answer, offset: number): string {
  const range = answer.excerpts.length > 0 ? `excerpts ${offset + 1}–${offset + answer.excerpts.length} of ${answer.total}` : 'no excerpts';
  const confidence = answer.covered ? `confidence ${Math.round(answer.confidence * 100)}%` : 'not covered';
  return `${footerQuestion(answer.command, answer.query)}\n${confidence} · ${range}`;
}

function describe(answer: Answer): string {
  const head = answer.covered ? '' : answer.excerpts.length > 0 ? 'The articles do not answer this. The closest sentences:\n\n' : 'Nothing in the articles matches this question. Try other words, or /sources to see what the story covers.';
  const blocks = answer.excerpts.map(excerptBlock);
  // Drop whole excerpts from the end rather than cutting one in half.
  let text = head + blocks.join('\n\n');
  while (text.length > MAX_EMBED_DESCRIPTION_LENGTH && blocks.length > 1) {
    blocks.pop();
    text = head + blocks.join('\n\n');
  }
  return truncate(text, MAX_EMBED_DESCRIPTION_LENGTH);
}

/** "**1.** > quote\n— [Newsmax, Title](url) · sentence 4\nalso reported by …" */
export function excerptBlock(e: Excerpt): string {
  const quote = truncate(e.text, MAX_EXCERPT_LENGTH)
    .split('\n')
    .map((line) => `> ${escapeText(line)}`)
    .join('\n');
  const lines = [`**${e.rank}.**`, quote, `— ${citation(e.source, e.title, e.url)} · sentence ${e.sentence}`];
  if (e.alsoIn.length > 0) lines.push(`also reported by ${e.alsoIn.map((o) => citation(o.source, o.title, o.url)).join('; ')}`);
  return lines.join('\n');
}

/** "source, *title*", linked when the url is known. */
export function citation(source: string | undefined, title: string, url: string | undefined): string {
  if (url && /^https?:\/\/\S+$/.test(url)) {
    // Brackets go before escaping: removing them after would leave stray backslashes that break the link.
    const label = [source, title].filter(Boolean).map((s) => escapeText(truncate(s!, 120).replace(/[[\]]/g, ''))).join(', ');
    return `[${label}](${url.replace(/\)/g, '%29')})`;
  }
  return source ? `${escapeText(truncate(source, 120))}, *${escapeText(truncate(title, 120))}*` : `*${escapeText(truncate(title, 120))}*`;
}

/** Total characters Discord counts for an embed. */
export function embedLength(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

function fitEmbed(embed: APIEmbed): void {
  const over = embedLength(embed) - MAX_EMBEDS_TOTAL_LENGTH;
  if (over > 0 && embed.description) embed.description = truncate(embed.description, Math.max(1, embed.description.length - over));
}
