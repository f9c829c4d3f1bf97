import { afterEach, describe, expect, it } from 'vitest';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { queryOf } from './rankQuery.js';

describe('the ranker and the figure a how-many question counts', () => {
  const weights = RANKING as { countedFigure: number };
  const saved = { ...weights };
  afterEach(() => Object.assign(weights, saved));

  const story = oneArticleStory(
    'ferry',
    'Ostwick ferry',
    'The Ostwick ferry carried 40 lambs across the bay on Friday. The ferry carried lambs and hay to Brisk after the storm in 1881.',
  );
  const question = { ...queryOf('How many lambs did the ferry carry?'), kind: 'number' as const, counted: ['lamb'] };
  const scoreOf = (pattern: RegExp) => rankSentences(story, question).find((r) => pattern.test(r.sentence.text))!.score;

  it('lifts a sentence where a figure counts the asked noun by RANKING.countedFigure, and not one with a figure elsewhere', () => {
    const counting = scoreOf(/^The Ostwick ferry/);
    const elsewhere = scoreOf(/^The ferry carried lambs/);
    weights.countedFigure = 0;
    expect(counting - scoreOf(/^The Ostwick ferry/)).toBeCloseTo(saved.countedFigure, 9);
    expect(scoreOf(/^The ferry carried lambs/)).toBeCloseTo(elsewhere, 9);
  });

  it('leaves the bonus out of the score the refusal reads (lent), and reads no counted noun for other questions', () => {
    const counting = rankSentences(story, question).find((r) => /^The Ostwick ferry/.test(r.sentence.text))!;
    expect(counting.lent).toBeGreaterThanOrEqual(RANKING.countedFigure);
    const plain = rankSentences(story, { ...question, counted: [] }).find((r) => /^The Ostwick ferry/.test(r.sentence.text))!;
    expect(counting.score - plain.score).toBeCloseTo(RANKING.countedFigure, 9);
  });
});
