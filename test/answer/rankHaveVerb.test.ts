import { afterEach, describe, expect, it } from 'vitest';
import { asksByHave, saysHave } from '../../src/answer/questionVerb.js';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { queryOf } from './rankQuery.js';
import { unkeptSentences } from '../fixtures/unkeptTokens.js';

const sentenceOf = (text: string) => ({ tokens: tagSentence(text).tokens }) as Parameters<typeof saysHave>[0];

describe('"have" as the main verb', () => {
  it('is asked by a question whose "have" is not a helper', () => {
    expect(asksByHave('How many wheels does the Tolly mill have?')).toBe(true);
    expect(asksByHave('Which guild had the most boats in Velden?')).toBe(true);
    expect(asksByHave('How many looms have been sold in Velden?')).toBe(false);
    expect(asksByHave('How many looms has the guild sold?')).toBe(false);
    expect(asksByHave('What did the guild have to pay?')).toBe(false);
    expect(asksByHave('When did the Tolly mill close?')).toBe(false);
  });

  it('is said by a sentence whose "have" is not a helper, read from the columns as from a token list', () => {
    const texts = ['The Tolly mill has three wheels.', 'The Tolly mill has been sold.', 'The mill had to close.', 'The mill closed.'];
    expect(texts.map((t) => saysHave(sentenceOf(t)))).toEqual([true, false, false, false]);
    const { rows, made } = unkeptSentences(texts);
    expect(rows.map((row) => saysHave(row as unknown as Parameters<typeof saysHave>[0]))).toEqual([true, false, false, false]);
    expect(made()).toBe(0);
  });
});

describe('the ranker and a question asking by "have"', () => {
  const weights = RANKING as { haveVerb: number };
  const saved = { ...weights };
  afterEach(() => Object.assign(weights, saved));

  // Longer than the ranker's candidates: the bonus reads only such stories.
  const filler = Array.from({ length: RANKING.candidates }, (_, i) => `Bakers sold bread at stall ${i + 1}.`).join(' ');
  const story = oneArticleStory(
    'mill',
    'Tolly mill',
    `The Tolly mill has three wheels. The wheels of the Tolly mill were painted in 1881. Bakers have carts at the Tolly market. ${filler}`,
  );
  const question = { ...queryOf('How many wheels does the Tolly mill have?'), have: true as const };
  const scoreOf = (pattern: RegExp, have = true) =>
    rankSentences(story, have ? question : queryOf('How many wheels does the Tolly mill have?')).find((r) => pattern.test(r.sentence.text))!
      .score;

  it('lifts a sentence saying "have" by RANKING.haveVerb, and not one without it, leaving the bonus out of refusal’s score', () => {
    const says = scoreOf(/^The Tolly mill has/);
    expect(says - scoreOf(/^The Tolly mill has/, false)).toBeCloseTo(RANKING.haveVerb, 9);
    expect(scoreOf(/^The wheels/)).toBeCloseTo(scoreOf(/^The wheels/, false), 9);
    const lent = rankSentences(story, question).find((r) => /^The Tolly mill has/.test(r.sentence.text))!.lent;
    expect(lent).toBeGreaterThanOrEqual(RANKING.haveVerb);
    weights.haveVerb = 0;
    expect(scoreOf(/^The Tolly mill has/)).toBeCloseTo(says - saved.haveVerb, 9);
  });

  it('lifts a sentence holding little else of the question by little: the bonus goes with its coverage squared', () => {
    const gain = scoreOf(/^Bakers have carts/) - scoreOf(/^Bakers have carts/, false);
    expect(gain).toBeGreaterThan(0);
    expect(gain).toBeLessThan(RANKING.haveVerb / 4);
  });

  it('reads no story of fewer sentences than the candidates', () => {
    const short = oneArticleStory(
      'mill',
      'Tolly mill',
      'The Tolly mill has three wheels. The wheels of the Tolly mill were painted in 1881.',
    );
    const lifted = rankSentences(short, question)[0]!.score;
    expect(lifted).toBeCloseTo(rankSentences(short, queryOf('How many wheels does the Tolly mill have?'))[0]!.score, 9);
  });
});
