import { termFrequency, type FieldPostings, type PostingTable } from './postingTable.js';

/** How `topDocuments` scores: MiniSearch's BM25 per field, weighted and summed over fields and OR-ed terms. */
export interface TopOptions {
  limit: number;
  /** Weight per query term; 1 when absent. */
  termBoosts?: ReadonlyMap<string, number> | undefined;
  /** Boost of each field, in the table's field order. */
  fieldBoosts: readonly number[];
  k: number;
  b: number;
  d: number;
  /**
   * true (sentences): the sum is multiplied by the number of distinct query terms matched, and a field's
   * score is `termBoost × fieldBoost × bm25`, as MiniSearch's OR search computes it. false (passages): the
   * plain sum of `termBoost × idf × tf-part`.
   */
  sentenceScoring: boolean;
  /** Prune only when the query's terms have at least this many postings (default PRUNE_FROM_POSTINGS). */
  pruneFrom?: number;
  /** When given, counts the postings walked (rather than probed) and the query's postings in all. */
  stats?: { walked: number; total: number };
}

/** A document found, by short id, with its exact score. */
export interface ScoredDocument {
  doc: number;
  score: number;
}

/** Below this many postings over the query's terms the exhaustive walk is as fast as pruning. */
export const PRUNE_FROM_POSTINGS = 20_000;
/** Relative slack that keeps bounds safe from floating-point summation order. */
const SLACK = 1e-9;

interface QueryTerm {
  /** Position in the query (first occurrence). */
  at: number;
  number: number;
  boost: number;
  /** idf per field (0 where the field has no posting). */
  idf: number[];
  upper: number;
  postings: number;
}

/** Per-table work arrays reused by every query; stamps tell this query's entries from stale ones. */
interface Scratch {
  size: number;
  query: number;
  stamp: Uint32Array;
  term: number;
  termStamp: Uint32Array;
  acc: Float64Array;
  matched: Uint16Array;
  touched: Int32Array;
  termScore: Float64Array;
  termTouched: Int32Array;
}

const scratchByTable = new WeakMap<PostingTable, Scratch>();

function scratchFor(table: PostingTable): Scratch {
  const size = table.ids.length;
  let s = scratchByTable.get(table);
  if (!s || s.query > 0xfffffff0 || s.term > 0xfffffff0) {
    s = {
      size,
      query: 0,
      stamp: new Uint32Array(size),
      term: 0,
      termStamp: new Uint32Array(size),
      acc: new Float64Array(size),
      matched: new Uint16Array(size),
      touched: new Int32Array(size),
      termScore: new Float64Array(size),
      termTouched: new Int32Array(size),
    };
    scratchByTable.set(table, s);
  }
  return s;
}

/**
 * The best `limit` documents of the table for the query terms (already index terms), scored exactly as
 * MiniSearch's `search` scores them, in its order: score descending, ties in first-touch order (the query
 * term that first reaches a document, then the field, then the document's short id).
 *
 * Exact top-k with max-score pruning: terms are taken in order of their highest possible contribution;
 * once the terms left could not lift a document it has not seen above the k-th best so far, their long
 * posting lists are no longer walked, only probed (binary search) for the documents still in the running.
 * The final candidates are scored again term by term in query order, so scores are bit-for-bit MiniSearch's.
 */
export function topDocuments(table: PostingTable, terms: readonly string[], o: TopOptions): ScoredDocument[] {
  if (terms.length === 0 || o.limit <= 0) return [];
  const query = queryTerms(table, terms, o);
  if (query.length === 0) return [];
  const unique = new Set(terms).size === terms.length;
  const postings = query.reduce((sum, q) => sum + q.postings, 0);
  if (o.stats) {
    o.stats.total += postings;
    o.stats.walked += postings;
  }
  const positive = query.every((q) => q.boost > 0 && Number.isFinite(q.boost)) && o.fieldBoosts.every((b) => b > 0);
  if (!unique || !positive || postings < (o.pruneFrom ?? PRUNE_FROM_POSTINGS)) return exhaustive(table, terms, o);
  if (o.stats) o.stats.walked -= postings;
  return pruned(table, terms, query, o);
}

/** The query's terms that the table holds, with their idf per field and upper bound. */
function queryTerms(table: PostingTable, terms: readonly string[], o: TopOptions): QueryTerm[] {
  const out: QueryTerm[] = [];
  const n = table.documentCount;
  const { k, b, d } = o;
  terms.forEach((term, at) => {
    const number = table.termNumbers.get(term);
    if (number === undefined) return;
    const boost = o.termBoosts?.get(term) ?? 1;
    const idf: number[] = [];
    let upper = 0;
    let count = 0;
    table.fields.forEach((field, f) => {
      const size = field.start[number + 1]! - field.start[number]!;
      count += size;
      if (size === 0) {
        idf.push(0);
        return;
      }
      const fieldIdf = Math.log(1 + (n - size + 0.5) / (size + 0.5));
      idf.push(fieldIdf);
      const tf = field.maxTf[number]!;
      const best = d + (tf * (k + 1)) / (tf + k * (1 - b + (b * field.minLength[number]!) / field.avgLength));
      upper += (o.sentenceScoring ? o.fieldBoosts[f]! : 1) * fieldIdf * best;
    });
    if (count > 0) out.push({ at, number, boost, idf, upper: upper * boost * (1 + SLACK), postings: count });
  });
  return out;
}

