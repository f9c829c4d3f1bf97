import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { foldText, foldUncached } from '../../src/text/fold.js';

describe('foldUncached', () => {
  it('folds as foldText does', () => {
    expect(foldUncached('Brennvík’s  Q.E.D. quay!')).toBe("brennvik's qed quay");
    fc.assert(fc.property(fc.string(), (text) => foldUncached(text) === foldText(text)));
  });

  it('folds a word of ASCII letters to its lower case and any other text through every step', () => {
    // The shortcut for plain words must give what the full fold gives: the steps written out here as a reference.
    const reference = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[’‘`´]/g, "'")
        .replace(/\./g, '')
        .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    expect(foldUncached('Tarvelholm')).toBe('tarvelholm');
    expect(foldUncached('Østvik')).toBe('østvik'.normalize('NFKD').replace(/\p{M}/gu, ''));
    expect(foldUncached('Varn.')).toBe('varn');
    const letters = fc.constantFrom(...'aZqé.’ -Ø1'.split(''));
    fc.assert(fc.property(fc.array(letters, { maxLength: 8 }), (chars) => foldUncached(chars.join('')) === reference(chars.join(''))));
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z]{1,12}$/), (word) => foldUncached(word) === word.toLowerCase()));
  });

  it('leaves foldText’s cache alone: the gazetteer’s names, folded once at its load, do not fill it', async () => {
    // Fresh modules: the unit project shares one module graph between files, where the gazetteer may be loaded and
    // the cache full already.
    vi.resetModules();
    const { foldedCacheSize, foldText } = await import('../../src/text/fold.js');
    const { isGivenName, placeKind } = await import('../../src/text/places.js');
    foldText('Kalvoy Sound');
    const before = foldedCacheSize();
    expect(placeKind('Kalvoy Sound')).toBeUndefined(); // loads the gazetteer, then folds the name asked about
    expect(isGivenName('Harriet')).toBe(true);
    expect(foldedCacheSize() - before).toBe(1);
  });
});
