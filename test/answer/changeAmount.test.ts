import { describe, expect, it } from 'vitest';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { asksChange, writtenAsChange } from '../../src/answer/changeAmount.js';

describe('asksChange', () => {
  it('reads a how-much question about a gain, a loss, a rise or a fall', () => {
    expect(asksChange('How much did the Quellby index gain on Tuesday?')).toBe(true);
    expect(asksChange('By how much did ticket sales fall?')).toBe(true);
    expect(asksChange('By what percentage did fares rise?')).toBe(true);
  });

  it('leaves a how-much question about a price, and a change asked with another word', () => {
    expect(asksChange('How much did the lighthouse cost?')).toBe(false);
    expect(asksChange('When did the index fall?')).toBe(false);
  });
});

describe('writtenAsChange', () => {
  it('reads a figure after up, down, by or a verb of change as a change', () => {
    expect(writtenAsChange(taggedTokens('it/PRON closed/VERB up/ADV 4%/NUM'), 3)).toBe(true);
    expect(writtenAsChange(taggedTokens('fares/NOUN rose/VERB by/ADP 3%/NUM'), 3)).toBe(true);
    expect(writtenAsChange(taggedTokens('the/DET index/NOUN dropped/VERB 9%/NUM'), 3)).toBe(true);
  });

  it('leaves a level the figure reached', () => {
    expect(writtenAsChange(taggedTokens('it/PRON fell/VERB to/ADP 3,000/NUM'), 3)).toBe(false);
    expect(writtenAsChange(taggedTokens('closing/VERB at/ADP 3,000/NUM'), 2)).toBe(false);
    expect(writtenAsChange(taggedTokens('3,000/NUM'), 0)).toBe(false);
  });
});
