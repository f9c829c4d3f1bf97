import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

// An invented harbour story: a ferry freed by a tug, and a count of boats.
const story = oneArticleStory(
  'harbour',
  'Ferry freed',
  'The crew of the Orla freed the stranded ferry by towing it off the sandbar with a tug. Nine boats waited in the bay.',
);

describe('the coverage evidence of a question asking how something was done', () => {
  it('marks a how-question on the manner of its verb, which covered.ts takes as no sure answer below MIN_COVERAGE', () => {
    expect(traceAnswer(story, 'How did the crew free the stranded ferry?').coverage?.mannerAsked).toBe(true);
    expect(traceAnswer(story, 'How was the ferry freed?').coverage?.mannerAsked).toBe(true);
  });
  it('leaves a measure or a count asked by "how" unmarked, and any other question', () => {
    expect(traceAnswer(story, 'How many boats waited in the bay?').coverage?.mannerAsked).toBe(false);
    expect(traceAnswer(story, 'What did the crew use to free the ferry?').coverage?.mannerAsked).toBe(false);
  });
});
