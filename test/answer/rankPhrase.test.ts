import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: two players ranked by a number. */
const story = oneArticleStory(
  'ranking',
  'Ranking',
  'Tova Lind is ranked number 228 in the world after the spring season. Sami Roe is the world No. 3 in doubles.',
);

describe('a rank asked for by "what position"', () => {
  it('is shown whole, its rank word with its figure, not the figure or the word alone', () => {
    expect(answerQuestion(story, 'What position is Tova Lind ranked?').answer?.text).toBe('number 228');
    expect(answerQuestion(story, 'What position is Sami Roe in doubles?').answer?.text).toBe('No. 3');
  });
});
