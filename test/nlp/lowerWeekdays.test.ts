import { describe, expect, it } from 'vitest';
import { taggedDates } from './taggedDates.js';

describe('withoutLowerWeekdays (through the tagger)', () => {
  it('reads no weekday out of a verb written like its abbreviation', () => {
    expect(taggedDates('Brandt and Velk last sat down together a week ago.')).toEqual(['a week ago']);
    expect(taggedDates('The Tolly mill board last sat.')).toEqual([]);
    expect(taggedDates('The pair will wed next sat.')).toEqual([]);
  });

  it('keeps capitalised abbreviations and a lower-case one with a date beside it', () => {
    expect(taggedDates('The Orsk harbour board sits again on Sat. to vote.')).toEqual(['Sat.']);
    expect(taggedDates('Talks in Velden resume next Thu.')).toEqual(['next Thu.']);
    expect(taggedDates('The ferry left Tarnby wed 3 march.')).toEqual(['wed', '3 march']);
  });
});
