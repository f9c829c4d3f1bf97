import { describe, expect, it } from 'vitest';
import { shiftedHeads } from '../../src/search/terms.js';

/**
 * `shiftedHeads` answers plain ASCII text with no shifting prefix right before a hyphen at once; anything the
 * folding could turn into a prefix (upper case, dots, letters outside ASCII) still goes the whole way.
 */
describe('shiftedHeads, quick answer for hyphens with no prefix', () => {
  it('finds nothing in hyphenated ASCII text without a prefix', () => {
    expect(shiftedHeads('A well-known co-owner of the index-linked bond spoke.').size).toBe(0);
  });

  it('still finds a prefix written in capitals, with dots, or in letters that fold to ASCII', () => {
    expect([...shiftedHeads('The EX-Champion left.')]).toEqual([['champion', 'ex']]);
    expect([...shiftedHeads('The E.x-champion left.')]).toEqual([['champion', 'ex']]);
    expect([...shiftedHeads('The ｅｘ-champion left.')]).toEqual([['champion', 'ex']]);
    expect([...shiftedHeads('The éx-champion left.')]).toEqual([['champion', 'ex']]);
  });

  it('still lets a head that also stands alone count', () => {
    expect(shiftedHeads('The vice-president met the president.').size).toBe(0);
    expect([...shiftedHeads('The vice-president spoke.')]).toEqual([['presid', 'vice']]);
  });
});
