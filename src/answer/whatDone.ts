import type { Token } from '../nlp/entities.js';
import { termOf, termsOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import type { ShortAnswer } from './extractAnswer.js';
import { BASE_FORM_HELPERS } from './questionVerb.js';
import { givenCut, PREDICATE_END } from './subjectPredicate.js';

/**
 * "What did the wardens do after the flood?": a what-question asking what its subject did, with "do" as the main verb
 * right after the subject (group 1). "What did they promise to do?" asks the thing promised, not the deed, and is left
 * to the phrase answer (no "to" inside the subject).
 */
const DONE_QUESTION = new RegExp(String.raw`^\W*what\s+(?:${BASE_FORM_HELPERS})\s+((?:(?!\bto\b)[^?])+?)\s+do\b`, 'i');

/** The most words a predicate answer shows (as subjectPredicate.ts). */
const MAX_PREDICATE_WORDS = 14;

/** Personal pronouns that may stand for the question's subject when they open the sentence ("**It** expanded …"). */
const SUBJECT_PRONOUN = /^(?:it|he|she|they|we)$/i;

/**
 * What the best excerpt says the question's subject did, for "What did X do …?": the verb right after the subject's last
 * noun (or after a personal pronoun opening the sentence), no form of "be", "have" or "do" and no word of the question,
 * to the end of its clause — "the Orsk wardens **sent two boats to the quay**" for "What did the Orsk wardens do after
 * the flood?". A noun phrase answers such a question only by chance: it asks a deed, which the sentence writes as a
 * predicate. Null where the question asks no deed of its subject or no such verb follows the subject.
 *
 * @example whatDone(sentence('The Orsk wardens sent two boats to the quay.'), 'What did the Orsk wardens do?', ['orsk', 'warden', 'do'])
 * // → 'sent two boats to the quay'
 */
export function whatDone(
  sentence: StorySentence,
  question: string,
  questionTerms: readonly string[],
): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  const asked = DONE_QUESTION.exec(question);
  if (!asked) return null;
  const subject = new Set(termsOf(asked[1]!));
  if (subject.size === 0) return null;
  const wanted = new Set(questionTerms);
  const tokens = sentence.tokens;
  const term = (t: Token) => termOf(t.text) ?? '';
  for (let i = 1; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.pos !== 'VERB' || wanted.has(term(t)) || /^(?:be|have|do)$/.test(t.lemma ?? t.text.toLowerCase())) continue;
    const bySubject = (before.pos === 'NOUN' || before.pos === 'PROPN') && subject.has(term(before));
    const byPronoun = i === 1 && SUBJECT_PRONOUN.test(before.text);
    if (!bySubject && !byPronoun) continue;
    let end = i + 1;
    while (end < tokens.length && !PREDICATE_END.has(tokens[end]!.text) && end - i < MAX_PREDICATE_WORDS) end += 1;
    end = givenCut(tokens, i, end, (k) => wanted.has(term(k)));
    const text = sentence.text.slice(t.start, tokens[end - 1]!.end);
    return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
  }
  return null;
}
