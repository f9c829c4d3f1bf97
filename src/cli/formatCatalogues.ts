import type { Actor } from '../actors/index.js';
import { formatResolvedDate } from '../nlp/resolveDate.js';
import type { TimelineEvent } from '../timeline/index.js';
import { articleById, type Story } from '../story/story.js';

/** Where a sentence comes from, for a terminal: "Newsmax, sentence 4". */
export function sentenceSource(story: Story, ref: { articleId: string; sentence: number }): string {
  const a = articleById(story).get(ref.articleId);
  return `${a?.source ?? `“${a?.title ?? ref.articleId}”`}, sentence ${ref.sentence}`;
}

/** The event's date as a label: "Fri 28 Nov 2025", "before Thu 4 Dec 2025", "week of 24 Nov 2025". */
export function eventDateLabel(e: TimelineEvent): string {
  return formatResolvedDate({ date: e.date, precision: e.precision, text: e.dateText, ...(e.relation ? { relation: e.relation } : {}) });
}

/** "Dmitry Peskov — Kremlin spokesman · in 3 of 5 articles" */
export function actorLine(actor: Actor, articleCount: number): string {
  const role = actor.roles[0]?.text;
  return `${actor.name}${role ? ` — ${role}` : ''} · in ${actor.articles.length} of ${articleCount} articles`;
}

export function formatActors(story: Story, actors: readonly Actor[]): string {
  if (actors.length === 0) return 'No people match.';
  return actors.map((a, i) => `${i + 1}. ${actorLine(a, story.articles.length)}`).join('\n');
}

export function formatActor(story: Story, actor: Actor): string {
  const lines = [actor.name + (actor.aliases.length ? `  (also: ${actor.aliases.join(', ')})` : ''), actorLine(actor, story.articles.length)];
  if (actor.side) lines.push(`Side: ${actor.side}`);
  if (actor.roles.length) lines.push('', 'Roles:', ...actor.roles.map((r) => `  • ${r.text}  — ${sentenceSource(story, r)}`));
  if (actor.quotes.length) lines.push('', 'Said:', ...actor.quotes.slice(0, 5).map((q) => `  “${q.text}”  — ${sentenceSource(story, q)}`));
  if (actor.coMentions.length) lines.push('', `Appears most with: ${actor.coMentions.slice(0, 5).map((c) => `${c.name} (${c.count})`).join(', ')}`);
  lines.push('', `First mention: ${sentenceSource(story, actor.first)} · last: ${sentenceSource(story, actor.last)}`);
  return lines.join('\n');
}

export function formatTimeline(story: Story, events: readonly TimelineEvent[]): string {
  if (events.length === 0) return 'No dated events match.';
  return events
    .map((e) => {
      const also = e.alsoIn.length ? ` (+${e.alsoIn.length} more ${e.alsoIn.length === 1 ? 'report' : 'reports'})` : '';
      return `${eventDateLabel(e)}\n  ${e.text}\n  — ${sentenceSource(story, e)}${also}`;
    })
    .join('\n');
}
