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
    'The Ostwick ferry carried 40 lambs across the bay on Friday. The ferry carried lambs and hay to Brisk after the storm in 1881. Bakers sold bread at the market.',
  );
  const question = { ...queryOf('How many lambs did the Ostwick ferry carry?'), kind: 'number' as const, counted: ['lamb'] };
  const rankedOf = (pattern: RegExp, q = question) => rankSentences(story, q).find((r) => pattern.test(r.sentence.text))!;

  it('lifts a sentence where a figure counts the asked noun, by RANKING.countedFigure at most, and not one with a figure elsewhere', () => {
    const counting = rankedOf(/^The Ostwick ferry/).score;
    const elsewhere = rankedOf(/^The ferry carried lambs/).score;
    weights.countedFigure = 0;
    const gain = counting - rankedOf(/^The Ostwick ferry/).score;
    expect(gain).toBeGreaterThan(0);
    expect(gain).toBeLessThanOrEqual(saved.countedFigure);
    expect(rankedOf(/^The ferry carried lambs/).score).toBeCloseTo(elsewhere, 9);
  });

  it('leaves the bonus out of the score the refusal reads (lent), and reads no counted noun for other questions', () => {
    const counting = rankedOf(/^The Ostwick ferry/);
    const plain = rankedOf(/^The Ostwick ferry/, { ...question, counted: [] });
    expect(counting.score - plain.score).toBeGreaterThan(0);
    expect(counting.lent! - (plain.lent ?? 0)).toBeCloseTo(counting.score - plain.score, 9);
  });

  it('lifts a sentence holding little else of the question by less: the bonus goes with its coverage', () => {
    const thin = oneArticleStory(
      'ferry',
      'Ostwick ferry',
      'It took 40 lambs. The Ostwick ferry carried hay to Brisk. Bakers sold bread at the market.',
    );
    const thinGain =
      rankSentences(thin, question).find((r) => /^It took/.test(r.sentence.text))!.score -
      rankSentences(thin, { ...question, counted: [] }).find((r) => /^It took/.test(r.sentence.text))!.score;
    const fullGain = rankedOf(/^The Ostwick ferry/).score - rankedOf(/^The Ostwick ferry/, { ...question, counted: [] }).score;
    expect(thinGain).toBeGreaterThan(0);
    expect(thinGain).toBeLessThan(fullGain);
  });
});
