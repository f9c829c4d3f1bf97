import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_DOCUMENTS, blockedWalk, kthLargest } from '../../src/search/blockedWalk.js';
import { PostingBuilder } from '../../src/search/postingBuilder.js';
import type { PostingTable } from '../../src/search/postingTable.js';
import { BM25 } from '../../src/search/sentenceIndex.js';
import { queryLists, type TopOptions, topDocuments } from '../../src/search/topDocuments.js';

/** Invented words: low numbers far more often, so lists differ in length. */
const WORDS = Array.from(
  { length: 30 },
  (_, i) => `${['quel', 'daro', 'mivv', 'tesk', 'orup'][i % 5]}${['i', 'o', 'an'][Math.floor(i / 5) % 3]}${Math.floor(i / 15) || ''}`,
);

/** Invented sentences in articles of `groupSize`; sentence i's words are drawn from `pick(i)`. */
function tableOf(count: number, groupSize: number, pick: (i: number) => number[]): PostingTable {
  const builder = new PostingBuilder({ field: 'context', of: 'text' });
  for (let id = 0; id < count; id += 1) {
    const group = Math.floor(id / groupSize);
    builder.add(
      {
        id,
        text: pick(id)
          .map((w) => WORDS[w])
          .join(' '),
        context: '',
        title: WORDS[(group * 7) % WORDS.length]!,
      },
      group,
    );
  }
  return builder.finish();
}

/** A deterministic spread of word numbers (Zipf-like: low numbers most often). */
function spread(seed: number, n: number): number[] {
  const out: number[] = [];
  let x = seed * 2654435761;
  for (let i = 0; i < n; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(Math.floor(WORDS.length * (x / 2 ** 32) ** 3));
  }
  return out;
}

const options = (limit: number, sentenceScoring: boolean, boosted: readonly string[] = []): TopOptions => ({
  limit,
  termBoosts: boosted.length > 0 ? new Map(boosted.map((t, i) => [t, 0.5 + (i % 3)])) : undefined,
  fieldBoosts: sentenceScoring ? [1, 0.1, 0.15] : [1, 1, 1],
  ...BM25,
  sentenceScoring,
});

