import type { TermPostings } from './postingTable.js';

/**
 * log2 of the documents per bound block: the blocked walk bounds each block of 2^BOUND_SHIFT documents by the
 * best score any of its documents could reach, and passes over the blocks that cannot reach the k-th best.
 * Smaller blocks bound more tightly (fewer of a query's terms meet in one) but cost more to plan and walk:
 * SQuAD questions' searches at 300k and 1M sentences (CPU per search, best of 2-3 rounds, mean) were about
 * equal at 64 and 128 documents and slower at 32 and 256.
 */
export const BOUND_SHIFT = 7;

/**
 * One list's postings summarised per block of 2^BOUND_SHIFT documents that it reaches: the block's number and
 * where its postings there start, and the highest BM25 term-frequency part among them (`part(i)` of each posting `i`, for the BM25
 * parameters `k`, `b`, `d` it was made with).
 */
export interface BlockSummary {
  block: Int32Array;
  /** The list's first posting in each block. */
  start: Int32Array;
  best: Float64Array;
  /**
   * Which of each block's documents the list holds: PRESENT_WORDS words a block (bit `doc & 31` of word
   * `(doc & (2^BOUND_SHIFT - 1)) >> 5` of the block's), so a search can count the query terms each document
   * holds without reading the postings.
   */
  present: Uint32Array;
  k: number;
  b: number;
  d: number;
}

/** Words of `BlockSummary.present` per block. */
export const PRESENT_WORDS = (1 << BOUND_SHIFT) >> 5;

const summaries = new WeakMap<TermPostings, BlockSummary>();

/** Postings whose parts `blockSummary` asks for at once. */
const PART_CHUNK = 4_096;
const partScratch = new Float64Array(PART_CHUNK);

/**
 * A list's block summary, made by one pass over it the first time a search with these BM25 parameters reads
 * it, and kept with the list (and by the list's field past the list, where it keeps one: `TermPostings.remember`).
 * `parts(from, to, out)` writes postings `from … to - 1`'s term-frequency parts to `out` from 0, computed as the
 * walk computes them (a chunk at a time: a call per posting was most of a summary's time).
 */
export function blockSummary(
  list: TermPostings,
  params: { k: number; b: number; d: number },
  parts: (from: number, to: number, out: Float64Array) => void,
): BlockSummary {
  let known = summaries.get(list);
  if (!known) {
    // The same list made again after its field let it go: its summary, if the field kept it, still holds.
    const kept = list.recall?.();
    if (kept instanceof BlockSummaryOf) {
      known = kept;
      summaries.set(list, kept);
    }
  }
  if (known && known.k === params.k && known.b === params.b && known.d === params.d) return known;
  const { block, start, best, present } = summarise(list.docs, list.from, list.to, parts);
  const summary = new BlockSummaryOf(block, start, best, present, params);
  summaries.set(list, summary);
  // Four postings' worth a block: its three numbers and its documents take 32 bytes, a posting 8.
  list.remember?.(summary, 4 * block.length);
  return summary;
}

/**
 * The passes over postings `from … to - 1` of `docs` that make a summary's arrays: only typed arrays and numbers, so
 * that its optimized code holds whatever lists (built or decoded) and caches `blockSummary` meets. When these passes
 * were part of `blockSummary`, its lookup's deopts (3 a 500k pass) left them running unoptimized for a while, boxing
 * each posting's part: 205 MB in one 500k pass where others allocated 6 (83 MB at 100k with `blockSummary` kept
 * unoptimized). A summary is made once a list: 6,890 over 13.6M postings in two 500k passes, 10 of them twice.
 */
function summarise(
  docs: Int32Array,
  from: number,
  to: number,
  parts: (from: number, to: number, out: Float64Array) => void,
): { block: Int32Array; start: Int32Array; best: Float64Array; present: Uint32Array } {
  let blocks = 0;
  let last = -1;
  for (let i = from; i < to; i += 1) {
    const b = docs[i]! >> BOUND_SHIFT;
    if (b !== last) {
      blocks += 1;
      last = b;
    }
  }
  const block = new Int32Array(blocks);
  const best = new Float64Array(blocks);
  const start = new Int32Array(blocks);
  const present = new Uint32Array(blocks * PRESENT_WORDS);
  const inBlock = (1 << BOUND_SHIFT) - 1;
  let e = -1;
  last = -1;
  const out = partScratch;
  for (let chunk = from; chunk < to; chunk += PART_CHUNK) {
    const end = Math.min(to, chunk + PART_CHUNK);
    parts(chunk, end, out);
    for (let i = chunk; i < end; i += 1) {
      const doc = docs[i]!;
      const b = doc >> BOUND_SHIFT;
      if (b !== last) {
        e += 1;
        block[e] = b;
        start[e] = i;
        last = b;
      }
      present[e * PRESENT_WORDS + ((doc & inBlock) >> 5)]! |= 1 << (doc & 31);
      const x = out[i - chunk]!;
      // NaN (or below zero) makes the block's bound unusable: it is then never passed over.
      if (!(x <= best[e]!)) best[e] = x >= 0 ? x : Number.POSITIVE_INFINITY;
    }
  }
  return { block, start, best, present };
}

/** A `BlockSummary` as `blockSummary` makes it (what a list's field may keep for it is checked to be one). */
class BlockSummaryOf implements BlockSummary {
  readonly k: number;
  readonly b: number;
  readonly d: number;

  constructor(
    readonly block: Int32Array,
    readonly start: Int32Array,
    readonly best: Float64Array,
    readonly present: Uint32Array,
    params: { k: number; b: number; d: number },
  ) {
    ({ k: this.k, b: this.b, d: this.d } = params);
  }
}
