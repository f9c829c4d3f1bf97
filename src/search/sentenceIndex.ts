import MiniSearch, {
  type AsPlainObject,
  type Options,
  type SearchOptions,
  type SearchResult,
  type Suggestion,
  type VacuumOptions,
} from 'minisearch';
import type { IndexedDoc } from '../story/story.js';
import { passageTable } from './passageTable.js';
import { type FieldPostings, FlatField, type PostingTable } from './postingTable.js';
import { indexWords, termOf } from './terms.js';
import { queryLists, scoreDocument, topDocuments, type TopOptions } from './topDocuments.js';

/**
 * Field boosts, chosen on SQuAD dev and the story dev set (see docs/history.md): the
 * sentence counts most; its neighbours and the headline add the topic words a question borrows. The
 * neighbours weigh little since the ranker also scores each sentence's whole paragraph.
 */
export const FIELD_BOOSTS = { text: 1, context: 0.1, title: 0.15 } as const;

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
  tokenize: indexWords,
  processTerm: (term) => termOf(term) ?? null,
  searchOptions: SEARCH_OPTIONS,
};

/** A sentence found by `searchSentences`: its id and MiniSearch's BM25 score for it. */
export interface SentenceHit {
  id: number;
  score: number;
  /** With `passages`: the passage's score over the best passage's, in [0, 1]. */
  passage?: number;
}

/** What `searchSentences` takes besides the terms. */
export interface SentenceSearch {
  /** How many of the best sentences to return. */
  limit: number;
  /** Weight per query term (MiniSearch's `boostTerm`); 1 when absent. */
  termBoosts?: ReadonlyMap<string, number>;
  /** Field boosts and BM25 parameters; FIELD_BOOSTS and BM25 when absent. */
  boost?: Readonly<Record<IndexField, number>>;
  bm25?: Readonly<{ k: number; b: number; d: number }>;
  /**
   * Passages (paragraphs) the sentences belong to: when given, every hit also gets its passage's BM25
   * score for the same terms over the passage's sentence texts, as a share of the best passage's.
   */
  passages?: Passages;
}

/** Which passage each sentence belongs to, by sentence id (0 … count - 1). */
export interface Passages {
  ofSentence: Int32Array;
  count: number;
}

export type IndexField = keyof typeof FIELD_BOOSTS;
/** The indexed fields, in MiniSearch's order (it scores fields in this order, which decides ties). */
export const INDEX_FIELDS = Object.keys(FIELD_BOOSTS) as IndexField[];

/**
 * The sentence index: a MiniSearch (same options, same scores, its `search` still works) that also keeps
 * its postings as flat arrays (`postings()`) for the fast exact search and the snapshot. Reads MiniSearch's
 * protected state as a subclass, so a MiniSearch upgrade that changes it fails to compile instead of
 * silently changing the ranking (the version is pinned exactly in package.json).
 *
 * Once frozen (`freeze()`, done by the story build, and by `fromPostings` for a loaded snapshot) it holds
 * only the flat arrays; MiniSearch's own maps are rebuilt the first time a MiniSearch method needs them.
 *
 * @example
 * const index = new SentenceIndex();
 * index.addAll([{ id: 0, text: 'The ferry left at dawn.', context: '', title: '' }]);
 * searchSentences(index, ['ferri'], { limit: 5 }); // → [{ id: 0, score: … }]
 */
export class SentenceIndex extends MiniSearch<IndexedDoc> {
  #table: PostingTable | undefined;
  /** Whether MiniSearch's own maps hold the index (false after `freeze` until a MiniSearch method needs them). */
  #mapsLive = true;

  constructor() {
    super(INDEX_OPTIONS);
  }

  /** An index over a posting table (from a snapshot); MiniSearch's maps are built only if asked for. */
  static fromPostings(table: PostingTable): SentenceIndex {
    const index = new SentenceIndex();
    index.#table = table;
    index.#mapsLive = false;
    index._documentCount = table.documentCount;
    index._nextId = table.ids.length;
    return index;
  }

  /** Whether `postings()` can be given: always, unless documents were removed through MiniSearch's API. */
  hasPostings(): boolean {
    return this.#table !== undefined || (this._dirtCount === 0 && this._documentIds.size === this._documentCount);
  }

  /**
   * The postings as flat arrays, made from MiniSearch's maps on first use after a change.
   * @throws Error prefixed `sentenceIndex:` when documents were removed (see `hasPostings`)
   */
  postings(): PostingTable {
    this.#table ??= this.#tableFromMaps();
    return this.#table;
  }

  /** Makes the flat arrays and drops MiniSearch's maps (about half the index's memory). */
  freeze(): void {
    this.postings();
    this._index.clear();
    this._fieldLength = new Map();
    this._documentIds = new Map();
    this._idToShortId = new Map();
    this.#mapsLive = false;
  }

