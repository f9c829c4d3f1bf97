import { describe, expect, it } from 'vitest';
import { withDecades } from '../../src/nlp/dates/decades.js';
import { taggedDates as dates } from './taggedDates.js';

describe('withDecades', () => {
  it('tags decades and centuries written as a year with "s", with early/mid/late', () => {
    expect(dates('The abbey was rebuilt in the 1140s.')).toEqual(['1140s']);
    expect(dates('Mills spread in the mid-1700s and the late 1800s.')).toEqual(['mid-1700s', 'late 1800s']);
  });
  it('leaves figures that are not decades', () => {
    expect(withDecades('They sold 1,200 bowls in 2031.', [])).toEqual([]);
    expect(withDecades('Room 1150b was shut.', [])).toEqual([]);
  });
});
