import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingBuilder } from '../../src/search/postingBuilder.js';
import type { PostingTable } from '../../src/search/postingTable.js';
import { BM25 } from '../../src/search/sentenceIndex.js';
import {
  PASSAGE_PRUNE_FROM_POSTINGS,
  queryLists,
  scoreDocument,
  scoredKey,
  type TopOptions,
  topDocuments,
} from '../../src/search/topDocuments.js';

/** Invented words; low numbers are drawn far more often (a Zipf-like spread, so lists differ in length). */
const WORDS = Array.from(
  { length: 40 },
  (_, i) => `${['mar', 'tol', 'kesh', 'vin', 'dro'][i % 5]}${['a', 'u', 'en', 'ik'][Math.floor(i / 5) % 4]}${Math.floor(i / 20) || ''}`,
);

/** A table of invented sentences in articles (groups) of 1 to 6, each article with a one-word headline. */
function tableOf(sentences: number[][], groupSize: number): PostingTable {
  const builder = new PostingBuilder({ field: 'context', of: 'text' });
  sentences.forEach((words, id) => {
    const group = Math.floor(id / groupSize);
    builder.add({ id, text: words.map((w) => WORDS[w]).join(' '), context: '', title: WORDS[group % WORDS.length]! }, group);
  });
  return builder.finish();
}

const zipf = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Math.floor(WORDS.length * x ** 3));
const corpus = fc.record({
  sentences: fc.array(fc.array(zipf, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 400 }),
  groupSize: fc.integer({ min: 1, max: 6 }),
});
const question = fc.uniqueArray(zipf, { minLength: 1, maxLength: 9 });

describe('topDocuments', () => {
  it('gives exactly the exhaustive walk’s top k (documents, order of ties, scores) on random invented corpora', () => {
    fc.assert(
      fc.property(
        corpus,
        fc.array(question, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 50 }),
        fc.boolean(),
        fc.boolean(),
        ({ sentences, groupSize }, questions, limit, boosted, sentenceScoring) => {
          const table = tableOf(sentences, groupSize);
          for (const q of questions) {
            const terms = q.map((w) => WORDS[w]!);
            const options: TopOptions = {
              limit,
              termBoosts: boosted ? new Map(terms.map((t, i) => [t, 0.4 + ((i * 7) % 5) / 2])) : undefined,
              fieldBoosts: sentenceScoring ? [1, 0.1, 0.15] : [1, 1, 1],
              ...BM25,
              sentenceScoring,
            };
            const walked = topDocuments(table, terms, { ...options, pruneFrom: Infinity });
            expect(topDocuments(table, terms, { ...options, pruneFrom: 0 })).toEqual(walked);
          }
        },
      ),
      { numRuns: 150, seed: 12 },
    );
  });

  it('reads fewer postings than the query has once the k-th best outscores the rare words', () => {
    // One rare word in a few sentences, a common one everywhere: after the first documents, the common
    // word's lists alone cannot reach the top 3, so most of its postings are never read.
    const sentences = Array.from({ length: 600 }, (_, i) => (i % 97 === 0 ? [30, 31, 0] : [0, 1 + (i % 5)]));
    const table = tableOf(sentences, 4);
    const stats = { walked: 0, total: 0 };
    const options: TopOptions = { limit: 3, fieldBoosts: [1, 0.1, 0.15], ...BM25, sentenceScoring: true, pruneFrom: 0, stats };
    const top = topDocuments(table, [WORDS[30]!, WORDS[31]!, WORDS[0]!], options);
    expect(top.map((t) => t.doc)).toEqual([0, 97, 194]);
    expect(stats.walked).toBeLessThan(stats.total / 2);
  });

  it('prunes passage searches by default from PASSAGE_PRUNE_FROM_POSTINGS postings, and counts the postings a sentence search reads', () => {
    // A common word in every sentence and a rare pair in a few: enough postings for the passage default to prune.
    const size = PASSAGE_PRUNE_FROM_POSTINGS + 200;
    const sentences = Array.from({ length: size }, (_, i) => (i % 97 === 0 ? [30, 31, 0] : [0, 1 + (i % 5)]));
    const table = tableOf(sentences, 4);
    const terms = [WORDS[30]!, WORDS[31]!, WORDS[0]!];
    const passages = { walked: 0, total: 0 };
    const passageOptions: TopOptions = { limit: 1, fieldBoosts: [1, 1, 1], ...BM25, sentenceScoring: false };
    const best = topDocuments(table, terms, { ...passageOptions, stats: passages });
    expect(best).toEqual(topDocuments(table, terms, { ...passageOptions, pruneFrom: Infinity }));
    expect(passages.total).toBeGreaterThanOrEqual(PASSAGE_PRUNE_FROM_POSTINGS);
    expect(passages.walked).toBeLessThan(passages.total / 2);
    const sentenceSearch = { walked: 0, total: 0 };
    topDocuments(table, terms, { limit: 3, fieldBoosts: [1, 0.1, 0.15], ...BM25, sentenceScoring: true, stats: sentenceSearch });
    // The rare pair is in every bound block here, so the blocked walk reads every posting (see blockedWalk's tests).
    expect(sentenceSearch.walked).toBe(sentenceSearch.total);
  });

  it('searches lists the caller fetched once exactly as it searches its own fetch', () => {
    const sentences = Array.from({ length: 300 }, (_, i) => (i % 13 === 0 ? [7, 8, 0] : [0, 1 + (i % 4)]));
    const table = tableOf(sentences, 3);
    const terms = [WORDS[7]!, WORDS[8]!, WORDS[0]!];
    const o: TopOptions = { limit: 5, fieldBoosts: [1, 1, 1], ...BM25, sentenceScoring: false, pruneFrom: 0 };
    const lists = queryLists(table, terms);
    const given = topDocuments(table, terms, o, lists);
    expect(given).toEqual(topDocuments(table, terms, o));
    expect(given).toHaveLength(5);
    // The same lists still serve each hit's own score afterwards (what searchSentences reads them again for).
    for (const hit of given) expect(scoreDocument(table, terms, hit.doc, o, lists)).toBe(hit.score);
  });

  it('scores one document as the search does and leaves its first-touch key in scoredKey', () => {
    // Sentence 0 holds only the second query word, sentence 1 both; the title field holds neither.
    const table = tableOf([[3], [2, 3], [4]], 1);
    const terms = [WORDS[2]!, WORDS[3]!];
    const o: TopOptions = { limit: 3, fieldBoosts: [1, 0.1, 0.15], ...BM25, sentenceScoring: true };
    const top = topDocuments(table, terms, o);
    const fields = table.fields.length;
    for (const hit of top) expect(scoreDocument(table, terms, hit.doc, o)).toBe(hit.score);
    expect(scoreDocument(table, terms, 0, o)).toBeGreaterThan(0);
    expect(scoredKey).toBe(1 * fields + 0);
    expect(scoreDocument(table, terms, 1, o)).toBeGreaterThan(0);
    expect(scoredKey).toBe(0);
  });
});
