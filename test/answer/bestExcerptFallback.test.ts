import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('a best excerpt that offers no name of the type asked', () => {
  const story = oneArticleStory(
    'floods',
    'Floods',
    'The spring floods of the Tamsel river come from the high ice fields. Each year the Orvella Growers Union loses some crops to the floods.',
  );

  it('answers with its own phrase, not a name a much weaker excerpt writes', () => {
    expect(answerQuestion(story, 'What area do the spring floods of the Tamsel river come from?').answer?.text).toBe('high ice fields');
    expect(answerQuestion(story, 'What area feeds the spring floods of the Tamsel river?').answer?.text).toBe('high ice fields');
  });
});
