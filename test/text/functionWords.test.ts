import { describe, expect, it } from 'vitest';
import { isRelativePronoun, QUANTIFIERS, RELATIVE_PRONOUNS, SUBJECT_RELATIVES } from '../../src/text/functionWords.js';

describe('isRelativePronoun', () => {
  it('reads a relative pronoun in any case', () => {
    expect(isRelativePronoun('Whose')).toBe(true);
    expect(isRelativePronoun('THAT')).toBe(true);
    expect(isRelativePronoun('whom')).toBe(true);
  });
  it('reads no relative adverb or question word as one', () => {
    expect(isRelativePronoun('where')).toBe(false);
    expect(isRelativePronoun('what')).toBe(false);
  });
});

describe('SUBJECT_RELATIVES', () => {
  it('holds the relative pronouns that may be a subject, not "whom" or "whose"', () => {
    expect([...SUBJECT_RELATIVES].every((w) => RELATIVE_PRONOUNS.has(w))).toBe(true);
    expect(SUBJECT_RELATIVES.has('which')).toBe(true);
    expect(SUBJECT_RELATIVES.has('whom')).toBe(false);
    expect(SUBJECT_RELATIVES.has('whose')).toBe(false);
  });
});

describe('QUANTIFIERS', () => {
  it('holds words of how many, not demonstratives or describing words', () => {
    expect(QUANTIFIERS.has('several')).toBe(true);
    expect(QUANTIFIERS.has('these')).toBe(false);
    expect(QUANTIFIERS.has('new')).toBe(false);
  });
});
