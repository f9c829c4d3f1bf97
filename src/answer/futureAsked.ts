import type { Token } from '../nlp/entities.js';
import { resolveDate } from '../nlp/resolveDate.js';

/**
 * "When will …", "when is the vote expected / due / scheduled to …": a question asking when something is yet to happen.
 * General English.
 */
const FUTURE_ASKED = /^\s*when\s+(?:will|shall|(?:is|are)\s+.+?\s+(?:expected|due|scheduled|set|going|planned|likely)\s+to)\b/i;

/** Words that place a date before the day it is written on, whatever day that is ("last week", "two years ago"). */
const PAST_WORDS = /\b(?:last|ago|yesterday|earlier|previous|previously|former)\b/i;

/** Words before a verb that make it no past tense ("is set on", "will begin on", "to start in"). */
const NOT_PAST_BEFORE = /^(?:is|are|am|be|been|being|will|would|shall|should|can|could|may|might|must|to|['’]ll)$/i;
/** Words between a verb and a date that make the date one the verb aims at ("scheduled for Monday", "delayed until May"). */
const AIMED = /^(?:for|until|till|by|before)$/i;
/** Verbs whose forms tell no tense of their own here (auxiliaries). */
const AUXILIARY_LEMMA = new Set(['be', 'have', 'do']);

/**
 * Whether the date starting at character `at` of a sentence is told by a verb in the past: the word before it, past
 * articles and prepositions other than AIMED's, is a verb written in another form than its lemma, neither its "-s" nor
 * its "-ing" form, after no auxiliary of NOT_PAST_BEFORE ("the regatta **began** Sunday", "the vote was **held** on
 * Sunday"; not "will begin on Sunday", "is set on Sunday", "scheduled for Sunday", "begins on Sunday").
 *
 * @example toldAsPast(tokens of "As the regatta began Sunday, …", 18) // → true
 */
export function toldAsPast(tokens: readonly Token[], at: number): boolean {
  let k = tokens.findIndex((t) => t.start >= at) - 1;
  for (; k >= 0 && (tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'DET'); k -= 1) if (AIMED.test(tokens[k]!.text)) return false;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB' || verb.lemma === undefined || AUXILIARY_LEMMA.has(verb.lemma)) return false;
  if (/(?:s|ing)$/i.test(verb.text)) return false;
  return !NOT_PAST_BEFORE.test(tokens[k - 1]?.text ?? '');
}

/**
 * Whether a question asking when something is yet to happen (FUTURE_ASKED) was answered by a date before the day its
 * article was published ("2003" for "When will the ferry line reopen?" in an article of 2008), written as past
 * whatever the day ("last week", "two years ago"), or told by a verb in the past (toldAsPast: "As the regatta began
 * Sunday" for "When will the regatta end?"): the date is of something that has happened, and the story does not
 * say when the thing asked about will. An undated article's date counts only by its words and its verb.
 *
 * @param written the date as its sentence writes it; `published` the article's ISO day, if known; `tokens` the
 * sentence's tokens, when they are to be read for the verb
 * @example pastForFuture('When will the pier reopen?', 'DATE', 'last week', 'The pier closed last week.', '2031-03-16') // → true
 */
export function pastForFuture(
  question: string,
  type: string,
  written: string,
  sentence: string,
  published: string | undefined,
  tokens: readonly Token[] = [],
): boolean {
  if ((type !== 'DATE' && type !== 'TIME') || !FUTURE_ASKED.test(question)) return false;
  if (PAST_WORDS.test(written)) return true;
  const at = sentence.indexOf(written);
  if (at >= 0 && toldAsPast(tokens, at)) return true;
  if (published === undefined) return false;
  const resolved = resolveDate(written, sentence, published);
  if (!resolved || resolved.relation === 'after') return false;
  // A year, a month or a day: before the published day at its own precision ("2008-10" is not before 2008-10-24).
  return resolved.date < published.slice(0, resolved.date.length);
}
