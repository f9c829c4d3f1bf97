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

  it('reads no weekday out of a verb in a run of capitals, but keeps a dateline weekday', () => {
    expect(taggedDates('THEY LAST SAT DOWN IN TARNBY IN MAY.')).toEqual(['MAY']);
    expect(taggedDates('THE PAIR WILL WED IN VELDEN.')).toEqual([]);
    expect(taggedDates('TOLLY MILL BOARD TO SIT ON SAT.')).toEqual([]);
    expect(taggedDates('ORSK HARBOUR, SAT. — The board met for an hour.')).toEqual(['SAT.']);
    expect(taggedDates('Orsk Harbour, Sat. — The board met for an hour.')).toEqual(['Sat.']);
    expect(taggedDates('Pell and Velk last SAT down.')).toEqual(['last SAT']);
    expect(taggedDates('FERRY SAILS WED, 3 MARCH')).toEqual(['WED', '3 MARCH']);
  });
});
