import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';
import { resolveNames, withoutNickname } from '../../src/nlp/names.js';

describe('a nickname in quotes inside a name', () => {
  it('is left out of the catalogue’s name and kept as a spelling', () => {
    const { people, entities } = resolveNames(
      ['Robert "Bob" Kestwell said the deal was done.', 'Kestwell later left the firm.'].map((s) => tagSentence(s).names),
    );
    expect(people).toEqual([{ name: 'Robert Kestwell', aliases: ['Robert "Bob" Kestwell', 'Kestwell'] }]);
    expect(entities.flat().map((e) => e.canonical)).toEqual(['Robert Kestwell', 'Robert Kestwell']);
  });

  it('leaves a name without one as it is', () => {
    expect(withoutNickname('Isadora “Izzy” Kwantes')).toBe('Isadora Kwantes');
    expect(withoutNickname('Isadora Kwantes')).toBe('Isadora Kwantes');
  });
});
