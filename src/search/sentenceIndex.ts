import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { IndexedDoc } from '../story/story.js';
import { termOf, words } from './terms.js';

/**
 * Field boosts, chosen on SQuAD dev and the story dev set (see README, "Quality and speed"): the
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
  tokenize: words,
  processTerm: (term) => termOf(term) ?? null,
  searchOptions: SEARCH_OPTIONS,
};

/** A new, empty sentence index. */
export function createSentenceIndex(): MiniSearch<IndexedDoc> {
  return new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
}

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
const INDEX_FIELDS = Object.keys(FIELD_BOOSTS) as IndexField[];

/**
 * The best `limit` sentences for already-processed index terms, scored exactly as MiniSearch's
 * `index.search` scores them with SEARCH_OPTIONS (BM25 per field times the field boost, summed over
 * fields and OR-ed terms, times the number of distinct query terms matched), in the same order.
 *
 * MiniSearch's own `search` builds a result object with its match details for every sentence that holds
 * any query term, then sorts them all: at 100,000 sentences that is tens of milliseconds a question.
 * This walks the same posting lists into flat arrays and keeps only the top `limit`, an order of
 * magnitude faster. It reads MiniSearch's internal index, checked at run time: should a MiniSearch
 * version lay it out otherwise, or documents have been removed, it falls back to `search` (without
 * passage scores).
 */
export function searchSentences(index: MiniSearch<IndexedDoc>, terms: readonly string[], options: SentenceSearch): SentenceHit[] {
  const { limit, termBoosts } = options;
  const boost = options.boost ?? FIELD_BOOSTS;
  const { k, b, d } = options.bm25 ?? BM25;
  if (terms.length === 0 || limit <= 0) return [];
  const internals = readInternals(index);
  if (!internals) return slowSearch(index, terms, options);
  const n = internals._documentCount;
  const s = scratchFor(internals);
  const fields = INDEX_FIELDS.map((field) => ({ id: internals._fieldIds[field]!, boost: boost[field] || 1 }));
  const textFieldId = internals._fieldIds.text!;
  const passageScratch = options.passages ? passageScratchFor(internals, s, options.passages, textFieldId) : undefined;
  if (passageScratch) {
    passageScratch.touchedCount = 0;
    passageScratch.query += 1;
  }
  let touchedCount = 0;
  s.query += 1;
  const seen = new Set<string>();
  for (const term of terms) {
    const data = internals._index.get(term);
    if (!data) continue;
    const termBoost = termBoosts?.get(term) ?? 1;
    const first = !seen.has(term);
    seen.add(term);
    // One term's score per sentence, summed over its fields first, as MiniSearch does before OR-ing terms.
    s.term += 1;
    let termCount = 0;
    for (const field of fields) {
      const postings = data.get(field.id);
      if (!postings) continue;
      const idf = Math.log(1 + (n - postings.size + 0.5) / (postings.size + 0.5));
      const avg = internals._avgFieldLength[field.id]!;
      const lengths = s.fieldLength[field.id]!;
      const stamp = s.term;
      const { termStamp, termScore, termTouched } = s;
      postings.forEach((tf, doc) => {
        const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * lengths[doc]!) / avg)));
        const weighted = termBoost * field.boost * raw;
        if (termStamp[doc] !== stamp) {
          termStamp[doc] = stamp;
          termScore[doc] = weighted;
          termTouched[termCount++] = doc;
        } else termScore[doc] = termScore[doc]! + weighted;
      });
    }
    if (passageScratch) scorePassages(passageScratch, data.get(textFieldId), termBoost, k, b, d);
    for (let i = 0; i < termCount; i += 1) {
      const doc = s.termTouched[i]!;
      if (s.queryStamp[doc] !== s.query) {
        s.queryStamp[doc] = s.query;
        s.total[doc] = s.termScore[doc]!;
        s.matched[doc] = 0;
        s.touched[touchedCount++] = doc;
      } else s.total[doc] = s.total[doc]! + s.termScore[doc]!;
      if (first) s.matched[doc] = s.matched[doc]! + 1;
    }
  }

  // The top `limit` by score × terms matched; ties keep first-touch order (MiniSearch's stable sort).
  const top: SentenceHit[] = [];
  for (let i = 0; i < touchedCount; i += 1) {
    const doc = s.touched[i]!;
    const score = s.total[doc]! * (s.matched[doc]! || 1);
    if (top.length === limit && score <= top[top.length - 1]!.score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < score) at -= 1;
    top.splice(at, 0, { id: doc, score });
    if (top.length > limit) top.pop();
  }
  if (passageScratch) {
    const { ofDoc, score, touched } = passageScratch;
    let best = 0;
    for (let i = 0; i < passageScratch.touchedCount; i += 1) best = Math.max(best, score[touched[i]!]!);
    for (const hit of top) {
      const passage = ofDoc[hit.id]!;
      hit.passage = best > 0 && passage >= 0 && passageScratch.queryStamp[passage] === passageScratch.query ? score[passage]! / best : 0;
    }
  }
  for (const hit of top) hit.id = internals._documentIds.get(hit.id) as number;
  return top;
}

/** Per-passage work arrays for one index and one passage map. */
interface PassageScratch {
  /** Passage of each short document id (-1: none). */
  ofDoc: Int32Array;
  /** Text length of each passage (the sum of its sentences'), and their mean. */
  length: Float64Array;
  avgLength: number;
  count: number;
  score: Float64Array;
  tf: Float64Array;
  termStamp: Uint32Array;
  term: number;
  termTouched: Int32Array;
  touched: Int32Array;
  touchedCount: number;
  queryStamp: Uint32Array;
  query: number;
}