describe('blockedWalk', () => {
  it('gives the whole-table walk’s top k (documents, scores, order of ties) across several blocks', () => {
    // More documents than two blocks, sentences from one word to some long enough (300 words) to pass the
    // byte-sized lengths, and words repeated up to nine times in a sentence (past the tf table).
    const count = 2 * BLOCK_DOCUMENTS + 500;
    const table = tableOf(count, 5, (i) =>
      i % 1000 === 7 ? spread(i, 300) : i % 211 === 3 ? Array(9).fill(i % 4) : spread(i, 1 + (i % 11)),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: WORDS.length - 1 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        fc.boolean(),
        (q, limit, sentenceScoring, boosted) => {
          const terms = q.map((w) => WORDS[w]!);
          const o = options(limit, sentenceScoring, boosted ? terms : []);
          const reference = topDocuments(table, terms, { ...o, reference: true });
          expect(blockedWalk(table, terms, queryLists(table, terms), o)).toEqual(reference);
          expect(topDocuments(table, terms, o)).toEqual(reference);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it('gives each table its own top k when searches of two tables of different sizes take turns', () => {
    // The walk's lists and work arrays are reused from one search to the next: nothing of the search before may show.
    const large = tableOf(2 * BLOCK_DOCUMENTS + 100, 4, (i) => spread(i, 1 + (i % 7)));
    const small = tableOf(40, 3, (i) => spread(i + 5, 1 + (i % 5)));
    const queries = [[0, 1, 2, 3, 4, 5, 6, 7], [2], [1, 9, 4], [0], [3, 5, 8, 11, 2]].map((q) => q.map((w) => WORDS[w]!));
    for (const [i, terms] of queries.entries())
      for (const table of i % 2 === 0 ? [large, small] : [small, large]) {
        const o = options(10, i % 3 !== 1);
        expect(blockedWalk(table, terms, queryLists(table, terms), o)).toEqual(topDocuments(table, terms, { ...o, reference: true }));
      }
  });

  it('orders equal scores by first touch: the earlier query term, then the field, then the document', () => {
    // Every sentence alike: all scores tie, across blocks.
    const table = tableOf(BLOCK_DOCUMENTS + 50, 1, () => [1, 2]);
    const terms = [WORDS[2]!, WORDS[1]!];
    const o = options(5, true);
    expect(blockedWalk(table, terms, queryLists(table, terms), o)).toEqual(topDocuments(table, terms, { ...o, reference: true }));
  });

  it('passes over the blocks no list reaches, and still finds the documents after them', () => {
    // Rare words only near the start, in the middle of the fourth block and in the last document; every other sentence common words.
    const count = 4 * BLOCK_DOCUMENTS + 20;
    const late = 3 * BLOCK_DOCUMENTS + 1234;
    const rare = (i: number) => i < 20 || (i >= late && i < late + 15) || i === count - 1;
    const builder = new PostingBuilder({ field: 'context', of: 'text' });
    for (let id = 0; id < count; id += 1) {
      const words = rare(id) ? [20 + (id % 4), 24, id % 3] : spread(id, 4).map((w) => w % 4);
      builder.add({ id, text: words.map((w) => WORDS[w]).join(' '), context: '', title: WORDS[id % 4]! }, Math.floor(id / 3));
    }
    const table = builder.finish();
    for (const sentenceScoring of [true, false]) {
      for (const q of [[24], [20, 21, 22, 23], [22, 24, 1]]) {
        const terms = q.map((w) => WORDS[w]!);
        const o = options(40, sentenceScoring);
        const reference = topDocuments(table, terms, { ...o, reference: true });
        expect(reference.some((r) => r.doc >= late)).toBe(true);
        expect(blockedWalk(table, terms, queryLists(table, terms), o)).toEqual(reference);
      }
    }
  });

  it('passes over the blocks whose bound is below the k-th best, and still gives the whole-table walk’s top k', () => {
    // A rare pair in the first sentences only, common words everywhere: once the first block's sentences hold the
    // top k, no other block (the common words alone) can reach them, and their postings are not read.
    const count = 4 * BLOCK_DOCUMENTS;
    const builder = new PostingBuilder({ field: 'context', of: 'text' });
    for (let id = 0; id < count; id += 1) {
      const words = id < 30 ? [24, 25, id % 3] : [id % 3, 3 + (id % 4)];
      builder.add({ id, text: words.map((w) => WORDS[w]).join(' '), context: '', title: WORDS[10 + (id % 2)]! }, Math.floor(id / 3));
    }
    const table = builder.finish();
    for (const sentenceScoring of [true, false]) {
      const terms = [WORDS[24]!, WORDS[25]!, WORDS[0]!, WORDS[1]!];
      const o = options(10, sentenceScoring);
      const reference = topDocuments(table, terms, { ...o, reference: true });
      const stats = { walked: 0, total: 0 };
      expect(topDocuments(table, terms, { ...o, stats })).toEqual(reference);
      expect(stats.walked).toBeLessThan(stats.total / 10);
    }
  });

  /** Four blocks of sentences holding one of six common words each, and 30 rare sentences holding three rarer words. */
  function sixCommonWords() {
    const count = 4 * BLOCK_DOCUMENTS;
    const builder = new PostingBuilder({ field: 'context', of: 'text' });
    for (let id = 0; id < count; id += 1) {
      const words = id < 30 ? [24, 25, 26] : [id % 6];
      builder.add({ id, text: words.map((w) => WORDS[w]).join(' '), context: '', title: WORDS[10]! }, id);
    }
    const table = builder.finish();
    const terms = [24, 25, 26, 0, 1, 2, 3, 4, 5].map((w) => WORDS[w]!);
    const o = options(10, true);
    const reference = topDocuments(table, terms, { ...o, reference: true });
    return { table, terms, o, reference };
  }

  it('passes over a due block when none of its documents can reach the k-th best, and still gives the whole-table walk’s top k', () => {
    // Six common words, each sentence holding one: a block holds all six, so its bound (six terms at their best, times
    // six) reaches the rare sentences' scores, but no sentence of it holds more than one word, and each one's own
    // bound is far below. Only the screen (each document's terms times its lists' bests) passes over those blocks.
    const { table, terms, o, reference } = sixCommonWords();
    const stats = { walked: 0, total: 0 };
    expect(topDocuments(table, terms, { ...o, stats })).toEqual(reference);
    expect(reference.every((r) => r.doc < 30)).toBe(true);
    expect(stats.walked).toBeLessThan(stats.total / 10);
  });

  it('passes over a due block from the lists’ summaries alone when no document there holds enough of the terms', () => {
    // As above (six common words, one a sentence), but the block is passed over before the screen reads its postings:
    // the summaries' documents show that no sentence there holds more than one of the query's terms.
    const { table, terms, o, reference } = sixCommonWords();
    const stats = { walked: 0, total: 0, screened: 0 };
    expect(topDocuments(table, terms, { ...o, stats })).toEqual(reference);
    expect(stats.walked + stats.screened).toBeLessThan(stats.total / 10);
  });

  it('finds the k-th largest of values as sorting them would', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 200 }), fc.nat(), (xs, pick) => {
        const k = 1 + (pick % xs.length);
        const sorted = Float64Array.from(xs).sort();
        expect(kthLargest(Float64Array.from(xs), xs.length, k)).toBe(sorted[xs.length - k]);
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('keeps a list’s block summary with the list, made once', () => {
    const table = tableOf(3 * BLOCK_DOCUMENTS, 4, (i) => spread(i, 1 + (i % 5)));
    const t = table.termNumbers.get(WORDS[0]!)!;
    expect(table.fields[0]!.list(t)).toBe(table.fields[0]!.list(t));
  });
});
