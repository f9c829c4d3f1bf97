import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story whose only noun phrase beside the question's words names the people of a place. */
const story = oneArticleStory('farms', 'Farms', 'The first farms were built by Swedes.');

describe('a where-question with no name of a place to answer it', () => {
  it('is not answered by the people of a place as a last-resort noun phrase', () => {
    expect(answerQuestion(story, 'Where were the first farms built?').answer?.text).not.toBe('Swedes');
  });
});
