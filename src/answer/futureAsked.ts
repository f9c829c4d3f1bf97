import { resolveDate } from '../nlp/resolveDate.js';

/**
 * "When will …", "when is the vote expected / due / scheduled to …": a question asking when something is yet to happen.
 * General English.
 */
const FUTURE_ASKED = /^\s*when\s+(?:will|shall|(?:is|are)\s+.+?\s+(?:expected|due|scheduled|set|going|planned|likely)\s+to)\b/i;

/** Words that place a date before the day it is written on, whatever day that is ("last week", "two years ago"). */
const PAST_WORDS = /\b(?:last|ago|yesterday|earlier|previous|previously|former)\b/i;

/**
 * Whether a question asking when something is yet to happen (FUTURE_ASKED) was answered by a date before the day its
 * article was published ("2003" for "When will the ferry line reopen?" in an article of 2008), or written as past
 * whatever the day ("last week", "two years ago"): the date is of something that has happened, and the story does not
 * say when the thing asked about will. An undated article's date counts only by its words.
 *
 * @param written the date as its sentence writes it; `published` the article's ISO day, if known
 * @example pastForFuture('When will the pier reopen?', 'DATE', 'last week', 'The pier closed last week.', '2031-03-16') // → true
 */
export function pastForFuture(question: string, type: string, written: string, sentence: string, published: string | undefined): boolean {
  if ((type !== 'DATE' && type !== 'TIME') || !FUTURE_ASKED.test(question)) return false;
  if (PAST_WORDS.test(written)) return true;
  if (published === undefined) return false;
  const resolved = resolveDate(written, sentence, published);
  if (!resolved || resolved.relation === 'after') return false;
  // A year, a month or a day: before the published day at its own precision ("2008-10" is not before 2008-10-24).
  return resolved.date < published.slice(0, resolved.date.length);
}