/** One field's weighted BM25 for one posting, with MiniSearch's arithmetic (or the passages'). */
function fieldScore(field: FieldPostings, idf: number, tf: number, doc: number, boost: number, fieldBoost: number, o: TopOptions): number {
  const { k, b, d } = o;
  if (o.sentenceScoring) {
    const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * field.length[doc]!) / field.avgLength)));
    return boost * fieldBoost * raw;
  }
  return boost * idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * field.length[doc]!) / field.avgLength)));
}

/**
 * The exact score of one document, summed in query order as MiniSearch sums it, and its first-touch key
 * (query position × fields + field), for ordering ties.
 */
export function scoreDocument(table: PostingTable, terms: readonly string[], doc: number, o: TopOptions): { score: number; key: number } {
  let total: number | undefined;
  let matched = 0;
  let key = Number.MAX_SAFE_INTEGER;
  const seen = new Set<string>();
  const n = table.documentCount;
  terms.forEach((term, at) => {
    const number = table.termNumbers.get(term);
    const first = !seen.has(term);
    seen.add(term);
    if (number === undefined) return;
    const boost = o.termBoosts?.get(term) ?? 1;
    let termScore: number | undefined;
    table.fields.forEach((field, f) => {
      const from = field.start[number]!;
      const to = field.start[number + 1]!;
      if (to === from) return;
      const tf = termFrequency(field, from, to, doc);
      if (tf === 0) return;
      const size = to - from;
      const idf = Math.log(1 + (n - size + 0.5) / (size + 0.5));
      const w = fieldScore(field, idf, tf, doc, boost, o.fieldBoosts[f]!, o);
      termScore = termScore === undefined ? w : termScore + w;
      key = Math.min(key, at * table.fields.length + f);
    });
    if (termScore === undefined) return;
    total = total === undefined ? termScore : total + termScore;
    if (first) matched += 1;
  });
  if (total === undefined) return { score: 0, key };
  return { score: o.sentenceScoring ? total * (matched || 1) : total, key };
}

/** Walks every posting list of the query, in query order; exact by construction. */
function exhaustive(table: PostingTable, terms: readonly string[], o: TopOptions): ScoredDocument[] {
  const s = scratchFor(table);
  s.query += 1;
  let touchedCount = 0;
  const seen = new Set<string>();
  const n = table.documentCount;
  const { acc: total, matched, stamp, touched, termStamp, termScore, termTouched } = s;
  for (const term of terms) {
    const number = table.termNumbers.get(term);
    const first = !seen.has(term);
    seen.add(term);
    if (number === undefined) continue;
    const boost = o.termBoosts?.get(term) ?? 1;
    s.term += 1;
    const current = s.term;
    let termCount = 0;
    // One term's score per document, summed over its fields first, as MiniSearch does before OR-ing terms.
    table.fields.forEach((field, f) => {
      const from = field.start[number]!;
      const to = field.start[number + 1]!;
      if (to === from) return;
      const size = to - from;
      const idf = Math.log(1 + (n - size + 0.5) / (size + 0.5));
      const fieldBoost = o.fieldBoosts[f]!;
      for (let i = from; i < to; i += 1) {
        const doc = field.docs[i]!;
        const w = fieldScore(field, idf, field.tfs[i]!, doc, boost, fieldBoost, o);
        if (termStamp[doc] !== current) {
          termStamp[doc] = current;
          termScore[doc] = w;
          termTouched[termCount++] = doc;
        } else termScore[doc] = termScore[doc]! + w;
      }
    });
    for (let i = 0; i < termCount; i += 1) {
      const doc = termTouched[i]!;
      if (stamp[doc] !== s.query) {
        stamp[doc] = s.query;
        total[doc] = termScore[doc]!;
        matched[doc] = 0;
        touched[touchedCount++] = doc;
      } else total[doc] = total[doc]! + termScore[doc]!;
      if (first) matched[doc] = matched[doc]! + 1;
    }
  }
  // The top `limit`; ties keep first-touch order (MiniSearch's stable sort).
  const top: ScoredDocument[] = [];
  for (let i = 0; i < touchedCount; i += 1) {
    const doc = touched[i]!;
    const score = o.sentenceScoring ? total[doc]! * (matched[doc]! || 1) : total[doc]!;
    if (top.length === o.limit && score <= top[top.length - 1]!.score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < score) at -= 1;
    top.splice(at, 0, { doc, score });
    if (top.length > o.limit) top.pop();
  }
  return top;
}

