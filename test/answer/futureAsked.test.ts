import { describe, expect, it } from 'vitest';
import { pastForFuture } from '../../src/answer/futureAsked.js';

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
