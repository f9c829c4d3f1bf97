import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { finalPreposition } from '../../src/answer/askedPreposition.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented mill: the thing asked for stands after "in proportion to", a place beside the question's words. */
const story = oneArticleStory(
  'mill',
  'Lamps',
  'In the old mill at Ostwick, the glow of a whale-oil lantern grows in proportion to the width of its wick, the keeper Tam Brell said. The keepers of Ostwick trimmed the lanterns each evening.',
);

describe('a statement question ending in a preposition and "what"', () => {
  it('reads that preposition, and none where the question word opens the question or does not end it', () => {
    expect(finalPreposition('The glow is proportional to what?')).toBe('to');
    expect(finalPreposition('The pier was known as what?')).toBe('as');
    expect(finalPreposition('What is the glow proportional to?')).toBeUndefined();
    expect(finalPreposition('The pier was built by what firm?')).toBeUndefined();
  });

  it('answers with the phrase after that preposition in the story, not a place beside the question’s words', () => {
    expect(answerQuestion(story, 'The glow of a lantern grows in proportion to what?').answer?.text).toBe('width');
  });
});
