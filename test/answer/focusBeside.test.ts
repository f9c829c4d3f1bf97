import { describe, expect, it } from 'vitest';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { focusBeside } from '../../src/answer/focusBeside.js';

describe('focusBeside', () => {
  it('finds the focus noun right after a name', () => {
    const tokens = taggedTokens('The/DET Varnholt/PROPN bank/NOUN closed/VERB');
    expect(focusBeside(tokens, 1, 1, 'bank')).toEqual({ after: true, before: false });
  });

  it('finds the focus noun right before a name, and in an apposition after it', () => {
    expect(focusBeside(taggedTokens('the/DET bank/NOUN Varnholt/PROPN closed/VERB'), 2, 2, 'bank')).toEqual({
      after: false,
      before: true,
    });
    const apposition = taggedTokens('Varnholt/PROPN ,/PUNCT a/DET small/ADJ regional/ADJ bank/NOUN ,/PUNCT closed/VERB');
    expect(focusBeside(apposition, 0, 0, 'bank')).toEqual({ after: false, before: true });
  });

  it('matches the noun by its index term, plural or not', () => {
    expect(focusBeside(taggedTokens('the/DET Varnholt/PROPN banks/NOUN'), 1, 1, 'bank').after).toBe(true);
  });

  it('ignores another noun, a capitalised one, an apposition that runs into a verb, and a question without a focus', () => {
    expect(focusBeside(taggedTokens('the/DET Varnholt/PROPN mill/NOUN'), 1, 1, 'bank').after).toBe(false);
    expect(focusBeside(taggedTokens('the/DET Varnholt/PROPN Bank/PROPN'), 1, 1, 'bank').after).toBe(false);
    expect(
      focusBeside(taggedTokens('Varnholt/PROPN ,/PUNCT the/DET town/NOUN that/PRON built/VERB a/DET bank/NOUN'), 0, 0, 'bank').before,
    ).toBe(false);
    expect(focusBeside(taggedTokens('the/DET Varnholt/PROPN bank/NOUN'), 1, 1, null)).toEqual({ after: false, before: false });
  });
});
