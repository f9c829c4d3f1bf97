import { blockedWalk, fieldScore, seekFrom } from './blockedWalk.js';
import type { PostingTable, TermPostings } from './postingTable.js';
import { startSearch, termFrequency } from './postingTable.js';

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
  /** Prune only when the query's terms have at least this many postings (default PRUNE_FROM_POSTINGS for sentences, PASSAGE_PRUNE_FROM_POSTINGS for passages). */
  pruneFrom?: number;
  /** Walk every list over the whole table, term by term (the plain reference the other walks are checked against). */
  reference?: boolean;
  /**
   * When given, counts the postings read plus the lists sought for a document, and the query's postings in all; and,
   * where `screened` is given, the postings the blocked walk's screen read (`blockedWalk`) besides those it walked.
   */
  stats?: { walked: number; total: number; screened?: number };
}

/** A document found, by short id, with its exact score. */
export interface ScoredDocument {
  doc: number;
  score: number;
}

/**
 * Sentence searches (`sentenceScoring`) use the blocked walk (`blockedWalk`) below this many postings over the
 * query's terms, MaxScore (`pruned`) from it; by default always the blocked walk. Pruning read fewer postings
 * but scattered its reads over the whole table, and a sentence's score is multiplied by the terms it matches,
 * so its bounds are loose. Each search of 600–2,000 SQuAD questions' answers timed with either walk (best of
 * 3–5 rounds, alternating, on a loaded machine), a question's searches summed, mean / p99: 100k sentences,
 * blocked 1.15 / 7.6 ms against pruned 2.21 / 21.0 ms; 300k, 6.79 / 26.5 against 9.28 / 36.6 ms; 1M, 24.7 /
 * 90.1 against 29.2 / 141 ms. No threshold on the postings beat the blocked walk alone at any scale: pruning won
 * about a third of the searches at 300k and half at 1M, but not the ones with the most postings (at 1M it won
 * on average only below about 32,000 postings, and at 100k and 300k not there), so neither the postings nor
 * the number of terms tells them apart.
 */
export const PRUNE_FROM_POSTINGS = Number.POSITIVE_INFINITY;
/**
 * Passage searches (the best passage only, scores not multiplied by the terms matched, so MaxScore's bounds are
 * tight) use MaxScore from this many postings. Timed as above, passage searches alone per bucket of postings,
 * blocked against pruned (mean ms): at 100k, 512–1,023 postings 0.066 / 0.058, 2,048–4,095 0.200 / 0.135,
 * 8,192–16,383 0.578 / 0.289; at 300k, 8,192–16,383 0.807 / 0.406; at 1M, 2,048–4,095 0.80 / 0.67,
 * 32,768–65,535 9.7 / 9.1; below 512 the blocked walk is faster. A question's searches together, mean / p99:
 * 100k 1.147 / 7.57 → 1.064 / 7.27 ms; 300k 6.79 / 26.5 → 6.40 / 23.6 ms; 1M 24.73 / 90.1 → 24.55 / 84.9 ms.
 */
export const PASSAGE_PRUNE_FROM_POSTINGS = 1_024;
/** Relative slack that keeps bounds safe from floating-point summation order. */
const SLACK = 1e-9;

