import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/**
 * Invented mill notes: three names listed at a sentence's opening, one of them no mention of the tagger's, and a pair
 * whose second member is written as "the district of" a name.
 */
const story = oneArticleStory(
  'mills',
  'Mill notes',
  [
    'Ashford Mill, Tarrow Mill, and Elmbrook Mill are three of the oldest mills still grinding flour in the valley.',
    'In 1820, Keltrin and the district of Lower Morvash were the first places to pay the millers in silver.',
  ].join(' '),
);

describe('a question counting the names it asks for answered by a list of that many', () => {
  it('takes in every name of the list the count matches', () => {
    expect(answerQuestion(story, 'What are the three oldest mills still grinding flour in the valley?').answer?.text).toBe(
      'Ashford Mill, Tarrow Mill, and Elmbrook Mill',
    );
  });

  it('reads "the district of" a name as a member for a question counting districts', () => {
    expect(answerQuestion(story, 'What two districts were the first to pay the millers in silver?').answer?.text).toBe(
      'Keltrin and the district of Lower Morvash',
    );
  });
});
