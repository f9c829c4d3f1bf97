/**
 * The gazetteer's old home, kept for callers outside src/nlp (src/differences): the tables now live in
 * src/text/places.ts, loaded from the generated src/text/data/gazetteer.json.
 */
export { placeKind } from '../text/places.js';
export type { PlaceKind } from '../text/places.js';

/**
 * Lower case, straight apostrophes, single spaces: "St.  Louis" → "st. louis" (dots kept, unlike `foldText`).
 *
 * @deprecated use `foldText` from src/text/fold.ts, which also drops diacritics and dots.
 */
export function foldName(name: string): string {
  return name.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}
