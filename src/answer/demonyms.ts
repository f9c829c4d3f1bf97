import { memberGroupWords, nounClass } from '../lexicon/index.js';
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

/** A leading "the" and one capitalised word (module constants: a regular expression written in a function is a new object each run). */
const LEADING_THE = /^the\s+/i;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]*$/u;

/**
 * Whether a name names the people of a place rather than the place: one capitalised word, after "the" or not, that is
 * a demonym (`namesNationality`: "the French") or a noun WordNet makes a member of a place ("Spaniards" of Spain,
 * "Londoners" of London, by its member holonyms). Such a name answers no "where" nor "which country".
 *
 * @example namesPeopleOfPlace('the Danes') // → true
 * @example namesPeopleOfPlace('Denmark') // → false
 */
export function namesPeopleOfPlace(name: string): boolean {
  const word = name.replace(LEADING_THE, '');
  if (!CAPITALISED_WORD.test(word)) return false;
  if (namesNationality(word)) return true;
  const lower = word.toLowerCase();
  return [lower, lower.replace(/s$/, '')].some((w) => memberGroupWords(w).some((group) => nounClass(group) === 'place'));
}
