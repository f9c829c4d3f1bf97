/**
 * Where a what-question's answer stands in a sentence, read from the sentence's tags: the subject of "be" whose
 * complement holds the question's words ("**the fine** is the most common penalty" for "What is the most common
 * penalty?"), or the phrase after a question word and the preposition the question ends in ("proportional to **the
 * mass**" for "What is the pull proportional to?"). General English.
 */
import type { Token } from '../nlp/entities.js';
import { spanLinks } from './spanContext.js';

/** A what-question whose verb is "be" ("What is a common penalty?", "what was the main cause of …"). */
export const WHAT_IS = /^\W*what\s+(?:is|was|are|were)\s/;

/** The first and last token of the character span [start, end) of a sentence. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  return [tokens.findIndex((t) => t.end > start), tokens.findLastIndex((t) => t.start < end)];
}

/** A span of a sentence by its character offsets. */
export interface CharSpan {
  start: number;
  end: number;
}

/**
 * Whether a span of a sentence is the subject of "be" whose complement holds a question word.
 *
 * @example "The fine is the most common penalty" for "What is the most common penalty?" → true for "The fine"
 */
export function subjectOfCopula(tokens: readonly Token[], span: CharSpan, isQuestionTerm: (t: Token) => boolean): boolean {
  const [startAt, endAt] = tokenRange(tokens, span.start, span.end);
  return spanLinks(tokens, startAt, endAt, isQuestionTerm).copulaBeforeQuestion;
}

/**
 * Whether a span of a sentence follows a question word and `preposition` (an article, and adverbs after the question
 * word, between).
 *
 * @example "a range of moods" for "What does the tide have a range of?" → true for "moods"
 */
export function afterWordAndPreposition(
  tokens: readonly Token[],
  span: CharSpan,
  preposition: string,
  isQuestionTerm: (t: Token) => boolean,
): boolean {
  let k = tokenRange(tokens, span.start, span.end)[0] - 1;
  while (k >= 0 && tokens[k]!.pos === 'DET') k -= 1;
  if (k < 1 || tokens[k]!.text.toLowerCase() !== preposition) return false;
  let v = k - 1;
  while (v > 0 && tokens[v]!.pos === 'ADV') v -= 1;
  return isQuestionTerm(tokens[v]!);
}

/**
 * The word a question writes right before the preposition it ends in ("groups" of "The nets catch groups of what?",
 * "proportional" of "What is the pull proportional to?"), lower case; undefined where none stands there.
 *
 * @example wordBeforeFinalPreposition('The nets catch groups of what?', 'of') // → 'groups'
 */
export function wordBeforeFinalPreposition(question: string, preposition: string): string | undefined {
  const words = question
    .toLowerCase()
    .replace(/[?.!\s]+$/, '')
    .split(/\s+/);
  if (words.at(-1) === 'what' || words.at(-1) === 'whom') words.pop();
  if (words.at(-1) !== preposition || words.length < 2) return undefined;
  const before = words.at(-2)!.replace(/[^\p{L}\p{N}'’-]/gu, '');
  return /^\p{L}/u.test(before) ? before : undefined;
}
