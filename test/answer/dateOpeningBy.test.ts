import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('a date the tagger read with the "by" opening its sentence', () => {
  const story = oneArticleStory('mill', 'Mill', 'By 1978 the Tolvik mill had stopped. By December 25 the Brask port was shut.');

  it('answers without "by", as a date after any other preposition is answered', () => {
    expect(answerQuestion(story, 'When had the Tolvik mill stopped?').answer?.text).toBe('1978');
    expect(answerQuestion(story, 'When was the Brask port shut?').answer?.text).toBe('December 25');
  });
});
