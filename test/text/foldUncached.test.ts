import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { foldText, foldUncached } from '../../src/text/fold.js';

describe('foldUncached', () => {
  it('folds as foldText does', () => {
    expect(foldUncached('Brennvík’s  Q.E.D. quay!')).toBe("brennvik's qed quay");
    fc.assert(fc.property(fc.string(), (text) => foldUncached(text) === foldText(text)));
  });

  it('folds a word of ASCII letters to what the full fold gives it', () => {
    // A stop after the word sends it through every step (the word is no longer letters only), and the fold drops stops:
    // so the full fold of the word is that of the word and a stop.
    expect(foldUncached('Tarvelholm')).toBe('tarvelholm');
    expect(foldUncached('Varn.')).toBe('varn');
    expect(foldUncached('Østvik')).toBe(foldUncached('Østvik.'));
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z]{1,12}$/), (word) => foldUncached(word) === foldUncached(`${word}.`)));
  });

  it('folds ASCII words with single spaces, apostrophes, hyphens and digits to what the full fold gives them', () => {
    expect(foldUncached("Seán O'Dell-Kay 2")).toBe("sean o'dell-kay 2");
    expect(foldUncached("Dara O'Dell-Kay 2")).toBe("dara o'dell-kay 2");
    expect(foldUncached('Dara  Kay')).toBe('dara kay');
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9'-]{1,6}( [A-Za-z0-9'-]{1,6}){0,3}$/),
        (words) => foldUncached(words) === foldUncached(`${words}.`),
      ),
    );
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
