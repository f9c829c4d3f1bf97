import { afterEach, describe, expect, it } from 'vitest';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { queryOf } from './rankQuery.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented harbour report: a person named in full once, then by her surname alone. */
const story = oneArticleStory(
  'harbour',
  'Harbour week',
  [
    'Ilsa Varden runs the ferry between the two ports.',
    'The harbour master counted forty boats on Monday.',
    'Varden sailed to the lighthouse island at dawn on Tuesday.',
    'A storm closed the harbour for the rest of the week.',
  ].join(' '),
);

const weights = RANKING as { canonicalNames: boolean };
const saved = { ...weights };
afterEach(() => Object.assign(weights, saved));

const coverageOf = (question: string, pattern: RegExp) =>
  rankSentences(story, queryOf(question)).find((r) => pattern.test(r.sentence.text))?.coverage ?? 0;

describe('a person named by surname holds the words of their full name', () => {
  const question = 'When did Ilsa Varden sail to the island?';
  it('covers the whole question with the surname alone', () => {
    expect(coverageOf(question, /^Varden sailed/)).toBeCloseTo(1, 5);
  });
  it('is what covers it: without the full names, the given name is missing', () => {
    weights.canonicalNames = false;
    expect(coverageOf(question, /^Varden sailed/)).toBeLessThan(0.9);
  });
});