  #tableFromMaps(): PostingTable {
    if (this._dirtCount !== 0 || this._documentIds.size !== this._documentCount) {
      throw new Error('sentenceIndex: documents were removed; a sentence index is built once and never edited');
    }
    const size = this._nextId;
    const ids = new Int32Array(size).fill(-1);
    for (const [short, id] of this._documentIds) ids[short] = id as number;
    const terms: string[] = [];
    const fieldIds = INDEX_FIELDS.map((f) => this._fieldIds[f]!);
    let total = INDEX_FIELDS.map(() => 0);
    for (const [term, data] of this._index) {
      terms.push(term);
      fieldIds.forEach((id, f) => {
        total[f]! += data.get(id)?.size ?? 0;
      });
    }
    const starts = INDEX_FIELDS.map(() => new Uint32Array(terms.length + 1));
    const docs = total.map((n) => new Int32Array(n));
    const tfs = total.map((n) => new Uint32Array(n));
    total = total.map(() => 0);
    let t = 0;
    for (const [, data] of this._index) {
      fieldIds.forEach((id, f) => {
        const postings = data.get(id);
        let at = total[f]!;
        starts[f]![t] = at;
        if (postings) {
          let sorted = true;
          let last = -1;
          for (const [doc, tf] of postings) {
            docs[f]![at] = doc;
            tfs[f]![at] = tf;
            if (doc < last) sorted = false;
            last = doc;
            at += 1;
          }
          if (!sorted) sortPostings(docs[f]!, tfs[f]!, total[f]!, at);
        }
        total[f] = at;
      });
      t += 1;
    }
    const fields: FieldPostings[] = INDEX_FIELDS.map((_, f) => {
      starts[f]![terms.length] = total[f]!;
      const length = new Uint32Array(size);
      for (const [doc, perField] of this._fieldLength) length[doc] = perField[fieldIds[f]!] ?? 0;
      return new FlatField(
        { start: starts[f]!, docs: docs[f]!, tfs: tfs[f]!, length, avgLength: this._avgFieldLength[fieldIds[f]!] ?? 0 },
        terms.length,
      );
    });
    return { documentCount: this._documentCount, ids, terms, termNumbers: new Map(terms.map((term, i) => [term, i])), fields };
  }

  /** Rebuilds MiniSearch's maps from the flat arrays, in the order MiniSearch would have made them. */
  #ensureMaps(): void {
    if (this.#mapsLive) return;
    const table = this.#table!;
    const fieldIds = INDEX_FIELDS.map((f) => this._fieldIds[f]!);
    this._documentIds = new Map();
    this._idToShortId = new Map();
    this._fieldLength = new Map();
    table.ids.forEach((id, short) => {
      if (id < 0) return;
      this._documentIds.set(short, id);
      this._idToShortId.set(id, short);
      const lengths: number[] = [];
      table.fields.forEach((field, f) => (lengths[fieldIds[f]!] = field.length[short]!));
      this._fieldLength.set(short, lengths);
    });
    this._avgFieldLength = [];
    table.fields.forEach((field, f) => (this._avgFieldLength[fieldIds[f]!] = field.avgLength));
    this._index.clear();
    table.terms.forEach((term, t) => {
      const data = new Map<number, Map<number, number>>();
      table.fields.forEach((field, f) => {
        const { docs, tfs, from, to } = field.list(t);
        if (to === from) return;
        const postings = new Map<number, number>();
        for (let i = from; i < to; i += 1) postings.set(docs[i]!, tfs[i]!);
        data.set(fieldIds[f]!, postings);
      });
      this._index.set(term, data);
    });
    this.#mapsLive = true;
  }

  /** Before a MiniSearch method that changes the index: its maps, and no stale flat arrays. */
  #beforeChange(): void {
    this.#ensureMaps();
    this.#table = undefined;
  }

  override search(query: Parameters<MiniSearch<IndexedDoc>['search']>[0], searchOptions?: SearchOptions): SearchResult[] {
    this.#ensureMaps();
    return super.search(query, searchOptions);
  }

  override autoSuggest(queryString: string, options?: SearchOptions): Suggestion[] {
    this.#ensureMaps();
    return super.autoSuggest(queryString, options);
  }

  override toJSON(): AsPlainObject {
    this.#ensureMaps();
    return super.toJSON();
  }

  override has(id: unknown): boolean {
    this.#ensureMaps();
    return super.has(id);
  }

  override getStoredFields(id: unknown): Record<string, unknown> | undefined {
    this.#ensureMaps();
    return super.getStoredFields(id);
  }

  override get termCount(): number {
    return this.#mapsLive ? super.termCount : this.#table!.terms.length;
  }

  override add(document: IndexedDoc): void {
    this.#beforeChange();
    super.add(document);
  }

  override addAll(documents: readonly IndexedDoc[]): void {
    this.#beforeChange();
    super.addAll(documents);
  }

  override addAllAsync(documents: readonly IndexedDoc[], options?: { chunkSize?: number }): Promise<void> {
    this.#beforeChange();
    return super.addAllAsync(documents, options);
  }

  override remove(document: IndexedDoc): void {
    this.#beforeChange();
    super.remove(document);
  }

  override removeAll(documents?: readonly IndexedDoc[]): void {
    this.#beforeChange();
    super.removeAll(documents);
  }

  override discard(id: unknown): void {
    this.#beforeChange();
    super.discard(id);
  }

  override discardAll(ids: readonly unknown[]): void {
    this.#beforeChange();
    super.discardAll(ids);
  }

  override replace(updatedDocument: IndexedDoc): void {
    this.#beforeChange();
    super.replace(updatedDocument);
  }

  override vacuum(options?: VacuumOptions): Promise<void> {
    this.#beforeChange();
    return super.vacuum(options);
  }
}