const passageScratchByMap = new WeakMap<Passages, { index: Internals; size: number; scratch: PassageScratch }>();

function passageScratchFor(internals: Internals, s: Scratch, passages: Passages, textFieldId: number): PassageScratch {
  const cached = passageScratchByMap.get(passages);
  if (cached && cached.index === internals && cached.size === s.size && cached.scratch.term < 0xfffffff0 && cached.scratch.query < 0xfffffff0) return cached.scratch;
  const ofDoc = new Int32Array(s.size).fill(-1);
  const length = new Float64Array(passages.count);
  const lengths = s.fieldLength[textFieldId]!;
  for (const [doc, id] of internals._documentIds) {
    const p = typeof id === 'number' ? passages.ofSentence[id] : undefined;
    if (p === undefined || p < 0 || p >= passages.count) continue;
    ofDoc[doc] = p;
    length[p] = length[p]! + lengths[doc]!;
  }
  let used = 0;
  let total = 0;
  for (const l of length) {
    if (l <= 0) continue;
    used += 1;
    total += l;
  }
  const scratch: PassageScratch = {
    ofDoc,
    length,
    avgLength: total / (used || 1),
    count: used,
    score: new Float64Array(passages.count),
    tf: new Float64Array(passages.count),
    termStamp: new Uint32Array(passages.count),
    term: 0,
    termTouched: new Int32Array(passages.count),
    touched: new Int32Array(passages.count),
    touchedCount: 0,
    queryStamp: new Uint32Array(passages.count),
    query: 0,
  };
  passageScratchByMap.set(passages, { index: internals, size: s.size, scratch });
  return scratch;
}

/** Adds one term's BM25 over passages (its sentence postings summed per passage) to the passage scores. */
function scorePassages(p: PassageScratch, postings: Map<number, number> | undefined, termBoost: number, k: number, b: number, d: number): void {
  if (!postings) return;
  p.term += 1;
  let termCount = 0;
  const { ofDoc, tf, termStamp, termTouched } = p;
  postings.forEach((freq, doc) => {
    const passage = ofDoc[doc]!;
    if (passage < 0) return;
    if (termStamp[passage] !== p.term) {
      termStamp[passage] = p.term;
      tf[passage] = freq;
      termTouched[termCount++] = passage;
    } else tf[passage] = tf[passage]! + freq;
  });
  const idf = Math.log(1 + (p.count - termCount + 0.5) / (termCount + 0.5));
  for (let i = 0; i < termCount; i += 1) {
    const passage = termTouched[i]!;
    const f = tf[passage]!;
    const add = termBoost * idf * (d + (f * (k + 1)) / (f + k * (1 - b + (b * p.length[passage]!) / p.avgLength)));
    if (p.queryStamp[passage] !== p.query) {
      p.queryStamp[passage] = p.query;
      p.score[passage] = add;
      p.touched[p.touchedCount++] = passage;
    } else p.score[passage] = p.score[passage]! + add;
  }
}

/** The parts of MiniSearch 7's private state that `searchSentences` reads. */
interface Internals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _dirtCount: number;
  _nextId: number;
}

function readInternals(index: MiniSearch<IndexedDoc>): Internals | undefined {
  const x = index as unknown as Partial<Internals>;
  const ok =
    typeof x._index?.get === 'function' &&
    x._fieldLength instanceof Map &&
    x._documentIds instanceof Map &&
    Array.isArray(x._avgFieldLength) &&
    typeof x._documentCount === 'number' &&
    typeof x._nextId === 'number' &&
    x._dirtCount === 0 &&
    x._documentIds.size === x._documentCount &&
    INDEX_FIELDS.every((f) => typeof x._fieldIds?.[f] === 'number');
  return ok ? (x as Internals) : undefined;
}

/** Per-index work arrays, reused by every query; stamps tell this query's (and this term's) entries from stale ones. */
interface Scratch {
  /** MiniSearch's next short id when these were made: any document added since makes new ones. */
  size: number;
  query: number;
  term: number;
  queryStamp: Uint32Array;
  termStamp: Uint32Array;
  total: Float64Array;
  termScore: Float64Array;
  matched: Uint16Array;
  touched: Int32Array;
  termTouched: Int32Array;
  /** Each field's length per document (MiniSearch keeps them in a Map of arrays). */
  fieldLength: Float64Array[];
}

const scratchByIndex = new WeakMap<object, Scratch>();

function scratchFor(internals: Internals): Scratch {
  const size = internals._nextId;
  let s = scratchByIndex.get(internals);
  if (!s || s.size !== size || s.query > 0xfffffff0 || s.term > 0xfffffff0) {
    s = {
      size,
      query: 0,
      term: 0,
      queryStamp: new Uint32Array(size),
      termStamp: new Uint32Array(size),
      total: new Float64Array(size),
      termScore: new Float64Array(size),
      matched: new Uint16Array(size),
      touched: new Int32Array(size),
      termTouched: new Int32Array(size),
      fieldLength: [],
    };
    for (const fieldId of Object.values(internals._fieldIds)) {
      const lengths = new Float64Array(size);
      for (const [doc, perField] of internals._fieldLength) lengths[doc] = perField[fieldId] ?? 0;
      s.fieldLength[fieldId] = lengths;
    }
    scratchByIndex.set(internals, s);
  }
  return s;
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
