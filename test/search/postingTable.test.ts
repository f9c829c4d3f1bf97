import { describe, expect, it } from 'vitest';
import {
  LAZY_CACHE_POSTINGS,
  LazyField,
  POOL_FROM_POSTINGS,
  type PostingTable,
  pooledCapacity,
  startSearch,
  warmPostings,
} from '../../src/search/postingTable.js';

/** A lazy field whose term t has `sizes[t]` postings (documents 0 …), and the terms it has made. */
function field(sizes: number[]): { field: LazyField; made: number[] } {
  const made: number[] = [];
  const lazy = new LazyField(
    new Uint32Array(1),
    1,
    (t) => {
      made.push(t);
      const docs = Int32Array.from({ length: sizes[t]! }, (_, i) => i);
      return { docs, tfs: new Uint32Array(docs.length).fill(1) };
    },
    Uint32Array.from(sizes),
  );
  return { field: lazy, made };
}

const tableOf = (f: LazyField, terms: number): PostingTable => ({
  documentCount: 1,
  ids: new Int32Array(1),
  terms: Array.from({ length: terms }, (_, t) => `t${t}`),
  termNumbers: new Map(),
  fields: [f],
});

describe('warmPostings', () => {
  it('makes the lists of the terms with the most postings, within its share of the budget, a step at a time', () => {
    const quarter = LAZY_CACHE_POSTINGS / 4;
    // The largest first: terms 1 and 3 fit in a quarter of the budget, term 0 would go past it, term 2 with them.
    const sizes = [quarter / 4, quarter / 2, 3, quarter / 4 + 1];
    const { field: f, made } = field(sizes);
    const steps = [...warmPostings(tableOf(f, sizes.length), 0.25)].length;
    expect(made).toEqual([1, 3]);
    expect(steps).toBeGreaterThan(1);
    // Already made: a question asking for them makes nothing, and gets the same lists.
    expect(f.list(3).to).toBe(quarter / 4 + 1);
    f.list(1);
    expect(made).toEqual([1, 3]);
    f.list(0);
    expect(made).toEqual([1, 3, 0]);
  });

  it('makes nothing for a field that cannot tell its sizes without making its lists', () => {
    const made: number[] = [];
    const f = new LazyField(new Uint32Array(1), 1, (t) => {
      made.push(t);
      return { docs: Int32Array.of(0), tfs: Uint32Array.of(1) };
    });
    expect([...warmPostings(tableOf(f, 4))]).toEqual([]);
    expect(made).toEqual([]);
  });
});

describe('LazyField’s pooled arrays', () => {
  /** A field whose every term has `postings` postings, made in the arrays the field allocates, and room for one such list. */
  const pooledField = (postings: number) =>
    new LazyField(
      new Uint32Array(1),
      1,
      (t, allocate) => {
        const made = allocate(postings);
        made.docs.fill(t);
        made.tfs.fill(t + 1);
        return made;
      },
      undefined,
      1,
    );
  /** A quarter of the budget: four such lists are kept, and one let go may wait to be reused. */
  const large = LAZY_CACHE_POSTINGS / 4;

  it('reuses a let-go list’s arrays only once a later search begins, so a search never sees its lists overwritten', () => {
    const field = pooledField(large);
    startSearch();
    const first = field.list(0);
    for (let t = 1; t <= 4; t += 1) field.list(t); // the fifth lets term 0 go: the search may still read it
    const sixth = field.list(5);
    expect(sixth.docs.buffer).not.toBe(first.docs.buffer);
    expect([first.docs[0], first.tfs[large - 1]]).toEqual([0, 1]);
    startSearch();
    const next = field.list(6);
    expect(next.docs.buffer).toBe(first.docs.buffer);
    expect(next.tfs.buffer).toBe(first.tfs.buffer);
    expect([next.docs.length, next.docs[large - 1], next.tfs[0]]).toEqual([large, 6, 7]);
  });

  it('gives small lists arrays of their own size, and large ones arrays of a size class at most a quarter larger', () => {
    expect(pooledCapacity(POOL_FROM_POSTINGS - 1)).toBe(POOL_FROM_POSTINGS - 1);
    for (const n of [POOL_FROM_POSTINGS, 1_500, 4_097, 1_000_001]) {
      expect(pooledCapacity(n)).toBeGreaterThanOrEqual(n);
      expect(pooledCapacity(n)).toBeLessThanOrEqual(1.25 * n);
    }
    const field = pooledField(5);
    expect(field.list(0).docs.buffer.byteLength).toBe(20);
  });
});
