import { describe, expect, it } from 'vitest';
import { countsThings, measureByOther } from '../../src/answer/measureOfOther.js';

describe('measureByOther', () => {
  const far = 'How far is the Tolly mill from Velden?';
  it('holds for a bare figure its sentence joins by a hyphen to a word that is no unit of the dimension asked', () => {
    expect(measureByOther(far, '16', 'The 16-point charter was drawn up at the Tolly mill.')).toBe(true);
    expect(measureByOther('How tall is the Orsk tower?', 'twelve', 'A storm hit the twelve-storey Orsk tower.')).toBe(true);
  });
  it('holds for a score answering how fast', () => {
    expect(measureByOther("How fast is Ada Vik's serve?", '6-3 2-6 7-5', 'Ada Vik won 6-3 2-6 7-5 on Sunday.')).toBe(true);
  });
  it('is false for a figure joined to a unit of the dimension, a figure standing alone, or an answer with its unit', () => {
    expect(measureByOther(far, '40', 'The 40-mile road runs from the Tolly mill to Velden.')).toBe(false);
    expect(measureByOther(far, 'three', 'Velden lies three from the mill.')).toBe(false);
    expect(measureByOther(far, '12 km', 'The Tolly mill is 12 km from Velden.')).toBe(false);
  });
  it('holds for a bare figure counting things, for how fast', () => {
    const fast = 'How fast do the Orsk ferries sail?';
    expect(measureByOther(fast, 'two', 'A squall damaged two old Orsk ferries on Friday.')).toBe(true);
    expect(measureByOther(fast, '14', 'The yard has built 14 ferries since 2029.')).toBe(true);
  });
  it('is false for a count answering how far, a figure before a measuring noun or a rate, or one with its unit', () => {
    expect(measureByOther(far, 'three', 'The Tolly mill stands three blocks from the Velden quay.')).toBe(false);
    expect(measureByOther('How fast do the Orsk ferries sail?', '18', 'The Orsk ferries make 18 knots in calm water.')).toBe(false);
    expect(measureByOther('How fast do the Velden crews row?', '40', 'The Velden crews row 40 strokes a minute.')).toBe(false);
    expect(measureByOther('How fast do the Orsk ferries sail?', '30 mph', 'The Orsk ferries reach 30 mph, past two buoys.')).toBe(false);
  });
  it('is false for a question that asks no measure by its dimension', () => {
    expect(measureByOther('How many points did the charter have?', '16', 'The 16-point charter was drawn up at the Tolly mill.')).toBe(
      false,
    );
    expect(measureByOther('What was the score?', '7-5 6-2', 'Ada Vik won 7-5 6-2 on Sunday.')).toBe(false);
  });
});

describe('countsThings', () => {
  it('holds for a bare figure before a plural noun of things, within its phrase', () => {
    expect(countsThings('Two', 'Two ferries left the Orsk quay.')).toBe(true);
    expect(countsThings('66', 'The guild sold 66 old rowing boats.')).toBe(true);
  });
  it('is false past a mark that ends the phrase, inside a longer number, or for more than a figure', () => {
    expect(countsThings('6.4', 'The toll rose 6.4%, or 12 pennies.')).toBe(false);
    expect(countsThings('6', 'The guild sold 66 boats and 6 more.')).toBe(false);
    expect(countsThings('Two ferries', 'Two ferries left the Orsk quay.')).toBe(false);
  });
});
