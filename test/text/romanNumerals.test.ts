import { describe, expect, it } from 'vitest';
import { ROMAN_LETTERS, ROMAN_NUMERAL } from '../../src/text/romanNumerals.js';

describe('ROMAN_NUMERAL', () => {
  it('reads a well-formed numeral from I to LXXXIX', () => {
    for (const numeral of ['I', 'IV', 'IX', 'XIV', 'XX', 'LXXXIX']) expect(ROMAN_NUMERAL.test(numeral)).toBe(true);
  });
  it('reads no run of the same capitals that is no number, nor lower case', () => {
    for (const word of ['LLC', 'IIII', 'VV', 'C', 'xiv', '']) expect(ROMAN_NUMERAL.test(word)).toBe(false);
  });
});

describe('ROMAN_LETTERS', () => {
  it('reads any word of the numeral capitals, well formed or not', () => {
    for (const word of ['XIV', 'XL', 'C', 'LLC']) expect(ROMAN_LETTERS.test(word)).toBe(true);
  });
  it('reads no word with another letter or a figure', () => {
    for (const word of ['XIVth', 'X2', 'Xi']) expect(ROMAN_LETTERS.test(word)).toBe(false);
  });
});
