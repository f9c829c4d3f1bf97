import { termsOf } from '../search/terms.js';
import type { Story, StorySentence } from '../story/story.js';

/**
 * A sentence that opens by pointing back: a personal or possessive pronoun, "this"/"these", or a definite
 * description ("The minister, who…"), after an opening quotation mark if any. What it speaks of was named
 * in the sentence before, so a question naming that is answered here though these words do not name it.
 */
const OPENS_BY_POINTING_BACK = /^["“‘']?(?:he|she|it|they|his|her|its|their|this|these|the)\b/i;

/**
 * The terms of the sentence before this one in its article (its paragraph or the one before: a news
 * paragraph is often one sentence) when this one opens by pointing back to it; undefined otherwise.
 *
 * @example antecedentTerms(story, sentenceOf('She resigned on Monday.')) // → Set { 'ann', 'lee', 'chair', … } of 'Ann Lee chairs the board.'
 */
export function antecedentTerms(story: Story, sentence: StorySentence): ReadonlySet<string> | undefined {
  if (!OPENS_BY_POINTING_BACK.test(sentence.text)) return undefined;
  const before = story.sentences[sentence.id - 1];
  if (!before || before.articleId !== sentence.articleId) return undefined;
  return new Set(termsOf(before.text));
}
