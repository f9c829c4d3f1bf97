import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('a when-question whose best excerpt tells the time by another event', () => {
  const story = oneArticleStory(
    'ferry',
    'Ferry',
    'The Brell ferry stopped running across the Osk estuary after the great storm. A new ferry office opened in 1921.',
  );

  it('answers with that event, not a date a much weaker excerpt writes', () => {
    expect(answerQuestion(story, 'When did the Brell ferry stop running across the Osk estuary?').answer?.text).toBe(
      'after the great storm',
    );
  });
});
