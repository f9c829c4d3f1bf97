import { describe, expect, it } from 'vitest';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { appositionHeld } from '../../src/answer/appositionHeld.js';
import { termOf } from '../../src/search/terms.js';

/** Question term weights of the words given, each weighing 1. */
function weightsOf(...words: string[]): Map<string, number> {
  return new Map(words.map((w) => [termOf(w)!, 1]));
}

describe('appositionHeld', () => {
  const asked = weightsOf('oldest', 'mill', 'valley');

  it('reads the phrase after a comma and an article, or "which", as the apposition of the word before it', () => {
    const tokens = taggedTokens('Ada/PROPN saw/VERB Tolly/PROPN ,/PUNCT the/DET oldest/ADJ mill/NOUN in/ADP the/DET valley/NOUN ./PUNCT');
    expect(appositionHeld(tokens, 2, 2, asked, 3)).toBe(1);
    const which = taggedTokens('Tolly/PROPN ,/PUNCT which/PRON is/AUX the/DET oldest/ADJ mill/NOUN ,/PUNCT closed/VERB');
    expect(appositionHeld(which, 0, 0, asked, 3)).toBeCloseTo(2 / 3);
  });

  it('reads a phrase in brackets after the candidate, and the phrase before brackets holding it', () => {
    const after = taggedTokens('Tolly/PROPN (/PUNCT the/DET oldest/ADJ mill/NOUN )/PUNCT closed/VERB');
    expect(appositionHeld(after, 0, 0, asked, 3)).toBeCloseTo(2 / 3);
    const before = taggedTokens('the/DET oldest/ADJ mill/NOUN (/PUNCT Tolly/PROPN )/PUNCT closed/VERB');
    expect(appositionHeld(before, 4, 4, asked, 3)).toBeCloseTo(2 / 3);
  });

  it('counts each term once and stops at the next comma', () => {
    const tokens = taggedTokens('Tolly/PROPN ,/PUNCT the/DET mill/NOUN mill/NOUN ,/PUNCT in/ADP the/DET valley/NOUN');
    expect(appositionHeld(tokens, 0, 0, asked, 3)).toBeCloseTo(1 / 3);
  });

  it('finds none in a list, after a verb, or where the candidate ends the sentence', () => {
    const list = taggedTokens('Tolly/PROPN ,/PUNCT Orsk/PROPN and/CCONJ the/DET oldest/ADJ mill/NOUN');
    expect(appositionHeld(list, 0, 0, asked, 3)).toBe(0);
    const verb = taggedTokens('Tolly/PROPN built/VERB the/DET oldest/ADJ mill/NOUN');
    expect(appositionHeld(verb, 0, 0, asked, 3)).toBe(0);
    const last = taggedTokens('the/DET oldest/ADJ mill/NOUN is/AUX Tolly/PROPN');
    expect(appositionHeld(last, 4, 4, asked, 3)).toBe(0);
  });
});

describe('appositionHeld, what is no apposition', () => {
  const asked = weightsOf('oldest', 'mill', 'valley');

  it('reads no apposition after an opening phrase, nor a clause with a verb of its own', () => {
    const opening = taggedTokens('Under/ADP Tolly/PROPN ,/PUNCT the/DET oldest/ADJ mill/NOUN closed/VERB');
    expect(appositionHeld(opening, 1, 1, asked, 3)).toBe(0);
    const clause = taggedTokens('Ada/PROPN left/VERB Tolly/PROPN ,/PUNCT the/DET oldest/ADJ mill/NOUN was/AUX shut/VERB');
    expect(appositionHeld(clause, 2, 2, asked, 3)).toBe(0);
  });

  it('reads the phrase before brackets back to its verb only', () => {
    const tokens = taggedTokens('the/DET mill/NOUN was/AUX an/DET oldest/ADJ one/NOUN (/PUNCT Tolly/PROPN )/PUNCT');
    expect(appositionHeld(tokens, 7, 7, asked, 3)).toBeCloseTo(1 / 3);
  });

  it('reads no apposition for an abbreviation in brackets, nor after one', () => {
    const inside = taggedTokens('the/DET oldest/ADJ mill/NOUN (/PUNCT OMV/PROPN )/PUNCT closed/VERB');
    expect(appositionHeld(inside, 4, 4, asked, 3)).toBe(0);
    const before = taggedTokens('OMV/PROPN (/PUNCT the/DET oldest/ADJ mill/NOUN )/PUNCT closed/VERB');
    expect(appositionHeld(before, 0, 0, asked, 3)).toBe(0);
  });
});