interface QueryTerm {
  /** Position in the query (first occurrence). */
  at: number;
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
 * Exact top-k by the blocked walk (`blockedWalk`: every posting, a block of documents at a time), or on
 * request (`pruneFrom`) by document-at-a-time MaxScore (`pruned`): documents are taken in id order from the
 * lists that could still lift one into the top k, the others only sought for them; the final candidates are
 * scored again term by term in query order, so scores are bit-for-bit MiniSearch's. `lists`: the terms' postings when
 * the caller fetched them already (`queryLists`), to read them again for its own scores without a second fetch.
 */
export function topDocuments(
  table: PostingTable,
  terms: readonly string[],
  o: TopOptions,
  lists: QueryLists = queryLists(table, terms),
): ScoredDocument[] {
  if (terms.length === 0 || o.limit <= 0) return [];
  // The terms the table holds: their postings, and whether their boosts are all positive and finite
  // (the bounds pruning needs are computed only for it: reading them costs a pass over each list).
  // (Loops, not closures: this runs for every search.)
  let postings = 0;
  let positive = o.fieldBoosts.every((b) => b > 0);
  let unique = true;
  for (let at = 0; at < terms.length; at += 1) {
    const term = terms[at]!;
    if (terms.indexOf(term) !== at) unique = false;
    const termLists = lists[at];
    if (termLists === undefined) continue;
    let count = 0;
    for (const list of termLists) count += list.to - list.from;
    if (count === 0) continue;
    postings += count;
    const boost = o.termBoosts?.get(term) ?? 1;
    if (!(boost > 0 && Number.isFinite(boost))) positive = false;
  }
  if (postings === 0) return [];
  if (o.stats) {
    o.stats.total += postings;
    o.stats.walked += postings;
  }
  if (!unique || !positive || o.reference) return exhaustive(table, terms, lists, o);
  const pruneFrom = o.pruneFrom ?? (o.sentenceScoring ? PRUNE_FROM_POSTINGS : PASSAGE_PRUNE_FROM_POSTINGS);
  if (o.stats) o.stats.walked -= postings;
  if (postings < pruneFrom) return blockedWalk(table, terms, lists, o);
  return pruned(table, terms, lists, queryTerms(table, terms, lists, o), o);
}

/** Each query term's postings per field (undefined for a term the table does not hold), fetched once per query. */
export type QueryLists = readonly (readonly TermPostings[] | undefined)[];

/** The postings of each of `terms`, in each field of the table. */
export function queryLists(table: PostingTable, terms: readonly string[]): QueryLists {
  startSearch();
  return terms.map((term) => {
    const number = table.termNumbers.get(term);
    return number === undefined ? undefined : table.fields.map((field) => field.list(number));
  });
}

/** The query's terms that the table holds, with their idf per field and upper bound. */
function queryTerms(table: PostingTable, terms: readonly string[], lists: QueryLists, o: TopOptions): QueryTerm[] {
  const out: QueryTerm[] = [];
  const n = table.documentCount;
  const { k, b, d } = o;
  terms.forEach((term, at) => {
    const termLists = lists[at];
    if (termLists === undefined) return;
    const boost = o.termBoosts?.get(term) ?? 1;
    const idf: number[] = [];
    let upper = 0;
    let count = 0;
    table.fields.forEach((field, f) => {
      const { from, to, maxTf: tf, minLength } = termLists[f]!;
      const size = to - from;
      count += size;
      if (size === 0) {
        idf.push(0);
        return;
      }
      const fieldIdf = Math.log(1 + (n - size + 0.5) / (size + 0.5));
      idf.push(fieldIdf);
      const best = d + (tf * (k + 1)) / (tf + k * (1 - b + (b * minLength) / field.avgLength));
      upper += (o.sentenceScoring ? o.fieldBoosts[f]! : 1) * fieldIdf * best;
    });
    if (count > 0) out.push({ at, boost, idf, upper: upper * boost * (1 + SLACK), postings: count });
  });
  return out;
}

/** The first-touch key (query position × fields + field) of the document `scoreDocument` scored last, for ordering ties. */
export let scoredKey = 0;

/**
 * The exact score of one document, summed in query order as MiniSearch sums it; its first-touch key is left in
 * `scoredKey` (no object per call: this runs for each of a search's hits).
 */
export function scoreDocument(
  table: PostingTable,
  terms: readonly string[],
  doc: number,
  o: TopOptions,
  lists: QueryLists = queryLists(table, terms),
): number {
  // Loops rather than forEach and a set of seen terms: this runs for each of a search's hits (its passage's score).
  // The sums are plain numbers from 0 (a `number | undefined` is kept boxed: a new heap number for each field's and
  // each term's addition; 0 + w is w exactly, so the sums are those of before).
  let total = 0;
  let matched = 0;
  let key = Number.MAX_SAFE_INTEGER;
  const n = table.documentCount;
  const { fields } = table;
  for (let at = 0; at < terms.length; at += 1) {
    const term = terms[at]!;
    const termLists = lists[at];
    if (termLists === undefined) continue;
    const first = terms.indexOf(term) === at;
    const boost = o.termBoosts?.get(term) ?? 1;
    let termScore = 0;
    let termAny = false;
    for (let f = 0; f < fields.length; f += 1) {
      const list = termLists[f]!;
      if (list.to === list.from) continue;
      const tf = termFrequency(list, doc);
      if (tf === 0) continue;
      const size = list.to - list.from;
      const idf = Math.log(1 + (n - size + 0.5) / (size + 0.5));
      const w = fieldScore(fields[f]!, idf, tf, doc, boost, o.fieldBoosts[f]!, o);
      termScore += w;
      termAny = true;
      key = Math.min(key, at * fields.length + f);
    }
    if (!termAny) continue;
    total += termScore;
    if (first) matched += 1;
  }
  scoredKey = key;
  return o.sentenceScoring ? total * (matched || 1) : total;
}

/** Walks every posting list of the query, in query order; exact by construction. */
function exhaustive(table: PostingTable, terms: readonly string[], lists: QueryLists, o: TopOptions): ScoredDocument[] {
  const s = scratchFor(table);
  s.query += 1;
  let touchedCount = 0;
  const seen = new Set<string>();
  const n = table.documentCount;
  const { acc: total, matched, stamp, touched, termStamp, termScore, termTouched } = s;
  for (const [at, term] of terms.entries()) {
    const termLists = lists[at];
    const first = !seen.has(term);
    seen.add(term);
    if (termLists === undefined) continue;
    const boost = o.termBoosts?.get(term) ?? 1;
    s.term += 1;
    const current = s.term;
    let termCount = 0;
    // One term's score per document, summed over its fields first, as MiniSearch does before OR-ing terms.
    table.fields.forEach((field, f) => {
      const { docs, tfs, from, to } = termLists[f]!;
      if (to === from) return;
      const size = to - from;
      const idf = Math.log(1 + (n - size + 0.5) / (size + 0.5));
      const fieldBoost = o.fieldBoosts[f]!;
      for (let i = from; i < to; i += 1) {
        const doc = docs[i]!;
        const w = fieldScore(field, idf, tfs[i]!, doc, boost, fieldBoost, o);
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

/** One field's postings of one query term, walked in document order. */
interface Cursor {
  docs: Int32Array;
  tfs: Uint32Array;
  length: Uint32Array;
  /** The next posting to read; `end` when the list is done. */
  pos: number;
  end: number;
  /** The query term's index (for counting the distinct terms a document matches). */
  term: number;
  /** termBoost × fieldBoost × idf (sentences) or termBoost × idf (passages). */
  weight: number;
  /** BM25's length normalisation: `norm + slope × length`. */
  norm: number;
  slope: number;
  /** The highest score any posting of this list can give. */
  upper: number;
}

/** Past every short id: the document of a finished cursor. */
const DONE = 0x7fffffff;

/** The document under a cursor, DONE when it is finished. */
function headOf(c: Cursor): number {
  return c.pos < c.end ? c.docs[c.pos]! : DONE;
}

/** Moves `c` to its first posting at or after `doc` (galloping, then binary search) and returns that posting's document. */
function seek(c: Cursor, doc: number): number {
  if (c.pos >= c.end) return DONE;
  c.pos = seekFrom(c.docs, c.pos, c.end, doc);
  return c.pos < c.end ? c.docs[c.pos]! : DONE;
}

/** The weighted BM25 of the posting under the cursor (the order of operations aside, `fieldScore`'s). */
function cursorScore(c: Cursor, d: number, k: number, doc: number): number {
  const tf = c.tfs[c.pos]!;
  return c.weight * (d + (tf * (k + 1)) / (tf + c.norm + c.slope * c.length[doc]!));
}

/** One cursor per field that holds each query term, sorted by their upper bounds, ascending. */
function cursorsOf(table: PostingTable, lists: QueryLists, query: QueryTerm[], o: TopOptions): Cursor[] {
  const { k, b, d } = o;
  const cursors: Cursor[] = [];
  query.forEach((q, term) => {
    table.fields.forEach((field, f) => {
      const { docs, tfs, from, to, maxTf: tf, minLength } = lists[q.at]![f]!;
      if (to === from) return;
      const weight = q.boost * (o.sentenceScoring ? o.fieldBoosts[f]! : 1) * q.idf[f]!;
      const norm = k * (1 - b);
      const slope = (k * b) / field.avgLength;
      const upper = weight * (d + (tf * (k + 1)) / (tf + norm + slope * minLength)) * (1 + SLACK);
      cursors.push({ docs, tfs, length: field.length, pos: from, end: to, term, weight, norm, slope, upper });
    });
  });
  return cursors.sort((x, y) => x.upper - y.upper);
}

/**
 * A document's best possible score in a search of `m` terms: `sum` more to add, with `matched` terms so far and up
 * to `more` others. A module function rather than a closure per search (tsx names each closure as it is made).
 */
function boundOf(o: TopOptions, m: number, sum: number, matched: number, more: number): number {
  return o.sentenceScoring ? sum * (matched + Math.min(more, m - matched)) : sum;
}

/**
 * Document-at-a-time MaxScore; see `topDocuments`. Each field's list of each query term is a cursor with
 * its own upper bound (a neighbours' or headline list weighs a tenth of a sentence's), sorted ascending.
 * The longest prefix of them whose bounds together (times the distinct terms among them, for sentences,
 * whose score is multiplied by the terms matched) stay below the k-th best score so far is
 * "non-essential": a document found only there cannot enter the top k. So only the other lists are
 * walked; a non-essential list is only sought (skipping ahead) for a document they bring, and only while
 * that document's bound still reaches the k-th best. The threshold comes from completely scored
 * documents, so it rises fast and the walk narrows as it goes.
 */
function pruned(table: PostingTable, terms: readonly string[], lists: QueryLists, query: QueryTerm[], o: TopOptions): ScoredDocument[] {
  const { k, d } = o;
  const m = query.length;
  const cursors = cursorsOf(table, lists, query, o);
  const n = cursors.length;
  /** below[c]: the bound of cursors 0 … c - 1 together; termsBelow[c]: the distinct terms among them. */
  const below = new Float64Array(n + 1);
  const termsBelow = new Int32Array(n + 1);
  const counted = new Uint8Array(m);
  for (let c = 0; c < n; c += 1) {
    below[c + 1] = below[c]! + cursors[c]!.upper;
    const t = cursors[c]!.term;
    termsBelow[c + 1] = termsBelow[c]! + (counted[t] ? 0 : 1);
    counted[t] = 1;
  }
  /** The document each term last matched (a stamp: documents come in ascending order). */
  const seen = new Int32Array(m).fill(-1);
  /** Each cursor's current document (DONE when it is finished), read in the loops below without reaching into the cursor. */
  const heads = new Int32Array(n);
  for (let c = 0; c < n; c += 1) heads[c] = headOf(cursors[c]!);

  // The k best approximate scores so far (a min-heap), and every document that reached the threshold when scored.
  const heap = new Float64Array(o.limit);
  let heapSize = 0;
  let theta = 0;
  let essential = 0;
  // The survivors in lists kept from search to search (grown, never shrunk): in a large story the copies of a text tie
  // at the threshold and all survive, and the lists grown anew in each search, with an object per finalist, were about
  // 4 of the 16.5 MB `pruned` made in a first pass of 2,000 SQuAD questions at 500,000 sentences.
  let survivors = kept.survivors;
  let survivorScores = kept.survivorScores;
  let survivorCount = 0;
  let walked = 0;
  /** Counts a scored document: a survivor if it reaches the threshold, which it may raise. */
  const offer = (doc: number, score: number): void => {
    if (score < theta) return;
    if (survivorCount === survivors.length) {
      survivors = kept.survivors = grow(survivors, new Int32Array(survivors.length * 2));
      survivorScores = kept.survivorScores = grow(survivorScores, new Float64Array(survivorScores.length * 2));
    }
    survivors[survivorCount] = doc;
    survivorScores[survivorCount++] = score;
    if (heapSize < o.limit) heapPush(heap, heapSize++, score);
    else if (score > heap[0]!) heapReplaceTop(heap, heapSize, score);
    else return;
    if (heapSize < o.limit) return;
    theta = heap[0]! * (1 - SLACK);
    while (essential < n && boundOf(o, m, below[essential + 1]!, 0, termsBelow[essential + 1]!) < theta) essential += 1;
  };

  for (;;) {
    let doc = DONE;
    for (let c = essential; c < n; c += 1) if (heads[c]! < doc) doc = heads[c]!;
    if (doc === DONE) break;
    let acc = 0;
    let matched = 0;
    for (let c = essential; c < n; c += 1) {
      if (heads[c] !== doc) continue;
      const cur = cursors[c]!;
      acc += cursorScore(cur, d, k, doc);
      cur.pos += 1;
      heads[c] = headOf(cur);
      walked += 1;
      if (seen[cur.term] !== doc) {
        seen[cur.term] = doc;
        matched += 1;
      }
    }
    let out = false;
    for (let c = essential - 1; c >= 0; c -= 1) {
      if (boundOf(o, m, acc + below[c + 1]!, matched, termsBelow[c + 1]!) < theta) {
        out = true;
        break;
      }
      const cur = cursors[c]!;
      walked += 1;
      heads[c] = seek(cur, doc);
      if (heads[c] !== doc) continue;
      acc += cursorScore(cur, d, k, doc);
      if (seen[cur.term] !== doc) {
        seen[cur.term] = doc;
        matched += 1;
      }
    }
    if (out) continue;
    offer(doc, o.sentenceScoring ? acc * (matched || 1) : acc);
  }
  if (o.stats) o.stats.walked += walked;

  // The finalists scored again exactly, in query order, and ordered as MiniSearch orders them: each one's exact score
  // and first-touch key written over its approximate score in the kept lists, the finalists sorted as their places.
  const keys = survivorKeys(survivorCount);
  const finalists: number[] = [];
  for (let i = 0; i < survivorCount; i += 1) {
    if (survivorScores[i]! < theta) continue;
    survivorScores[i] = scoreDocument(table, terms, survivors[i]!, o, lists);
    keys[i] = scoredKey;
    finalists.push(i);
  }
  finalists.sort((x, y) => survivorScores[y]! - survivorScores[x]! || keys[x]! - keys[y]! || survivors[x]! - survivors[y]!);
  const top = Math.min(o.limit, finalists.length);
  const out = new Array<ScoredDocument>(top);
  for (let r = 0; r < top; r += 1) out[r] = { doc: survivors[finalists[r]!]!, score: survivorScores[finalists[r]!]! };
  return out;
}

/** The lists `pruned` gathers its survivors in, kept from one search to the next (a search runs to its end before another begins). */
const kept = { survivors: new Int32Array(64), survivorScores: new Float64Array(64), keys: new Float64Array(64) };

/** The kept list of the survivors' first-touch keys, with room for `n`. */
function survivorKeys(n: number): Float64Array {
  if (kept.keys.length < n) kept.keys = new Float64Array(kept.survivors.length);
  return kept.keys;
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Adds `value` to a min-heap of `size` values. */
function heapPush(heap: Float64Array, size: number, value: number): void {
  let i = size;
  heap[i] = value;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]! <= heap[i]!) return;
    const t = heap[parent]!;
    heap[parent] = heap[i]!;
    heap[i] = t;
    i = parent;
  }
}

/** Replaces a min-heap's smallest value by `value`. */
function heapReplaceTop(heap: Float64Array, size: number, value: number): void {
  heap[0] = value;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < size && heap[l]! < heap[m]!) m = l;
    if (r < size && heap[r]! < heap[m]!) m = r;
    if (m === i) return;
    const t = heap[i]!;
    heap[i] = heap[m]!;
    heap[m] = t;
    i = m;
  }
}
