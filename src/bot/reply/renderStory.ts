import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { BriefLine, WhatsNew } from '../../brief/index.js';
import { describeDifference, type Difference } from '../../differences/index.js';
import { sourceLabel } from '../../present/answerText.js';
import { articleDate, briefHeading, differencesHeading, NO_BRIEF, NO_DIFFERENCES, reportedBy } from '../../present/storyText.js';
import { truncate } from '../../present/truncate.js';
import type { BotReply } from './botReply.js';
import { breakMentions, escapeText } from './escape.js';
import {
  MAX_BUTTON_LABEL_LENGTH,
  MAX_BUTTONS_PER_ROW,
  MAX_EMBED_DESCRIPTION_LENGTH,
  MAX_EMBED_FIELD_VALUE_LENGTH,
  MAX_EMBED_TITLE_LENGTH,
  MAX_LINK_URL_LENGTH,
} from './limits.js';
import { citation, compactCitation } from './renderAnswer.js';

/** Longest sentence quoted in a brief, a difference or an update. */
const MAX_QUOTE = 400;

/** Blocks joined with blank lines, whole blocks dropped from the end to fit `max`. */
function fitBlocks(blocks: string[], max: number, head = ''): string {
  const kept = [...blocks];
  let text = head + kept.join('\n\n');
  while (text.length > max && kept.length > 1) {
    kept.pop();
    text = head + kept.join('\n\n');
  }
  return truncate(text, max);
}

const isLink = (url: string | undefined): url is string =>
  url !== undefined && /^https?:\/\/\S+$/.test(url) && url.length <= MAX_LINK_URL_LENGTH;

/** One row of link buttons to these articles, "1. Publisher", at most five, each url once. */
function linkRow(items: readonly { url?: string; source?: string; title: string }[]): APIActionRowComponent<APIButtonComponent>[] {
  const seen = new Set<string>();
  const buttons: APIButtonComponent[] = [];
  for (const item of items) {
    if (!isLink(item.url) || seen.has(item.url)) continue;
    seen.add(item.url);
    const label = breakMentions(truncate(`${buttons.length + 1}. ${sourceLabel(item).name}`, Math.min(24, MAX_BUTTON_LABEL_LENGTH)));
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Link, url: item.url, label });
    if (buttons.length >= MAX_BUTTONS_PER_ROW) break;
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** A line quoted and cited: "> sentence\n**1.** [Publisher](url) · 30 Nov 2025 · reported by 3 outlets". */
function citedLine(l: BriefLine, rank: number, withReports: boolean): string {
  const cite = compactCitation({ ...l, rank, score: 0, alsoIn: [] });
  return `> ${escapeText(truncate(l.text, MAX_QUOTE))}\n**${rank}.** ${cite} · sentence ${l.sentence}${withReports ? ` · ${reportedBy(l)}` : ''}`;
}

/** /brief: the story so far, numbered, each line cited with how many outlets and articles report it. */
export function renderBrief(lines: readonly BriefLine[]): BotReply {
  if (lines.length === 0) return { embeds: [{ title: 'The story so far', description: NO_BRIEF }] };
  const embed: APIEmbed = {
    title: truncate(briefHeading(lines.length), MAX_EMBED_TITLE_LENGTH),
    description: fitBlocks(
      lines.map((l) => citedLine(l, l.rank, true)),
      MAX_EMBED_DESCRIPTION_LENGTH,
    ),
    footer: { text: 'Most important first: central to the story, reported by many outlets, about the latest events.' },
  };
  return { embeds: [embed], components: linkRow(lines) };
}

/** /differences: each disagreement as a field, its values with the articles that give them. */
export function renderDifferences(differences: readonly Difference[]): BotReply {
  if (differences.length === 0) return { embeds: [{ title: 'Where the sources differ', description: NO_DIFFERENCES }] };
  const shown = differences.slice(0, 10);
  const blocks = shown.map((d, i) => {
    const values = d.values.map((v) => {
      const cites = v.citations
        .slice(0, 4)
        .map(
          (c) =>
            `${citation(c.source, c.title, c.url)}${c.part === 'caption' ? ' (photo caption)' : c.sentence !== undefined ? ` · sentence ${c.sentence}` : ''}`,
        );
      const more = v.citations.length > 4 ? ` and ${v.citations.length - 4} more` : '';
      return `• **${escapeText(truncate(v.label, 80))}** — ${cites.join('; ')}${more}`;
    });
    return truncate(
      [`**${i + 1}.** ${escapeText(truncate(describeDifference(d), 300))}`, ...values].join('\n'),
      MAX_EMBED_FIELD_VALUE_LENGTH * 2,
    );
  });
  const embed: APIEmbed = {
    title: truncate(differencesHeading(differences.length), MAX_EMBED_TITLE_LENGTH),
    description: fitBlocks(blocks, MAX_EMBED_DESCRIPTION_LENGTH),
    ...(differences.length > shown.length ? { footer: { text: `the first ${shown.length} of ${differences.length}` } } : {}),
  };
  return { embeds: [embed] };
}

/**
 * The "What's new" post after a rebuild: the new articles, then up to five facts they report that no earlier
 * article did, each cited, with link buttons to the new articles. Undefined when nothing is new (nothing is posted).
 */
export function renderWhatsNew(news: WhatsNew): BotReply | undefined {
  if (news.articles.length === 0) return undefined;
  const articles = news.articles
    .slice(0, 10)
    .map((a) => `• ${citation(a.source, a.title, a.url)}${articleDate(a.published) ? ` · ${articleDate(a.published)}` : ''}`);
  const more = news.articles.length > 10 ? [`…and ${news.articles.length - 10} more`] : [];
  const head = `**New ${news.articles.length === 1 ? 'article' : 'articles'}**\n${[...articles, ...more].join('\n')}\n\n${news.facts.length > 0 ? '**What they report that no earlier article did**\n' : ''}`;
  const embed: APIEmbed = {
    title: "What's new in the story",
    description: fitBlocks(
      news.facts.map((f, i) => citedLine(f, i + 1, false)),
      MAX_EMBED_DESCRIPTION_LENGTH,
      truncate(head, 2_000),
    ).trimEnd(),
  };
  return { embeds: [embed], components: linkRow(news.articles) };
}
