import { describe, expect, it } from 'vitest';
import { pastForFuture } from '../../src/answer/futureAsked.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('pastForFuture', () => {
  const q = 'When will the Orvel pier reopen?';
  const day = '2031-03-16';
  it('holds for a date before the article was published, or written as past', () => {
    expect(pastForFuture(q, 'DATE', '2027', 'The pier was built in 2027.', day)).toBe(true);
    expect(pastForFuture(q, 'DATE', 'last week', 'The pier closed last week.', day)).toBe(true);
    expect(pastForFuture(q, 'DATE', 'two years ago', 'The pier was painted two years ago.', undefined)).toBe(true);
  });
  it('does not hold for a date to come, the day itself, or an undated year', () => {
    expect(pastForFuture(q, 'DATE', 'next month', 'The pier will reopen next month.', day)).toBe(false);
    expect(pastForFuture(q, 'DATE', 'Thursday', 'Work will end on Thursday, the council said.', day)).toBe(false);
    expect(pastForFuture(q, 'DATE', 'March 2031', 'The pier shut in March 2031.', day)).toBe(false);
    expect(pastForFuture(q, 'DATE', '2027', 'The pier was built in 2027.', undefined)).toBe(false);
  });
  it('does not hold for a question on the past, nor an answer that is no date', () => {
    expect(pastForFuture('When did the Orvel pier reopen?', 'DATE', 'last week', 'It reopened last week.', day)).toBe(false);
    expect(pastForFuture('When is the vote expected to take place?', 'DATE', 'last week', 'It was set last week.', day)).toBe(true);
    expect(pastForFuture(q, 'CARDINAL', 'last', 'It is the last pier.', day)).toBe(false);
  });
});

describe('pastForFuture, a date told by a verb in the past', () => {
  // An invented undated story of a harbour vote: the only clue to the past is each sentence's verb.
  const story = oneArticleStory(
    'vote',
    'Vote',
    'As the regatta began Sunday, the mayor spoke. The first vote was held on Sunday. The second vote will be held on Monday. ' +
      'The third vote is set on Tuesday. The fourth vote, scheduled for Friday, was a surprise. The fifth vote begins on Saturday.',
  );
  const check = (start: string, written: string) => {
    const sentence = story.sentences.find((s) => s.text.startsWith(start))!;
    return pastForFuture('When will the Orvel vote begin?', 'DATE', written, sentence.text, undefined, sentence.tokens);
  };
  it('holds for a date right after a past verb, or past a preposition', () => {
    expect(check('As the regatta', 'Sunday')).toBe(true);
    expect(check('The first vote', 'Sunday')).toBe(true);
  });
  it('does not hold after a future or present auxiliary, a date aimed at, or a present verb', () => {
    expect(check('The second vote', 'Monday')).toBe(false);
    expect(check('The third vote', 'Tuesday')).toBe(false);
    expect(check('The fourth vote', 'Friday')).toBe(false);
    expect(check('The fifth vote', 'Saturday')).toBe(false);
  });
});
