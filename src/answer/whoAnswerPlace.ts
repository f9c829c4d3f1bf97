/**
 * Where a who-question's answer stands in a sentence, read from the question's words and the sentence's tags: the subject
 * of "be" or "become" whose complement holds the question's words ("**Ivo Brandt** became the first mayor of Tarnby" for
 * "Who was the first mayor of Tarnby?"), and the preposition a question leaves stranded before a later phrase ("Who did
 * the guild trade with in 1820?" → "traded with **the Orsk harbour board**"). General English.
 */
import type { Token } from '../nlp/entities.js';
import { pastAside } from './spanContext.js';
import { type CharSpan, subjectOfCopula, tokenRange } from './whatAnswerPlace.js';

/**
 * A who-question whose verb is "be" before a noun phrase ("Who was the first mayor …?", "Who is the mill's owner?"), its
 * determiner an article or an owner of one to three words before "'s" ("Who is Velden's chief ferryman?").
 */
export const WHO_IS = /^\W*who\s+(?:is|was|are|were)\s+(?:the|a|an|(?:[\p{L}.&-]+\s+){0,2}[\p{L}.&-]+['’]s?)\s/u;

/** Verbs that link a subject to a description as "be" does ("became the first mayor"). General English. */
const BECOME = /^(?:become|becomes|became|becoming|remain|remains|remained)$/i;

/** Words of the complement after "be" or "become" read for the question's words (as spanContext's copula test reads). */
const COMPLEMENT_WORDS = 4;

/** Whether token k is a verb linking as "be" does ("became", "remained"), adverbs allowed before it. */
function becomeAt(tokens: readonly Token[], k: number): boolean {
  let n = k;
  while (tokens[n]?.pos === 'ADV') n += 1;
  return BECOME.test(tokens[n]?.text ?? '');
}

/**
 * Whether a span of a sentence is the subject of "be" or "become" whose complement holds a question word ("**Ivo
 * Brandt** is the mayor of Tarnby", "**Ivo Brandt** became the first mayor", past a comma-set aside: "**Ivo Brandt**, a
 * miller's son, became the first mayor"); not of a passive or progressive "be" (subjectOfCopula).
 *
 * @example "Ada Vell became the first harbour master" for "Who was the first harbour master?" → true for "Ada Vell"
 */
export function subjectOfLink(tokens: readonly Token[], span: CharSpan, isQuestionTerm: (t: Token) => boolean): boolean {
  if (subjectOfCopula(tokens, span, isQuestionTerm, false)) return true;
  let n = pastAside(tokens, tokenRange(tokens, span.start, span.end)[1] + 1, becomeAt);
  while (tokens[n]?.pos === 'ADV') n += 1;
  if (n <= 0 || !BECOME.test(tokens[n]?.text ?? '')) return false;
  for (let j = n + 1; j < tokens.length && j <= n + COMPLEMENT_WORDS; j += 1) if (isQuestionTerm(tokens[j]!)) return true;
  return false;
}

/**
 * A who-question that leaves a preposition stranded before a later phrase or a closing adverb ("Who did the guild trade with in
 * 1820?", "Who was the dispute sent to for a verdict?", "Who did Ada work with mostly?"): no noun follows the preposition,
 * so the answer is the one the story writes after it. The later phrase opens with a preposition; "of" and "to" are never
 * read as that phrase ("out of", "up to" are one preposition).
 */
const STRANDED_INSIDE =
  /^\W*(?:who|whom)\b.*?\s(with|from|to|for|against|of|by|at|on|in|about|after|over|into|toward|towards|upon)\s+(?:(?:\p{L}+ly\s+)?(?:in|on|at|for|during|after|before|since|until|from|with|by|through|under|over|around|across|within)\b|\p{L}+ly\s*[?.!]*\s*$)/u;

/**
 * The preposition a who-question leaves stranded before a later phrase (STRANDED_INSIDE), lower case; undefined for
 * others.
 *
 * @example strandedInside('who did the guild trade with in 1820?') // → 'with'
 * @example strandedInside('who traded with the guild in 1820?') // → undefined
 */
export function strandedInside(question: string): string | undefined {
  return STRANDED_INSIDE.exec(question)?.[1]?.toLowerCase();
}
