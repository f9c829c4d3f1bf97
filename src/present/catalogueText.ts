/** How the people catalogue and the timeline read, on every surface. Knows nothing of Discord. */
import { suggestActors, type Actor } from '../actors/index.js';
import { formatResolvedDate } from '../nlp/resolveDate.js';
import { articleById, type Story } from '../story/story.js';
import type { TimelineEvent } from '../timeline/index.js';

/** Where a sentence comes from, as plain text: "Newsmax, sentence 4" (the headline in quotes when there is no publisher). */
export function sentenceSource(story: Story, ref: { articleId: string; sentence: number }): string {
  const a = articleById(story).get(ref.articleId);
  return `${a?.source ?? `“${a?.title ?? ref.articleId}”`}, sentence ${ref.sentence}`;
}

/** The event's date as a label: "Fri 28 Nov 2025", "before Thu 4 Dec 2025", "week of 24 Nov 2025". */
export function eventDateLabel(e: TimelineEvent): string {
  return formatResolvedDate({ date: e.date, precision: e.precision, text: e.dateText, ...(e.relation ? { relation: e.relation } : {}) });
}

/** "Name — main role · in 3 of 5 articles" */
export function actorLine(actor: Actor, articleCount: number): string {
  const role = actor.roles[0]?.text;
  return `${actor.name}${role ? ` — ${role}` : ''} · in ${actor.articles.length} of ${articleCount} articles`;
}

/** "(+2 more reports)" for an event several articles report, else "". */
export function moreReports(count: number): string {
  return count > 0 ? `+${count} more ${count === 1 ? 'report' : 'reports'}` : '';
}

/**
 * Up to three people to suggest when a name finds no one: near spellings and prefixes first, else the
 * most mentioned people.
 */
export function nearActors(actors: readonly Actor[], query: string, max = 3): Actor[] {
  const near = suggestActors(actors, query, max);
  return near.length > 0 ? near : suggestActors(actors, '', max);
}

/** "Did you mean A, B or C?" for a list of names; "" for none. */
export function didYouMean(names: readonly string[]): string {
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]!}`;
  return `Did you mean ${list}?`;
}
