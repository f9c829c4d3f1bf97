import { afterEach, describe, expect, it } from 'vitest';
import {
  aroundShares,
  matchWindow,
  questionNames,
  RANK_FEATURES,
  rankFeatures,
  rankWeightsOf,
  useRankModel,
  type RankFacts,
} from '../../src/answer/rankModel.js';
import { observeRanking, rankSentences } from '../../src/answer/rankSentences.js';
import type { StorySentence } from '../../src/story/story.js';
import { termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const story = oneArticleStory(
  'harbour',
  'Harbour news',
  'The ferry company opened a new terminal on the north quay.\n\n' +
    'Passengers praised the terminal and the ferry crews, and the harbour master thanked the company.\n\n' +
    'The ferry left the old quay at dawn on Tuesday.',
);

const facts: RankFacts = {
  hand: 2,
  share: 0.5,
  rank: 3,
  coverage: 0.6,
  paraphrase: 0.2,
  missingIdf: 0.4,
  pairs: 5,
  window: 0.5,
  compact: 1,
  names: -1,
  typed: true,
  kind: 'date',
  passage: 0.7,
  day: false,
  length: 12,
  index: 1,
  paragraph: 2,
  neighbourOnly: 0.1,
  headline: 0.3,
};

const feature = (x: number[], name: string) => x[RANK_FEATURES.indexOf(name)];

describe('rankFeatures', () => {
  it('puts the rank in its bucket, caps word pairs and conjoins the answer kind', () => {
    const x = rankFeatures(facts);
    expect(x).toHaveLength(RANK_FEATURES.length);
    expect(feature(x, 'rank2to4')).toBe(1);
    expect(feature(x, 'rank0')).toBe(0);
    expect(feature(x, 'pairs')).toBe(3);
    expect(feature(x, 'typed×date')).toBe(1);
    expect(feature(x, 'typed×person')).toBe(0);
    expect(feature(x, 'lead')).toBe(1);
    expect(feature(x, 'allCovered')).toBe(0);
  });
  it('leaves the name features at 0 when the question names nothing, and marks a sentence that lacks its names', () => {
    expect(feature(rankFeatures(facts), 'namesMissing')).toBe(0);
    expect(feature(rankFeatures({ ...facts, names: 0 }), 'namesMissing')).toBe(1);
  });
});

describe('matchWindow', () => {
  it('finds the smallest stretch holding every matched question term', () => {
    const weights = new Map([
      ['ferri', 1],
      ['quay', 1],
      ['dawn', 1],
    ]);
    // "ferri … quay" at 0–4 and again at 5–6: the second stretch is the smallest.
    expect(matchWindow(['ferri', 'x', 'y', 'z', 'quay', 'ferri', 'quay', 'w'], weights)).toEqual({ window: 2 / 8, compact: 1 });
    expect(matchWindow(['x', 'y'], weights)).toEqual({ window: 1, compact: 0 });
  });
});

describe('questionNames and aroundShares', () => {
  const read = story.sentences.map((sentence) => {
    const words = termsOf(sentence.text);
    return { sentence, words, present: new Set(words) };
  });
  it('reads as names the question terms the candidates write capitalised inside a sentence', () => {
    const weights = new Map([
      ['tuesday', 1],
      ['ferri', 1],
    ]);
    expect([...questionNames(read, weights)]).toEqual(['tuesday']);
  });
  it('shares out the question terms held only by a neighbour, and those of the headline', () => {
    const weights = new Map([
      ['termin', 1],
      ['harbour', 1],
      ['dawn', 2],
    ]);
    const last = read[2]!;
    expect(aroundShares(story, last.sentence, weights, last.present, 4)).toEqual({ neighbourOnly: 0.5, headline: 0.25 });
  });
});

describe('rankWeightsOf', () => {
  it('lays weights out by feature name and drops names it does not know', () => {
    const w = rankWeightsOf({ features: ['coverage', 'no such feature'], weights: [2, 5] })!;
    expect(w[RANK_FEATURES.indexOf('coverage')]).toBe(2);
    expect([...w].reduce((a, b) => a + b, 0)).toBe(2);
  });
  it('refuses a model whose lists differ in length', () => {
    expect(rankWeightsOf({ features: ['coverage'], weights: [] })).toBeNull();
  });
});

describe('the learned ranking', () => {
  afterEach(() => {
    useRankModel(undefined);
    observeRanking(undefined);
  });
  const query = { terms: ['ferri', 'quay'], kind: 'other' as const, text: 'the ferry and the quay' };

  it('hands every candidate and its features to an observer, the hand score among them', () => {
    let seen: { sentence: StorySentence; features: number[] }[] = [];
    observeRanking((c) => {
      seen = c;
    });
    const ranked = rankSentences(story, query);
    expect(seen).toHaveLength(ranked.length);
    for (const c of seen) {
      expect(c.features).toHaveLength(RANK_FEATURES.length);
      const r = ranked.find((x) => x.sentence.id === c.sentence.id)!;
      expect(feature(c.features, 'hand')).toBeCloseTo(r.score, 9);
    }
  });
  it('orders by a given model, its scores the odds against the best', () => {
    // A model that only rewards long sentences puts the longest one first, whatever the hand score says.
    useRankModel({ features: ['logLength'], weights: [10] });
    const ranked = rankSentences(story, query);
    expect(ranked[0]!.sentence.text).toMatch(/^Passengers praised/);
    expect(ranked[0]!.score).toBe(1);
    expect(ranked.every((r) => r.score > 0 && r.score <= 1)).toBe(true);
  });
});
