import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BM25,
  INDEX_OPTIONS,
  searchSentences,
  SentenceIndex,
  slowSearch,
  slowSearchWarned,
  type Passages,
} from '../../src/search/sentenceIndex.js';
import { termsOf, words as wordsOf } from '../../src/search/terms.js';
import { topDocuments } from '../../src/search/topDocuments.js';
import type { IndexedDoc } from '../../src/story/story.js';

/** A deterministic pseudo-random source (mulberry32), so the invented corpus is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Invented words: a few very common, many rare (a Zipf-like spread, as in real text). */
const VOCABULARY = Array.from(
  { length: 600 },
  (_, i) =>
    `${['tor', 'mel', 'vask', 'quin', 'bral', 'dusk', 'fen', 'grob'][i % 8]}${['a', 'o', 'ix', 'und', 'ell'][Math.floor(i / 8) % 5]}${Math.floor(i / 40) || ''}`,
);

function sentenceOf(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(VOCABULARY[Math.floor(VOCABULARY.length * next() ** 3)]!);
  return `${out.join(' ')}.`;
}

/** 4,000 invented sentences in paragraphs of 4, every 50th repeated verbatim later (exact score ties). */
function inventedDocs(): { docs: IndexedDoc[]; passages: Passages } {
  const next = random(7);
  const texts: string[] = [];
  for (let i = 0; i < 4000; i += 1) texts.push(i % 50 === 49 ? texts[i - 40]! : sentenceOf(next, 6 + Math.floor(next() * 14)));
  const docs = texts.map((text, id) => ({
    id,
    text,
    context: [texts[id - 1], texts[id + 1]].filter(Boolean).join(' '),
    title: `Report ${Math.floor(id / 200)}`,
  }));
  const ofSentence = new Int32Array(texts.length).map((_, i) => Math.floor(i / 4));
  return { docs, passages: { ofSentence, count: Math.ceil(texts.length / 4) } };
}

let docs: IndexedDoc[];
let passages: Passages;
let index: SentenceIndex;
let queries: string[][];
beforeAll(() => {
  ({ docs, passages } = inventedDocs());
  index = new SentenceIndex();
  index.addAll(docs);
  index.freeze();
  const next = random(11);
  queries = Array.from({ length: 150 }, () => [...new Set(termsOf(sentenceOf(next, 2 + Math.floor(next() * 8))))]);
});

