import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('a day or month written with a capital', () => {
  const story = oneArticleStory(
    'ferry',
    'Ferry',
    'The open day for the new ferry was moved to Tuesday, at the old boathouse of Tolvik. Crowds came early.',
  );

  it('is no name a where-question is answered by', () => {
    expect(answerQuestion(story, 'Where was the open day for the new ferry held?').answer?.text).toBe('Tolvik');
  });
});