/** The k-th largest of `values[0 … count - 1]` (k ≥ 1), or 0 when there are fewer: a min-heap of the k largest. */
function kthLargest(values: Float64Array, count: number, k: number): number {
  if (count < k) return 0;
  const heap = values.slice(0, k);
  const down = (from: number): void => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < k && heap[l]! < heap[m]!) m = l;
      if (r < k && heap[r]! < heap[m]!) m = r;
      if (m === i) return;
      const t = heap[i]!;
      heap[i] = heap[m]!;
      heap[m] = t;
      i = m;
    }
  };
  for (let i = (k >> 1) - 1; i >= 0; i -= 1) down(i);
  for (let i = k; i < count; i += 1) {
    if (values[i]! <= heap[0]!) continue;
    heap[0] = values[i]!;
    down(0);
  }
  return heap[0]!;
}

/** Max-score pruned top-k; see `topDocuments`. */
function pruned(table: PostingTable, terms: readonly string[], query: QueryTerm[], o: TopOptions): ScoredDocument[] {
  const s = scratchFor(table);
  s.query += 1;
  const order = [...query].sort((x, y) => y.upper - x.upper);
  const m = order.length;
  const suffix = new Float64Array(m + 1);
  for (let j = m - 1; j >= 0; j -= 1) suffix[j] = suffix[j + 1]! + order[j]!.upper;
  const { acc, matched, stamp, touched } = s;
  let touchedCount = 0;
  let candidates: Int32Array | undefined;
  let candidateCount = 0;
  const score = (doc: number) => acc[doc]! * (o.sentenceScoring ? matched[doc]! || 1 : 1);
  const threshold = (docs: Int32Array, count: number): number => {
    if (count < o.limit) return 0;
    const values = new Float64Array(count);
    for (let i = 0; i < count; i += 1) values[i] = score(docs[i]!);
    return kthLargest(values, count, o.limit) * (1 - SLACK);
  };
  const bound = (doc: number, j: number) => (acc[doc]! + suffix[j]!) * (o.sentenceScoring ? matched[doc]! + (m - j) : 1);

  for (let j = 0; j < m; j += 1) {
    const q = order[j]!;
    if (!candidates && j > 0 && touchedCount >= o.limit) {
      const theta = threshold(touched, touchedCount);
      const unseen = suffix[j]! * (o.sentenceScoring ? m - j : 1);
      if (unseen < theta) {
        candidates = new Int32Array(touchedCount);
        for (let i = 0; i < touchedCount; i += 1) {
          const doc = touched[i]!;
          if (bound(doc, j) >= theta) candidates[candidateCount++] = doc;
        }
      }
    }
    s.term += 1;
    if (!candidates) {
      if (o.stats) o.stats.walked += q.postings;
      // Walk: every document of this term's lists.
      table.fields.forEach((field, f) => {
        const from = field.start[q.number]!;
        const to = field.start[q.number + 1]!;
        const idf = q.idf[f]!;
        for (let i = from; i < to; i += 1) {
          const doc = field.docs[i]!;
          const w = fieldScore(field, idf, field.tfs[i]!, doc, q.boost, o.fieldBoosts[f]!, o);
          if (stamp[doc] !== s.query) {
            stamp[doc] = s.query;
            acc[doc] = w;
            matched[doc] = 0;
            touched[touchedCount++] = doc;
          } else acc[doc] = acc[doc]! + w;
          if (s.termStamp[doc] !== s.term) {
            s.termStamp[doc] = s.term;
            matched[doc] = matched[doc]! + 1;
          }
        }
      });
      continue;
    }
    // Probe: only the documents still in the running.
    table.fields.forEach((field, f) => {
      const from = field.start[q.number]!;
      const to = field.start[q.number + 1]!;
      if (to === from) return;
      const idf = q.idf[f]!;
      for (let i = 0; i < candidateCount; i += 1) {
        const doc = candidates![i]!;
        const tf = termFrequency(field, from, to, doc);
        if (tf === 0) continue;
        acc[doc] = acc[doc]! + fieldScore(field, idf, tf, doc, q.boost, o.fieldBoosts[f]!, o);
        if (s.termStamp[doc] !== s.term) {
          s.termStamp[doc] = s.term;
          matched[doc] = matched[doc]! + 1;
        }
      }
    });
    const theta = threshold(candidates, candidateCount);
    let kept = 0;
    for (let i = 0; i < candidateCount; i += 1) {
      const doc = candidates[i]!;
      if (bound(doc, j + 1) >= theta) candidates[kept++] = doc;
    }
    candidateCount = kept;
  }

  const pool = candidates ?? touched;
  const poolCount = candidates ? candidateCount : touchedCount;
  const theta = threshold(pool, poolCount);
  const finalists: { doc: number; score: number; key: number }[] = [];
  for (let i = 0; i < poolCount; i += 1) {
    const doc = pool[i]!;
    if (score(doc) < theta) continue;
    const exact = scoreDocument(table, terms, doc, o);
    finalists.push({ doc, score: exact.score, key: exact.key });
  }
  finalists.sort((x, y) => y.score - x.score || x.key - y.key || x.doc - y.doc);
  return finalists.slice(0, o.limit).map(({ doc, score: sc }) => ({ doc, score: sc }));
}
