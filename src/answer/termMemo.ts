import type { Token } from '../nlp/entities.js';
import { nounKinds, relatedWords } from '../lexicon/index.js';
import { shiftedHeads, termOf, termsOf } from '../search/terms.js';
import { textMemo } from '../text/textMemo.js';

/**
 * Index terms the answer path reads again and again, kept for recent inputs: a term is a lookup in `termOf`'s
 * cache of 200,000 words, and extraction asks it of the same sentence's tokens for every kind of candidate it
 * tries, of every question the sentence is a candidate for. Each memo gives exactly what `termOf` / `termsOf`
 * give (both are pure). A token list's terms live as long as the list; the other memos are cleared when full, so
 * they stay bounded.
 */
const MEMO_SIZE = 8_192;

/**
 * A token list's terms, kept as long as the list itself: a sentence's tokens are made once and kept by a served
 * story, and a bounded memo of them was too small (2,000 SQuAD questions at 100k read about 28,000 sentences' tokens
 * in extraction, so a memo of 8,192 missed 86% of the time and each question worked out every term again).
 */
const tokenTermCache = new WeakMap<readonly Token[], readonly (string | null)[]>();

/**
 * Each token's index term (`termOf` of its text, null for a stop word), in the tokens' order. A sentence's token
 * list is made once and kept, so it is the key; the terms live as long as it does (about 8 bytes a token).
 *
 * @example tokenTerms(tagSentence('The boats sailed.').tokens) // → [null, 'boat', 'sail', null]
 */
export function tokenTerms(tokens: readonly Token[]): readonly (string | null)[] {
  const known = tokenTermCache.get(tokens);
  if (known) return known;
  const out = tokens.map((t) => termOf(t.text));
  tokenTermCache.set(tokens, out);
  return out;
}

const termListCache = textMemo<readonly string[]>(MEMO_SIZE);

/**
 * A text's index terms in order (`termsOf(text)`), shared: callers only read it. The ranker reads each of its
 * candidate sentences' terms for every question that finds the sentence, and a story's questions find the same
 * sentences again and again (2,000 SQuAD questions at 100k: 97% of the first pass's reads were of a text read before).
 *
 * @example termListOf('Boats sailed, boats sank.') // → ['boat', 'sail', 'boat', 'sank']
 */
export function termListOf(text: string): readonly string[] {
  return termListCache.get(text, termsOf);
}

const termSetCache = textMemo<ReadonlySet<string>>(MEMO_SIZE);

/**
 * The set of a text's index terms (`new Set(termsOf(text))`), shared: callers only read it.
 *
 * @example termSetOf('Boats sailed, boats sank.') // → Set { 'boat', 'sail', 'sank' }
 */
export function termSetOf(text: string): ReadonlySet<string> {
  return termSetCache.get(text, termSetRead);
}

const termSetRead = (text: string): ReadonlySet<string> => new Set(termListOf(text));

/** A fixed list of words with each one's index term (`termOf`, null for a stop word), in order. */
export interface WordTerms {
  words: readonly string[];
  terms: readonly (string | null)[];
}

const relatedCache = textMemo<WordTerms>(MEMO_SIZE);
const kindCache = textMemo<WordTerms>(MEMO_SIZE);

/**
 * The lexicon's related words of a word (`relatedWords`) with their terms: the lexicon splits its list anew on each
 * call, and the paraphrases of a question's words are looked up for every question.
 *
 * @example relatedWordTerms('boat').terms // → the terms of 'vessel', 'ship', …
 */
export function relatedWordTerms(word: string): WordTerms {
  return relatedCache.get(word, relatedRead);
}

const relatedRead = (word: string): WordTerms => withTerms(relatedWords(word));

/**
 * The kinds WordNet files under a noun (`nounKinds`) with their terms.
 *
 * @example nounKindTerms('vehicle').words // → ['cart', 'truck', …]
 */
export function nounKindTerms(noun: string): WordTerms {
  return kindCache.get(noun, kindsRead);
}

const kindsRead = (noun: string): WordTerms => withTerms(nounKinds(noun));

/** Words with their terms. */
function withTerms(words: readonly string[]): WordTerms {
  return { words, terms: words.map((w) => termOf(w)) };
}

const shiftedCache = textMemo<ReadonlyMap<string, string>>(MEMO_SIZE);

/**
 * `shiftedHeads` of a text (the heads of compounds whose prefix shifts their meaning), kept for the text: the ranker
 * asks it of each of a question's 40 candidate sentences, and the same sentences are candidates again and again.
 *
 * @example shiftedHeadsOf('Two non-members spoke.') // → Map { 'member' => 'non' }
 */
export function shiftedHeadsOf(text: string): ReadonlyMap<string, string> {
  return shiftedCache.get(text, shiftedHeads);
}

const unshiftedCache = textMemo<ReadonlySet<string>>(MEMO_SIZE);

/**
 * The set of a text's index terms less the heads of its shifted compounds (`termSetOf` less `shiftedHeadsOf`'s keys),
 * shared: callers only read it. What the ranker reads of a sentence whose compounds' prefixes the question does not write.
 *
 * @example termSetWithoutShiftedHeads('Two non-members spoke.') // → Set { 'two', 'non', 'speak' }
 */
export function termSetWithoutShiftedHeads(text: string): ReadonlySet<string> {
  return unshiftedCache.get(text, unshiftedRead);
}

function unshiftedRead(text: string): ReadonlySet<string> {
  const out = new Set(termSetOf(text));
  for (const head of shiftedHeadsOf(text).keys()) out.delete(head);
  return out;
}
