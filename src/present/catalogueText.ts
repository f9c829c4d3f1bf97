/** How the people and organisations catalogues and the timeline read, on every surface. Knows nothing of Discord. */
import { suggestActors, suggestOrganisations, type Actor, type Organisation } from '../actors/index.js';
import { formatResolvedDate } from '../nlp/resolveDate.js';
import { articleById, type Story } from '../story/story.js';
import type { TimelineEvent } from '../timeline/index.js';

/** Where a sentence comes from, as plain text: "Harbour Gazette, sentence 4" (the headline in quotes when there is no publisher). */
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

/** "Name (also: A, B) · 7 mentions in 3 of 5 articles" */
export function organisationLine(organisation: Organisation, articleCount: number): string {
  const also = organisation.aliases.length ? ` (also: ${organisation.aliases.slice(0, 3).join(', ')})` : '';
  const mentions = `${organisation.mentions} ${organisation.mentions === 1 ? 'mention' : 'mentions'}`;
  return `${organisation.name}${also} · ${mentions} in ${organisation.articles.length} of ${articleCount} articles`;
}

/** Organisations shown in one list (the rest are counted, and found by name). */
export const ORGANISATIONS_SHOWN = 25;

/** What to say when the story names no organisations at all. */
export const NO_ORGANISATIONS = 'The story names no organisations.';

/**
 * What to say when no organisation has a name: the nearest spellings, else the most named ones (or, when the story
 * has none at all, that).
 *
 * @param quoted the name as the surface shows user text ("“Qwx”" in the console, escaped in Discord)
 */
export function noOrganisation(organisations: readonly Organisation[], name: string, quoted: string): string {
  if (organisations.length === 0) return NO_ORGANISATIONS;
  const near = suggestOrganisations(organisations, name, 3);
  const names = didYouMean((near.length > 0 ? near : organisations.slice(0, 3)).map((o) => o.name));
  return [`No organisation called ${quoted} appears in the story.`, names, '/organisations lists them.'].filter(Boolean).join(' ');
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
