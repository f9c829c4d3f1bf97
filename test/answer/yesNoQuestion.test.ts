import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternativesOf } from '../../src/answer/alternatives.js';
import { asksYesOrNo } from '../../src/answer/questionWord.js';
import { opensWithAuxiliary, splitAtLastOr } from '../../src/answer/yesNoQuestion.js';

describe('opensWithAuxiliary', () => {
  it('holds for a question opening with an auxiliary, contracted or not, and not for one with a question word', () => {
    expect(opensWithAuxiliary('  Did the ferry sail?')).toBe(true);
    expect(opensWithAuxiliary("Isn't the pier closed?")).toBe(true);
    expect(opensWithAuxiliary('Who sank the ferry?')).toBe(false);
    expect(opensWithAuxiliary('Didactic notes?')).toBe(false);
  });
});

describe('splitAtLastOr', () => {
  it('splits at the last "or" written as a word, without the spaces around it', () => {
    expect(splitAtLastOr('Was the ferry late or early?')).toEqual({ before: 'Was the ferry late', after: 'early?' });
    expect(splitAtLastOr('Did Ada, Bo or Cy sail OR row?')).toEqual({ before: 'Did Ada, Bo or Cy sail', after: 'row?' });
    expect(splitAtLastOr('Did it sail (or sink)?')).toEqual({ before: 'Did it sail (', after: 'sink)?' });
  });
  it('finds none in a word holding the letters or joined by a hyphen', () => {
    expect(splitAtLastOr('Did Or-ville win the oral test for Orla?')).toBeUndefined();
  });
});

describe('a question opening with an auxiliary', () => {
  it('asks yes or no exactly when it has no "or" to split at', () => {
    const word = fc.constantFrom('the', 'ferry', 'or', 'Or', 'late', 'Orla', 'or,', '(or', 'more', 'Or-ville', 'early?');
    fc.assert(
      fc.property(fc.constantFrom('Did', 'Was', "Isn't"), fc.array(word, { minLength: 1, maxLength: 8 }), (aux, rest) => {
        const question = [aux, ...rest].join(' ');
        expect(asksYesOrNo(question)).toBe(splitAtLastOr(question) === undefined);
      }),
    );
  });
  it('offers the alternatives on either side of a bracketed "or"', () => {
    expect(alternativesOf('Did the ferry sail (or sink) at dawn?')).toEqual(['sail', 'sink']);
    expect(asksYesOrNo('Did the ferry sail (or sink) at dawn?')).toBe(false);
  });
});
