import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { IndexedDoc } from '../story/story.js';
import { termOf, words } from './terms.js';

/**
 * Field boosts, chosen on SQuAD dev and the story dev set (see README, "Quality and speed"): the
 * sentence counts most; its neighbours and the headline add the topic words a question borrows.
 */
export const FIELD_BOOSTS = { text: 1, context: 0.25, title: 0.15 } as const;

/** BM25 parameters (MiniSearch's defaults are k 1.2, b 0.7, d 0.5). */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** Search options shared by the index and every query. */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: FIELD_BOOSTS,
  combineWith: 'OR',
  bm25: BM25,
};

/** The MiniSearch options of the sentence index; a snapshot must be loaded with the same ones. */
export const INDEX_OPTIONS: Options<IndexedDoc> = {
  fields: ['text', 'context', 'title'],
  storeFields: [],
  tokenize: words,
  processTerm: (term) => termOf(term) ?? null,
  searchOptions: SEARCH_OPTIONS,
};

/** A new, empty sentence index. */
export function createSentenceIndex(): MiniSearch<IndexedDoc> {
  return new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
}
