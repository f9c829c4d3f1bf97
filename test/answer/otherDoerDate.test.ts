import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const storyOf = (body: string) => oneArticleStory('one', 'One', body);

describe('a date of the question’s verb done by another named doer', () => {
  it('is no choice where the sentence gives another date', () => {
    const story = storyOf('Mara Dunn rowed for Orrin in 1961; her cousin Ivo Tarnel first rowed for Orrin in 1958.');
    expect(answerQuestion(story, 'When did Ivo Tarnel row for Orrin?').answer?.text).toBe('1958');
  });
});
