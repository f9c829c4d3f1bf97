import { afterEach, describe, expect, it } from 'vitest';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { queryOf } from './rankQuery.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented article whose topic ("the Ostwick ferry") fills most sentences; one long sentence tells what was asked. */
const story = oneArticleStory(
  'ferry',
  'Town news',
  [
    'The Ostwick ferry crew painted the Ostwick ferry hull in May.',
    'The Ostwick ferry carried forty riders on its first crossing.',
    'Ostwick ferry tickets rose by a dollar.',
    'The ferry captain said the Ostwick ferry would keep sailing.',
    'In June a storm grounded the old boat on the reef beyond the long breakwater, and divers were called out from the village at dawn to look at the damage.',
    'Bakers sold bread at the market.',
    'The library opened a reading room.',
    'Gardeners planted roses along the river.',
    'The choir sang at the town hall.',
    'A new bridge spans the canal.',
  ].join(' '),
);

const weights = RANKING as { contrast: number };
const saved = { ...weights };
afterEach(() => Object.assign(weights, saved));

const first = (question: string) => rankSentences(story, queryOf(question))[0]!.sentence.text;

describe("the ranker's contrastive coverage", () => {
  const question = 'Where was the Ostwick ferry grounded?';
  it('weighs the word that sets one candidate apart over the words most candidates share', () => {
    expect(first(question)).toMatch(/grounded/);
  });
  it('is what lifts that sentence: with plain coverage the sentence repeating the topic leads', () => {
    weights.contrast = 0;
    expect(first(question)).not.toMatch(/grounded/);
  });
  it('leaves the coverage reported with each sentence the plain one', () => {
    const on = rankSentences(story, queryOf(question)).map((r) => [r.sentence.id, r.coverage]);
    weights.contrast = 0;
    const off = new Map(rankSentences(story, queryOf(question)).map((r) => [r.sentence.id, r.coverage]));
    for (const [id, coverage] of on) expect(coverage).toBe(off.get(id as number));
  });
});
