import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented tower opened on a full date. */
const story = oneArticleStory(
  'tower',
  'Tower',
  'The Vellmark signal tower was opened on 4 March 1931 by the harbour board. It was rebuilt after a storm.',
);

describe('"what year" questions', () => {
  it('answer with the year of the date the story gives', () => {
    expect(answerQuestion(story, 'What year was the signal tower opened?').answer?.text).toBe('1931');
  });

  it('leave the full date to "when"', () => {
    expect(answerQuestion(story, 'When was the signal tower opened?').answer?.text).toBe('4 March 1931');
  });
});
