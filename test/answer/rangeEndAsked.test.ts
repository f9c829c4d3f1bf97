import { describe, expect, it } from 'vitest';
import { boundAsked, rangeEndAsked } from '../../src/answer/rangeEndAsked.js';
import { askShort } from '../fixtures/askShort.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: a count given as a range in words, and another as a close-written range. */
const ORRICK_BODY =
  'The market hall in Orrick reopened in May. ' +
  'Officials estimate that between 40 and 120 Tarnish families live in Orrick today. ' +
  'The hall seats 300–450 guests on a fair day.';

const ask = askShort(oneArticleStory('orrick', 'Orrick', ORRICK_BODY));

describe('a range of amounts for a question asking one bound of it', () => {
  it('shows the low end for "the smallest / fewest number", the high end for "the largest number"', () => {
    expect(ask('What is the smallest number of Tarnish families estimated to live in Orrick?')).toBe('40');
    expect(ask('What is the largest number of Tarnish families estimated to live in Orrick?')).toBe('120');
  });

  it('keeps the whole range where no bound is asked', () => {
    expect(ask('How many Tarnish families live in Orrick?')).toBe('40 and 120');
  });

  it('reads the bound asked: at least / at most, minimum / maximum, a superlative before a noun of an amount', () => {
    expect(boundAsked('How many guests, at most, does the hall seat?')).toBe('high');
    expect(boundAsked('What is the minimum fee?')).toBe('low');
    expect(boundAsked('What is the lowest total estimate of the crowd?')).toBe('low');
    // A superlative before another noun tells which thing, not which end of its amount.
    expect(boundAsked('How many people live in the largest town?')).toBeUndefined();
    expect(boundAsked('What were the lowest and highest figures?')).toBeUndefined();
  });

  it('takes the end by its figure, whichever is written first', () => {
    expect(rangeEndAsked('What is the maximum?', { text: '300–450', start: 10 })).toEqual({ start: 14, end: 17 });
    expect(rangeEndAsked('What is the minimum?', { text: '9 to 2 tonnes', start: 0 })).toEqual({ start: 5, end: 13 });
    expect(rangeEndAsked('What is the minimum?', { text: '120', start: 0 })).toBeUndefined();
  });
});
