import { describe, expect, it } from 'vitest';
import { LAZY_CACHE_POSTINGS, LazyField, type PostingTable, warmPostings } from '../../src/search/postingTable.js';

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
