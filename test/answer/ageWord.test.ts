import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented mishap: an age written as one hyphenated word. */
const story = oneArticleStory(
  'ferry',
  'Ferry',
  'The pilot of the ferry, a 47-year-old woman from the hill villages, was praised by the crew. The ferry reached Dunmore Quay before dawn. It was the second crossing of the week.',
);

describe('an age written "47-year-old"', () => {
  it('answers "How old …" (its word "old" is not the question\'s own) and is shown as its figure', () => {
    expect(answerQuestion(story, 'How old was the pilot of the ferry?').answer?.text).toBe('47');
    expect(answerQuestion(story, 'What was the age of the ferry pilot?').answer?.text).toBe('47');
  });
});
