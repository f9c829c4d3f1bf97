import { termsOf } from '../search/terms.js';
import type { Story, StorySentence } from '../story/story.js';
import { termSetOf } from './termMemo.js';

/**
 * A sentence that opens by pointing back: a personal or possessive pronoun, "this"/"these", or a definite
 * description ("The minister, who…"), after an opening quotation mark if any. What it speaks of was named
 * in the sentence before, so a question naming that is answered here though these words do not name it.
 */
const OPENS_BY_POINTING_BACK = opening('he|she|it|they|his|her|its|their|this|these|the');
/** The same less "the": a pronoun ("She resigned…") stands for the before's subject; "The minister…" may not. */
const OPENS_WITH_PRONOUN = opening('he|she|it|they|his|her|its|their|this|these');
/**
 * A subject pronoun after a short fronted phrase and its comma ("In the spring, she sold the boat to a
 * neighbour."): the clause's subject is still the one named before. SQuAD pooled P@1 0.697 → 0.698 (7370 →
 * 7375; with the possessives too: 7374), kit unchanged.
 */
const FRONTED_PRONOUN = /^["“‘']?[^,.;:"“”]{1,40},\s+(?:he|she|it|they)\b/i;
/**
 * The same with no comma after a fronted time or place phrase ("In 1881 it moved to Brisk.", "Later he sold the boat.",
 * "After it closed, …"): the phrase opens with a preposition or a time adverb, and the pronoun is the clause's subject or
 * stands in the phrase itself — either way the sentence goes on about what the one before named. Round 46 (the ranker's
 * own first sentence right on SQuAD pooled, 7,910 of 10,570 before): 7,911 (1 won, none lost).
 */
const FRONTED_BARE =
  /^["“‘']?(?:in|on|at|by|during|after|before|since|from|until|following|within|throughout|later|then|thereafter|afterwards|subsequently|eventually|soon|today|now|initially|originally)\b[^,.;:"“”]{0,30}?\s(?:he|she|it|they)\s/i;

/** Whether a subject pronoun follows a short fronted phrase, with its comma or without (FRONTED_PRONOUN, FRONTED_BARE). */
const fronted = (text: string): boolean => FRONTED_PRONOUN.test(text) || FRONTED_BARE.test(text);

function opening(words: string): RegExp {
  return new RegExp(`^["“‘']?(?:${words})\\b`, 'i');
}

/** Whether the sentence's subject is a pronoun standing for what the sentence before it named. */
export function opensWithPronoun(sentence: Pick<StorySentence, 'text'>): boolean {
  return OPENS_WITH_PRONOUN.test(sentence.text) || fronted(sentence.text);
}

/**
 * The terms of the sentence before this one in its article (its paragraph or the one before: a news
 * paragraph is often one sentence) when this one opens by pointing back to it, and of the one before that
 * when the sentence before points back too; undefined otherwise.
 *
 * @example antecedentTerms(story, sentenceOf('She resigned on Monday.')) // → Set { 'ann', 'lee', 'chair', … } of 'Ann Lee chairs the board.'
 */
export function antecedentTerms(story: Story, sentence: StorySentence): ReadonlySet<string> | undefined {
  if (!pointsBack(sentence)) return undefined;
  const before = story.sentences[sentence.id - 1];
  if (!before || before.articleId !== sentence.articleId) return undefined;
  // "Ann Lee chaired the board. She resigned in May. She left the town.": the last one's subject was named
  // two sentences up. SQuAD pooled P@1 0.6977 → 0.6987 (only when the one before opens with a pronoun,
  // not "the": 0.6982), kit unchanged.
  const named = story.sentences[sentence.id - 2];
  // The before's own term set is shared (termMemo, read only) unless the one before it adds its terms.
  if (!(pointsBack(before) && named?.articleId === sentence.articleId)) return termSetOf(before.text);
  const terms = new Set(termsOf(before.text));
  for (const t of termsOf(named.text)) terms.add(t);
  return terms;
}

/** Whether the sentence opens by pointing back to the one before: a pronoun, "this" / "these" or "the" (OPENS_BY_POINTING_BACK). */
export function pointsBack(sentence: Pick<StorySentence, 'text'>): boolean {
  return OPENS_BY_POINTING_BACK.test(sentence.text) || fronted(sentence.text);
}
