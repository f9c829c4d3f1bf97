import { describe, expect, it } from 'vitest';
import { ROMAN_NUMERAL } from '../../src/text/romanNumerals.js';

describe('ROMAN_NUMERAL', () => {
  it('reads a well-formed numeral, forties and nineties too', () => {
    for (const numeral of ['I', 'IV', 'IX', 'XIV', 'XL', 'XCIX', 'C', 'CCXL']) expect(ROMAN_NUMERAL.test(numeral)).toBe(true);
  });
  it('reads no run of the same capitals that is no number, nor lower case', () => {
    for (const word of ['LLC', 'IIII', 'VV', 'IC', 'xiv', '']) expect(ROMAN_NUMERAL.test(word)).toBe(false);
  });
});
