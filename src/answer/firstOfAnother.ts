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
