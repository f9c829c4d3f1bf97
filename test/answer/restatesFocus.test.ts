import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented launch: the noun the question asks about, described, then named. */
const story = oneArticleStory(
  'studio',
  'Studio',
  'The studio unveiled a bold new typeface, Harlow Sans, for its posters last spring. The posters were printed in the old mill by the river. Critics praised the letters.',
);

describe('a phrase of describing words and the focus noun', () => {
  it('restates what the question asks about, so the name beside it answers "What new typeface …"', () => {
    expect(answerQuestion(story, 'What new typeface did the studio unveil?').answer?.text).toBe('Harlow Sans');
  });
});
