import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { dateSpanAsked } from '../../src/answer/howLongDates.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: how long ago a valley flooded, and how long a market has been held. */
const story = oneArticleStory(
  'vale',
  'Vale',
  'Geologists say the Brenmoor valley flooded more than 12 million years ago. ' +
    'The cattle market at Osterby has been held every Tuesday since the 1880s.',
);

const short = (question: string) => answerQuestion(story, question).answer?.text;

describe('a how-long question that a date answers', () => {
  it('is answered "how long ago" with the span told as so long ago', () => {
    expect(short('How long ago did the Brenmoor valley flood?')).toBe('more than 12 million years ago');
  });
  it('is answered "how long has X been" with the date after "since", shown with it', () => {
    expect(short('How long has the cattle market at Osterby been held?')).toBe('since the 1880s');
  });
});

describe('dateSpanAsked', () => {
  it('tells the two questions from a plain how-long one', () => {
    expect(dateSpanAsked('how long ago did it flood?')).toBe('ago');
    expect(dateSpanAsked('How long have they lived there?')).toBe('since');
    expect(dateSpanAsked('How long did the flood last?')).toBeUndefined();
  });
});
