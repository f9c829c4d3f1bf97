import { describe, expect, it } from 'vitest';
import { holdsParaphrasedDetails } from '../../src/answer/paraphrasedDetails.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const body = 'The belongings of Wenna Corlis were shipped to Dravo in the spring. Her cousin kept the orchard.';
const story = oneArticleStory('one', 'One', body);
const shipped = story.sentences.find((s) => s.text.includes('shipped'))!;

describe('holdsParaphrasedDetails', () => {
  it("counts a common noun as held when the sentence writes its WordNet relative ('property' ← 'belongings')", () => {
    expect(holdsParaphrasedDetails(story, shipped, 'Where was the property of Wenna Corlis sent?', undefined)).toBe(true);
    expect(holdsParaphrasedDetails(story, shipped, 'Where were the properties sent?', undefined)).toBe(true);
  });
  it('fails when a noun has neither its word nor a relative in the sentence', () => {
    expect(holdsParaphrasedDetails(story, shipped, 'Where was the orchard sent?', undefined)).toBe(false);
  });
  it('asks every name to be written, as a name has no paraphrase', () => {
    expect(holdsParaphrasedDetails(story, shipped, 'Where was the property of Ilsa Marrow sent?', undefined)).toBe(false);
  });
  it('leaves out the focus noun the answer is named by', () => {
    expect(holdsParaphrasedDetails(story, shipped, 'Which town received the belongings?', 'town')).toBe(true);
  });
});
