import { placeKind } from '../text/places.js';

/**
 * Whether a written word names a nationality: a capitalised demonym of any country as the gazetteer gives them
 * (world-countries' English demonyms, singular or plural: "Korean", "Americans"), the words that answer "What
 * nationality …". The gazetteer is the one source of demonyms of the catalogue and the answers (`nationalityOf` of
 * src/actors/nationality.ts reads it too).
 *
 * @example namesNationality('British') // → true
 * @example namesNationality('british') // → false (a demonym is written with a capital)
 */
export function namesNationality(word: string): boolean {
  return /^\p{Lu}/u.test(word) && placeKind(word) === 'demonym';
}
