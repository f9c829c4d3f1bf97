import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import type { ShortAnswer } from './extractAnswer.js';

/** "How is X done?", "How do X work?": a how-question on the manner of its verb, not a measure ("how far", "how old"). */
export const MANNER_QUESTION = /^\W*how\s+(?:is|are|was|were|do|does|did|can|could|would|should|will|has|have|had)\b/i;

/** Degree words that belong to the word they stand before ("**more tightly**", "**very** popular"; beComplement.ts too). */
export const DEGREE = new Set(['more', 'most', 'less', 'least', 'very', 'much', 'so', 'too', 'quite', 'rather']);

/** Adverbs of how sure, not of manner ("most **likely**"). */
const HEDGES = new Set(['likely', 'possibly', 'probably', 'certainly', 'presumably', 'supposedly']);

/** An adverb of manner or degree as written: a word ending in "-ly". */
export const LY_ADVERB = /^\p{Ll}{3,}ly$/u;

/**
 * The adverb of manner beside the question's verb in a sentence ("the bread is sliced **thinly**", "the cloth is
 * **more tightly** woven") for "How is X done?": right after a verb the question uses, or right before it after a
 * degree word. Null where the question asks no manner, or no such adverb stands by its verb.
 */
export function mannerAdverb(
  sentence: StorySentence,
  question: string,
  questionTerms: readonly string[],
): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  if (!MANNER_QUESTION.test(question)) return null;
  const wanted = new Set(questionTerms);
  const tokens = sentence.tokens;
  const askedVerb = (k: number) => {
    const t = tokens[k];
    if (!t || (t.pos !== 'VERB' && t.pos !== 'ADJ')) return false;
    const term = termOf(t.text);
    return term !== null && wanted.has(term);
  };
  for (const [i, t] of tokens.entries()) {
    if (t.pos !== 'ADV' || !LY_ADVERB.test(t.text) || wanted.has(termOf(t.text) ?? '')) continue;
    if (HEDGES.has(t.text)) continue;
    const degree = i > 0 && DEGREE.has(tokens[i - 1]!.text.toLowerCase());
    const before = degree ? i - 1 : i;
    // After the verb ("sliced thinly"); before it only with a degree word ("more tightly woven"): an
    // adverb alone before a verb mostly says how often or how surely ("usually sold", "often seen").
    if (!askedVerb(before - 1) && !(degree && askedVerb(i + 1))) continue;
    const text = sentence.text.slice(tokens[before]!.start, t.end);
    return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
  }
  return null;
}
