import { describe, expect, it } from 'vitest';
import { BOUND_SHIFT, blockSummary, PRESENT_WORDS } from '../../src/search/blockBounds.js';
import { LAZY_CACHE_POSTINGS, LazyField } from '../../src/search/postingTable.js';

const PARAMS = { k: 1.2, b: 0.7, d: 0.5 };

/** A lazy field over `documents` documents whose term t is in every (t % 4 + 1)-th document. */
function fieldOf(documents: number): LazyField {
  return new LazyField(new Uint32Array(documents).fill(3), 3, (t) => {
    const docs = Int32Array.from({ length: Math.ceil(documents / ((t % 4) + 1)) }, (_, i) => i * ((t % 4) + 1));
    return { docs, tfs: new Uint32Array(docs.length).fill(1 + (t % 3)) };
  });
}

/** Each posting's part: its frequency plus its document's block, so every block's best differs. */
function partsOf(docs: Int32Array, tfs: Uint32Array, calls: { n: number }) {
  return (from: number, to: number, out: Float64Array) => {
    calls.n += 1;
    for (let i = from; i < to; i += 1) out[i - from] = tfs[i]! + (docs[i]! >> BOUND_SHIFT);
  };
}

describe('blockSummary', () => {
  it('summarises a list per block: its blocks, where their postings start, and their best part', () => {
    const list = fieldOf(1000).list(2);
    const calls = { n: 0 };
    const summary = blockSummary(list, PARAMS, partsOf(list.docs, list.tfs, calls));
    const blocks = Math.ceil(1000 / (1 << BOUND_SHIFT));
    expect(Array.from(summary.block)).toEqual(Array.from({ length: blocks }, (_, b) => b));
    for (let e = 0; e < blocks; e += 1) {
      expect(list.docs[summary.start[e]!]! >> BOUND_SHIFT).toBe(e);
      expect(summary.best[e]).toBe(list.tfs[0]! + e);
    }
    expect(blockSummary(list, PARAMS, partsOf(list.docs, list.tfs, calls))).toBe(summary);
    expect(calls.n).toBe(1);
  });

  it('marks which of each block’s documents the list holds, a bit a document', () => {
    const list = fieldOf(1000).list(2);
    const summary = blockSummary(list, PARAMS, partsOf(list.docs, list.tfs, { n: 0 }));
    const held = new Set(list.docs);
    for (let e = 0; e < summary.block.length; e += 1)
      for (let i = 0; i < 1 << BOUND_SHIFT; i += 1) {
        const doc = (summary.block[e]! << BOUND_SHIFT) + i;
        const bit = (summary.present[e * PRESENT_WORDS + (i >> 5)]! >>> (i & 31)) & 1;
        expect(bit).toBe(held.has(doc) ? 1 : 0);
      }
  });

  it('is kept by a lazy field past the list it was made from: the list made again finds it without a pass', () => {
    // Lists of every document (terms 0, 4, 8, …) in a field whose budget holds `fit` of them: term 0's is let go
    // when `fit` more are made.
    const field = fieldOf(LAZY_CACHE_POSTINGS / 8);
    const fit = field.budget / (LAZY_CACHE_POSTINGS / 8);
    const first = field.list(0);
    const calls = { n: 0 };
    const summary = blockSummary(first, PARAMS, partsOf(first.docs, first.tfs, calls));
    const made = calls.n;
    for (let t = 4; t <= 4 * fit; t += 4) field.list(t);
    const again = field.list(0);
    expect(again === first).toBe(false);
    expect(blockSummary(again, PARAMS, partsOf(again.docs, again.tfs, calls))).toBe(summary);
    expect(calls.n).toBe(made);
    expect(field.kept).toBeGreaterThan(0);
  });

  it('lets the kept summaries go, the least recently used first, past the field’s budget', () => {
    const field = fieldOf(1000);
    const list = field.list(0);
    field.remember(5, 'a', field.budget);
    field.remember(6, 'b', 1);
    expect(field.recall(5)).toBeUndefined();
    expect(field.recall(6)).toBe('b');
    expect(field.kept).toBe(1);
    expect(list.recall?.()).toBeUndefined();
  });
});