/** Sorts postings `[from, to)` by document (MiniSearch appends in document order, so this is rare). */
function sortPostings(docs: Int32Array, tfs: Uint32Array, from: number, to: number): void {
  const pairs: [number, number][] = [];
  for (let i = from; i < to; i += 1) pairs.push([docs[i]!, tfs[i]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  pairs.forEach(([doc, tf], i) => {
    docs[from + i] = doc;
    tfs[from + i] = tf;
  });
}

/** A new, empty sentence index. */
export function createSentenceIndex(): SentenceIndex {
  return new SentenceIndex();
}

let warnedFallback = false;

/**
 * The best `limit` sentences for already-processed index terms, scored exactly as MiniSearch's
 * `index.search` scores them with SEARCH_OPTIONS (BM25 per field times the field boost, summed over
 * fields and OR-ed terms, times the number of distinct query terms matched), in the same order.
 *
 * MiniSearch's own `search` builds a result object for every sentence that holds any query term, then
 * sorts them all. This searches the index's flat posting arrays with max-score pruning (`topDocuments`):
 * exact, and nearly independent of the corpus size. Given an index that is not a `SentenceIndex`, or one
 * whose documents were removed, it falls back to MiniSearch's `search` (without passage scores) and warns
 * once (`process.emitWarning`, code `STORYBOT_SLOW_SEARCH`).
 */
export function searchSentences(index: MiniSearch<IndexedDoc>, terms: readonly string[], options: SentenceSearch): SentenceHit[] {
  const { limit, termBoosts } = options;
  if (terms.length === 0 || limit <= 0) return [];
  if (!(index instanceof SentenceIndex) || !index.hasPostings()) {
    if (!warnedFallback) {
      warnedFallback = true;
      const why = index instanceof SentenceIndex ? 'has had documents removed' : 'is not a SentenceIndex';
      process.emitWarning(`sentenceIndex: the story index ${why}; searching through MiniSearch.search, slower and without passage scores`, {
        code: 'STORYBOT_SLOW_SEARCH',
      });
    }
    return slowSearch(index, terms, options);
  }
  const table = index.postings();
  const boost = options.boost ?? FIELD_BOOSTS;
  const { k, b, d } = options.bm25 ?? BM25;
  const scoring: TopOptions = { limit, termBoosts, fieldBoosts: INDEX_FIELDS.map((f) => boost[f] || 1), k, b, d, sentenceScoring: true };
  const top = topDocuments(table, terms, scoring);
  if (!options.passages || top.length === 0) return top.map((t) => ({ id: table.ids[t.doc]!, score: t.score }));
  const passages = passageTable(table, options.passages);
  const passageScoring: TopOptions = { limit: 1, termBoosts, fieldBoosts: [1], k, b, d, sentenceScoring: false };
  // The passage table's lists fetched once: for the best passage's score and then each hit's passage's.
  const lists = queryLists(passages.table, terms);
  const best = topDocuments(passages.table, terms, passageScoring, lists)[0]?.score ?? 0;
  // Each hit made whole with its passage's score (a property added to a hit after it was made gave each hit a
  // property store of its own).
  return top.map((t) => {
    const passage = passages.ofDoc[t.doc]!;
    const score = best > 0 && passage >= 0 ? scoreDocument(passages.table, terms, passage, passageScoring, lists) / best : 0;
    return { id: table.ids[t.doc]!, score: t.score, passage: score };
  });
}

/** Test hook: whether the slow-search warning has been given (and a way to give it again). */
export function slowSearchWarned(reset = false): boolean {
  const was = warnedFallback;
  if (reset) warnedFallback = false;
  return was;
}

/** The same search through MiniSearch's public API. */
export function slowSearch(index: MiniSearch<IndexedDoc>, terms: readonly string[], options: SentenceSearch): SentenceHit[] {
  const searchOptions: SearchOptions = { tokenize: (q) => q.split(' '), processTerm: (t) => t };
  if (options.boost) searchOptions.boost = options.boost;
  if (options.bm25) searchOptions.bm25 = options.bm25;
  const boosts = options.termBoosts;
  if (boosts) searchOptions.boostTerm = (term) => boosts.get(term) ?? 1;
  return index
    .search(terms.join(' '), searchOptions)
    .slice(0, options.limit)
    .map((h) => ({ id: h.id as number, score: h.score }));
}
