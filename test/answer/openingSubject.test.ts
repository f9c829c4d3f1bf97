import { describe, expect, it } from 'vitest';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { openingSubjectHeld } from '../../src/answer/openingSubject.js';
import { termOf } from '../../src/search/terms.js';

/** Question term weights of the words given, each weighing 1. */
function weightsOf(...words: string[]): Map<string, number> {
  return new Map(words.map((w) => [termOf(w)!, 1]));
}

describe('openingSubjectHeld', () => {
  const asked = weightsOf('carried', 'mail', 'Mirela');
  const tokens = taggedTokens('The/DET Morning/PROPN Gull/PROPN carried/VERB the/DET mail/NOUN to/ADP Fort/PROPN Mirela/PROPN ./PUNCT');

  it('reads the share of the question the rest of the sentence holds after the phrase opening it', () => {
    expect(openingSubjectHeld(tokens, 1, 2, asked, 3, false)).toBe(1);
    expect(openingSubjectHeld(tokens, 1, 2, asked, 4, false)).toBeCloseTo(3 / 4);
  });

  it('counts each term once', () => {
    const twice = taggedTokens('Tolly/PROPN carried/VERB mail/NOUN and/CCONJ more/ADJ mail/NOUN');
    expect(openingSubjectHeld(twice, 0, 0, asked, 3, false)).toBeCloseTo(2 / 3);
  });

  it('reads none for a phrase after other words, nor for one holding a question word', () => {
    expect(openingSubjectHeld(tokens, 7, 8, asked, 3, false)).toBe(0);
    expect(openingSubjectHeld(tokens, 5, 5, asked, 3, false)).toBe(0);
    expect(openingSubjectHeld(tokens, 1, 2, asked, 3, true)).toBe(0);
  });

  it('reads none for a word describing the noun after it, and stops at a reported that-clause', () => {
    const described = taggedTokens('Late/ADJ ferries/NOUN carried/VERB the/DET mail/NOUN');
    expect(openingSubjectHeld(described, 0, 0, asked, 3, false)).toBe(0);
    const said = taggedTokens('Orla/PROPN Tellin/PROPN said/VERB that/SCONJ ferries/NOUN carried/VERB the/DET mail/NOUN');
    expect(openingSubjectHeld(said, 0, 1, asked, 3, false)).toBe(0);
  });

  it('reads a phrase for a question asking a patient only where a form of "be" or "get" follows it', () => {
    expect(openingSubjectHeld(tokens, 1, 2, asked, 3, false, true)).toBe(0);
    const passive = taggedTokens('The/DET winter/NOUN mail/NOUN was/AUX carried/VERB to/ADP Fort/PROPN Mirela/PROPN');
    expect(openingSubjectHeld(passive, 1, 2, asked, 3, false, true)).toBeCloseTo(2 / 3);
    const helped = taggedTokens('Mail/NOUN has/AUX since/ADV been/AUX carried/VERB to/ADP Fort/PROPN Mirela/PROPN');
    expect(openingSubjectHeld(helped, 0, 0, asked, 3, false, true)).toBeCloseTo(2 / 3);
    const infinitive = taggedTokens('Mail/NOUN had/AUX to/PART be/AUX carried/VERB to/ADP Fort/PROPN Mirela/PROPN');
    expect(openingSubjectHeld(infinitive, 0, 0, asked, 3, false, true)).toBeCloseTo(2 / 3);
  });
});
