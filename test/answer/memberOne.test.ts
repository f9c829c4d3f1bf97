import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('"one of …" is no amount', () => {
  const story = oneArticleStory(
    'markets',
    'Markets',
    'The Tolvik index was one of few markets to climb today: it finished up 7.42%, well above 3,000 points. Traders in Port Alder were cheerful.',
  );

  it('answers "how much" with the figure of the change, not the "one" of "one of few markets"', () => {
    expect(answerQuestion(story, 'How much did the Tolvik index gain today?').answer?.text).toBe('7.42%');
  });
});
