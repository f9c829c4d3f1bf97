/**
 * A question written as a statement holds its question word where the answer stands ("The mill was sold to the
 * weavers of what town?", "The guild is one of the oldest what?"): the words it writes right before that word are,
 * in the sentence that answers it, the words right before the answer ("the weavers of **Velden**"). General English.
 */
import type { Token } from '../nlp/entities.js';
import { type CharSpan, tokenRange } from './whatAnswerPlace.js';

/** A question opening with its question word, which then stands in its usual place, not where its answer does. */
const OPENS_WITH_WH = /^\W*(?:who|whom|whose|what|which|when|where|why|how)\b/i;

/**
 * The first question word of a question asking for a thing or a person ("what", "which", "who", "whom"), with the text
 * before it; in lower case, as a capitalised one inside a question is part of a name ("the Halls of Who quiz").
 */
const ASKED_WORD = /^([^?]*?)\b(?:what|which|who|whom)\b/;

/** How many of the question's words before its question word must stand before the answer. */
const WORDS_BEFORE = 2;

/**
 * The last two words a statement question writes before its question word, lower case ("weavers of" for "The mill was
 * sold to the weavers of what town?"); undefined for a question opening with its question word, one with a comma or
 * another question word before it (a phrase set before the question: "Along with X, what …"), or fewer words before it.
 *
 * @example wordsBeforeAsked('The mill was sold to the weavers of what town?') // → ['weavers', 'of']
 * @example wordsBeforeAsked('In what town was the mill sold?') // → undefined
 */
export function wordsBeforeAsked(question: string): readonly string[] | undefined {
  if (OPENS_WITH_WH.test(question)) return undefined;
  const m = ASKED_WORD.exec(question);
  if (!m) return undefined;
  const before = m[1]!;
  if (/[,;:]/.test(before) || /\b(?:whose|when|where|why|how)\b/.test(before)) return undefined;
  const words = before.trim().toLowerCase().split(/\s+/).slice(-WORDS_BEFORE);
  if (words.length < WORDS_BEFORE || words.some((w) => !/^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u.test(w))) return undefined;
  return words;
}

/**
 * Whether a span of a sentence stands right after `words` (an article or other determiner between): "the weavers of
 * **Velden**" for ["weavers", "of"].
 *
 * @example "sold to the weavers of Velden" → true for "Velden" and ["weavers", "of"]
 */
export function standsAfterWords(tokens: readonly Token[], span: CharSpan, words: readonly string[]): boolean {
  let k = tokenRange(tokens, span.start, span.end)[0] - 1;
  while (k >= 0 && tokens[k]!.pos === 'DET') k -= 1;
  for (let i = words.length - 1; i >= 0; i -= 1, k -= 1) if (k < 0 || tokens[k]!.text.toLowerCase() !== words[i]) return false;
  return true;
}
