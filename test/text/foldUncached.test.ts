import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedCacheSize, foldText, foldUncached } from '../../src/text/fold.js';
import { isGivenName, placeKind } from '../../src/text/places.js';

describe('foldUncached', () => {
  it('folds as foldText does', () => {
    expect(foldUncached('Brennvík’s  Q.E.D. quay!')).toBe("brennvik's qed quay");
    fc.assert(fc.property(fc.string(), (text) => foldUncached(text) === foldText(text)));
  });

  it('leaves foldText’s cache alone: the gazetteer’s names, folded once at its load, do not fill it', () => {
    foldText('Kalvoy Sound');
    const before = foldedCacheSize();
    expect(placeKind('Kalvoy Sound')).toBeUndefined(); // loads the gazetteer, then folds the name asked about
    expect(isGivenName('Harriet')).toBe(true);
    expect(foldedCacheSize() - before).toBe(1);
  });
});