describe('searchSentences on a frozen SentenceIndex', () => {
  it('returns exactly MiniSearch.search’s top 40 — ids, order (ties included) and scores', () => {
    for (const terms of queries) expect(searchSentences(index, terms, { limit: 40 })).toEqual(slowSearch(index, terms, { limit: 40 }));
  });

  it('prunes to exactly the exhaustive walk’s results, for every k', () => {
    const table = index.postings();
    let skipped = 0;
    for (const terms of queries) {
      for (const limit of [1, 5, 40]) {
        const options = { limit, fieldBoosts: [1, 0.1, 0.15], ...BM25, sentenceScoring: true };
        const walked = topDocuments(table, terms, { ...options, pruneFrom: Infinity });
        const stats = { walked: 0, total: 0 };
        expect(topDocuments(table, terms, { ...options, pruneFrom: 0, stats })).toEqual(walked);
        if (stats.walked < stats.total) skipped += 1;
      }
    }
    // Pruning did leave posting lists unwalked (else this would not test it).
    expect(skipped).toBeGreaterThan(100);
  });

  it('keeps MiniSearch’s results with term boosts and other BM25 parameters', () => {
    for (const terms of queries.slice(0, 40)) {
      const termBoosts = new Map(terms.map((t, i) => [t, 0.5 + i / 3]));
      const options = { limit: 10, termBoosts, bm25: { k: 1.5, b: 0.6, d: 0.3 } };
      expect(searchSentences(index, terms, options)).toEqual(slowSearch(index, terms, options));
    }
  });

  it('gives each hit its passage’s BM25 as a share of the best passage’s, as computed directly', () => {
    const { k, b, d } = BM25;
    // Direct computation: each passage's text terms, BM25 over passages; a passage's length is the sum of
    // its sentences' lengths as MiniSearch counts them (distinct words).
    const tfs = new Map<number, Map<string, number>>();
    const length = new Map<number, number>();
    for (const doc of docs) {
      const p = passages.ofSentence[doc.id]!;
      const counts = tfs.get(p) ?? new Map<string, number>();
      for (const t of termsOf(doc.text)) counts.set(t, (counts.get(t) ?? 0) + 1);
      tfs.set(p, counts);
      length.set(p, (length.get(p) ?? 0) + new Set(wordsOf(doc.text)).size);
    }
    const df = new Map<string, number>();
    for (const counts of tfs.values()) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const avg = [...length.values()].reduce((a, x) => a + x, 0) / length.size;
    for (const terms of queries.slice(0, 30)) {
      const hits = searchSentences(index, terms, { limit: 10, passages });
      const score = (p: number) =>
        terms.reduce((sum, t) => {
          const tf = tfs.get(p)!.get(t) ?? 0;
          if (tf === 0) return sum;
          const idf = Math.log(1 + (tfs.size - df.get(t)! + 0.5) / (df.get(t)! + 0.5));
          return sum + idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length.get(p)!) / avg)));
        }, 0);
      const best = Math.max(...[...tfs.keys()].map(score));
      for (const hit of hits) expect(hit.passage).toBeCloseTo(score(passages.ofSentence[hit.id]!) / best, 9);
    }
  });

  it('takes the fast path on a SentenceIndex, silently', () => {
    slowSearchWarned(true);
    const hits = searchSentences(index, queries[0]!, { limit: 5, passages });
    expect(hits[0]?.passage).toBeGreaterThan(0);
    expect(slowSearchWarned()).toBe(false);
  });

  it('falls back to MiniSearch.search for a plain MiniSearch, and warns once', async () => {
    slowSearchWarned(true);
    const plain = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
    plain.addAll(docs.slice(0, 50));
    const warnings: Error[] = [];
    const listen = (w: Error) => warnings.push(w);
    process.on('warning', listen);
    const hits = searchSentences(plain, queries[0]!, { limit: 5 });
    searchSentences(plain, queries[1]!, { limit: 5 });
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', listen);
    expect(hits).toEqual(slowSearch(plain, queries[0]!, { limit: 5 }));
    expect(warnings.map((w) => (w as Error & { code?: string }).code)).toEqual(['STORYBOT_SLOW_SEARCH']);
  });
});

describe('SentenceIndex', () => {
  it('after freezing, still answers MiniSearch’s own search and can be added to', () => {
    const small = new SentenceIndex();
    small.addAll(docs.slice(0, 100));
    const before = small.search('torá mela');
    small.freeze();
    expect(small.search('torá mela')).toEqual(before);
    small.add(docs[100]!);
    expect(small.documentCount).toBe(101);
    expect(searchSentences(small, termsOf(docs[100]!.text), { limit: 101 }).map((h) => h.id)).toContain(100);
  });

  it('is rebuilt from its posting table with the same results', () => {
    const copy = SentenceIndex.fromPostings(index.postings());
    for (const terms of queries.slice(0, 20))
      expect(copy.search(terms.join(' '), { tokenize: (s) => s.split(' '), processTerm: (t) => t })).toEqual(
        index.search(terms.join(' '), { tokenize: (s) => s.split(' '), processTerm: (t) => t }),
      );
  });
});

describe('SentenceIndex after a removal', () => {
  it('falls back to MiniSearch.search with a warning instead of failing', async () => {
    slowSearchWarned(true);
    const small = new SentenceIndex();
    small.addAll(docs.slice(0, 30));
    small.discard(3);
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    const terms = termsOf(docs[4]!.text);
    // (MiniSearch cleans up a discarded document's postings during a search, so compare ids, not scores.)
    const ids = (hits: { id: number }[]) => hits.map((h) => h.id);
    expect(ids(searchSentences(small, terms, { limit: 5 }))).toEqual(ids(slowSearch(small, terms, { limit: 5 })));
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', listen);
    expect(warnings).toEqual([
      'sentenceIndex: the story index has had documents removed; searching through MiniSearch.search, slower and without passage scores',
    ]);
  });
});
