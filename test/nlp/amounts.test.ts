import { describe, expect, it } from 'vitest';
import { readAmounts, figureValue } from '../../src/nlp/amounts.js';
import { tagSentence } from '../../src/nlp/entities.js';

describe('readAmounts', () => {
  it('reads nothing from a text without a digit, and an amount with a single one', () => {
    expect(readAmounts('It paid five million dollars, a sum of twelve mln dlrs.')).toEqual([]);
    expect(readAmounts('It paid $5 to the 9-year-old.').map((e) => e.text)).toEqual(['$5', '9-year-old']);
  });

  it('keeps the scale and currency of a sum as written', () => {
    expect(readAmounts('The firm was fined $54m on Monday.')).toEqual([
      { type: 'MONEY', text: '$54m', start: 19, end: 23, value: 54_000_000, currency: '$', scale: 'm' },
    ]);
    const [pounds, dlrs] = readAmounts('It paid £23.7 million, or 50 mln dlrs.');
    expect(pounds).toMatchObject({ type: 'MONEY', text: '£23.7 million', value: 23_700_000, currency: '£', scale: 'million' });
    expect(dlrs).toMatchObject({ type: 'MONEY', text: '50 mln dlrs', value: 50_000_000, currency: 'dlrs', scale: 'mln' });
  });

  it('reads a scale joined by a hyphen, the Indian scales and signs, and "stg" for sterling', () => {
    const found = readAmounts('It is worth $2.5-billion, paid Rs 500 crore and Rs. 12 lakh, and lost 412 mln stg.');
    expect(found.map((e) => [e.text, e.value, e.currency, e.scale])).toEqual([
      ['$2.5-billion', 2_500_000_000, '$', 'billion'],
      ['Rs 500 crore', 5_000_000_000, 'Rs', 'crore'],
      ['Rs. 12 lakh', 1_200_000, 'Rs.', 'lakh'],
      ['412 mln stg', 412_000_000, 'stg', 'mln'],
    ]);
  });

  it('keeps a currency no sign stands for: a currency noun of the lexicon, one after a demonym, "crowns"', () => {
    const found = readAmounts('Tickets cost 40 zlotys, a fee of 3.5 million Tolvish rupees, 70 crowns or 12 Danish crowns.');
    expect(found.map((e) => [e.text, e.value, e.currency])).toEqual([
      ['40 zlotys', 40, 'zlotys'],
      ['3.5 million', 3_500_000, undefined],
      ['70 crowns', 70, 'crowns'],
      ['12 Danish crowns', 12, 'Danish crowns'],
    ]);
  });

  it('leaves a figure before a word whose money sense is rare, or before a verb, a count', () => {
    expect(readAmounts('She took 3 marks in the test; 40 sent home; 7 quarters in a row.')).toEqual([]);
  });

  it('reads a count with a scale, a match score, an age and a clock time that looks like a year', () => {
    const found = readAmounts('The 19-year-old won 6-4 3-6 7-5 and 412 mln shares changed hands by 1700 GMT.');
    expect(found.map((e) => [e.type, e.text, e.unit ?? e.scale ?? ''])).toEqual([
      ['QUANTITY', '19-year-old', 'years old'],
      ['QUANTITY', '6-4 3-6 7-5', 'score'],
      ['CARDINAL', '412 mln', 'mln'],
      ['TIME', '1700 GMT', ''],
    ]);
  });

  it('reads two small numbers joined by an en dash as a score in a sentence about a contest', () => {
    const found = readAmounts('The Harbour Hawks beat the Quay Rovers 24–10 in the cup final.');
    expect(found.map((e) => [e.type, e.text, e.unit ?? ''])).toEqual([['QUANTITY', '24–10', 'score']]);
  });

  it('leaves a range joined by an en dash in a sentence about no contest', () => {
    expect(readAmounts('Members of the Velm council serve 2–3 years before the vote.').filter((e) => e.unit === 'score')).toEqual([]);
  });

  it("replaces wink's shorter reading in the tagged sentence", () => {
    const money = tagSentence('Profits reached $6.75bn last year.').entities.filter((e) => e.type === 'MONEY');
    expect(money.map((e) => e.text)).toEqual(['$6.75bn']);
  });
});

describe('readFractions (through readAmounts)', () => {
  it('reads a fraction of something as a share, with its hedge', () => {
    const share = (text: string) => readAmounts(text).map((e) => [e.type, e.text, e.unit]);
    expect(share('By noon nearly two thirds of the pond had dried up.')).toEqual([['PERCENT', 'nearly two thirds', 'fraction']]);
    expect(share('Half the orchard froze, and a quarter of the hives died.')).toEqual([
      ['PERCENT', 'Half', 'fraction'],
      ['PERCENT', 'a quarter', 'fraction'],
    ]);
    expect(share('Ticket sales were cut by a fifth.')).toEqual([['PERCENT', 'a fifth', 'fraction']]);
    expect(share('About one in six riders walked.')).toEqual([['PERCENT', 'About one in six', 'fraction']]);
  });
  it('leaves ordinals, periods and measures alone', () => {
    expect(readAmounts('She won a third title in the second half of the season.')).toEqual([]);
    expect(readAmounts('The rain stopped after a quarter of an hour, half a mile away.')).toEqual([]);
    expect(readAmounts('Sales rose in each of the past three quarters.')).toEqual([]);
  });
  it("replaces wink's reading of the fraction's first word in the tagged sentence", () => {
    expect(tagSentence('The co-op kept three quarters of the harvest.').entities.map((e) => e.text)).toEqual(['three quarters']);
  });
});

describe('figureValue', () => {
  it('reads a figure with thousands commas as its value', () => {
    expect(figureValue('12,400')).toBe(12400);
    expect(figureValue('3,075.5')).toBe(3075.5);
  });
});
