import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { multipliers } from '../../src/answer/multipliers.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: how much a harbour's catch grew and how often a fair is held. */
const story = oneArticleStory(
  'catch',
  'Catch',
  'After the new breakwater opened, the herring catch at Pellow Bay grew sevenfold within a decade. ' +
    'The Pellow wool fair is held twice a year on the quay.',
);

const short = (question: string) => answerQuestion(story, question).answer?.text;

describe('a how-much or how-many-times question', () => {
  it('is answered by the multiplier the excerpt gives', () => {
    expect(short('How much did the herring catch at Pellow Bay grow?')).toBe('sevenfold');
    expect(short('How many times a year is the Pellow wool fair held?')).toBe('twice');
  });
});

describe('multipliers', () => {
  it('finds the words and figures that tell how many times as much', () => {
    const s = oneArticleStory('m', 'M', 'It ate three times its weight, twice the usual, a 10-fold rise.').sentences[0]!;
    expect(multipliers(s).map((m) => m.text)).toEqual(['three times', 'twice', '10-fold']);
  });
});
