import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented contract: a firm's name whose last word the tagger reads as a verb. */
const story = oneArticleStory(
  'contract',
  'Contract',
  'The council gave the contract to Alder Brewing Works after a long debate. The signed deal runs for five years. Critics said the price was too high.',
);

describe('a run of proper nouns', () => {
  it('takes in a capitalised word inside the sentence that the tagger read as another word', () => {
    expect(answerQuestion(story, 'Which firm got the contract from the council?').answer?.text).toBe('Alder Brewing Works');
  });
});
