import type { Token } from '../nlp/entities.js';
import { termOf, words } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import { isCapitalised } from '../text/words.js';
import { PERSON_PRONOUN } from './heldWords.js';
import { termSetOf } from './termMemo.js';

/** "When did X first …?": X is the words between the auxiliary and "first". */
const FIRST_ASKED = /^when\s+(?:did|does|do|has|have|had|was|were|is|are)\s+(.+?)\s+first\b/i;

/** "first" as a sentence writes it, an ordinal or an adverb ("the first", "first-ever", "First"). */
const FIRST_WORD = /^first(?:-\w+)?$/i;

/** A pronoun that may stand for the doer asked about: a person's (PERSON_PRONOUN) or a thing's or a group's. */
const THING_PRONOUN = /^(?:it|its|they|them|their)$/i;

/**
 * Whether a when-question asks when a named doer did something first ("When did Ivo Brandt first win the Velden cup?")
 * and the answer's sentence writes "first" but none of the capitalised words the question writes between its auxiliary
 * and "first", nor a pronoun that may stand for the doer: that "first" is another's ("Ada Vik hopes to become the first Orsk rower to win the cup since 1931"), and
 * the date tells when someone else did something, not when the doer first did. A sentence without "first" is left to the
 * other checks: a date of the doer's first deed is often written without the word.
 * @example firstOfAnother('When did Ivo Brandt first win the cup?', sentence('Ada Vik is the first Orsk rower to win it since 1931.')) // → true
 */
export function firstOfAnother(question: string, sentence: StorySentence): boolean {
  const doer = FIRST_ASKED.exec(question.trim())?.[1];
  if (doer === undefined) return false;
  const names = words(doer)
    .filter(isCapitalised)
    .map(termOf)
    .filter((t): t is string => t !== null);
  if (names.length === 0) return false;
  const tokens = sentence.tokens;
  if (!tokens.some((t) => FIRST_WORD.test(t.text))) return false;
  if (tokens.some((t) => PERSON_PRONOUN.test(t.text) || THING_PRONOUN.test(t.text))) return false;
  const own = termSetOf(sentence.text);
  return !names.some((t) => own.has(t));
}

/** "When did X first …?", "When was the cup first won?": any when-question asking a first. */
const FIRST_ASKED_ANY = /^\s*when\s+(?:did|does|do|has|have|had|was|were|is|are)\b.*\bfirst\b/i;

/** At most this many words from "first" to "since", and from "since" to the date ("the first Orsk rower to win the cup since 1931"). */
const SINCE_WITHIN = 8;

/**
 * Whether a when-question asking a first ("When did Ivo Brandt first win the cup?") is answered by the date a first is
 * counted from: the sentence writes "first", then within SINCE_WITHIN words and no mark but a comma "since", and the date
 * within as many words after it ("his first cup since the regatta of 1931", "the first rower from Orsk to take it since
 * the 1931 regatta"). What is first since a date happened after it, and the date is of the deed before, another's or
 * the doer's own earlier one, never the first.
 *
 * @param written the date as its sentence writes it
 * @example firstSinceDated('When did Ivo Brandt first win the cup?', sentence('It was his first win since the regatta of 1931.'), '1931') // → true
 */
export function firstSinceDated(question: string, sentence: StorySentence, written: string): boolean {
  if (!FIRST_ASKED_ANY.test(question) || written === '') return false;
  const tokens = sentence.tokens;
  // Any place the sentence writes the date: "lost at Orsk in 1931 and rowed to his first cup since 1931" writes it twice.
  for (let at = sentence.text.indexOf(written); at >= 0; at = sentence.text.indexOf(written, at + 1)) {
    let k = tokens.findIndex((t) => t.start >= at);
    if (k < 0) break;
    // "since 1931" as the extractor may take it: the "since" inside the answer counts.
    if (tokens[k]!.text.toLowerCase() === 'since') k += 1;
    const since = lastWithin(tokens, k, (t) => t.text.toLowerCase() === 'since');
    if (since >= 0 && lastWithin(tokens, since, (t) => FIRST_WORD.test(t.text)) >= 0) return true;
  }
  return false;
}

/** The index of the last token before `k`, within SINCE_WITHIN tokens and past no mark but a comma, that `is`; else -1. */
function lastWithin(tokens: readonly Token[], k: number, is: (t: Token) => boolean): number {
  for (let j = k - 1; j >= 0 && j >= k - SINCE_WITHIN; j -= 1) {
    const t = tokens[j]!;
    if (is(t)) return j;
    if (t.pos === 'PUNCT' && t.text !== ',') return -1;
  }
  return -1;
}
