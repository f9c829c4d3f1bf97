import { describe, expect, it } from 'vitest';
import { greekLetterTwin } from '../../src/text/greekLetters.js';

describe('greekLetterTwin', () => {
  it('gives the letter for its name and the name for the letter, in any case', () => {
    expect(greekLetterTwin('Gamma')).toBe('γ');
    expect(greekLetterTwin('ω')).toBe('omega');
  });
  it('gives nothing for another word', () => {
    expect(greekLetterTwin('harbour')).toBeUndefined();
    expect(greekLetterTwin('constructor')).toBeUndefined();
  });
});
