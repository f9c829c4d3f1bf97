import { bodiesOfMember, nounClass } from '../lexicon/index.js';
import { countryOf, placeKind } from '../text/places.js';
import { isCapitalised } from '../text/words.js';

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
  return isCapitalised(word) && placeKind(word) === 'demonym';
}

/** A question that asks for a nationality or an ethnicity: a demonym answers it. */
export const NATIONALITY_QUESTION = /\b(?:nationality|nationalities|ethnicity|ethnicities)\b/i;

/** A leading "the" and one capitalised word (module constants: a regular expression written in a function is a new object each run). */
const LEADING_THE = /^the\s+/i;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]*$/u;

/**
 * Whether a name names the people of a place rather than the place: one capitalised word, after "the" or not, that is
 * a demonym (`namesNationality`: "the French") or a noun WordNet makes a member of a place ("Spaniards" of Spain,
 * "Londoners" of London, by its member holonyms, read one way: a country whose own members include a people named like
 * a river is no member of a place). Such a name answers no "where" nor "which country". Read both ways, one country
 * of the gazetteer was taken for its people and dropped from lists of countries; with the country's own name read
 * first, three more: SQuAD reading F1 0.5228 → 0.5230 (3 won / 1 lost; which 0.4284 → 0.4308, where 0.4995 → 0.5018),
 * held back 0.5502 → 0.5503; eval:kit and eval:typed unchanged.
 *
 * @example namesPeopleOfPlace('the Danes') // → true
 * @example namesPeopleOfPlace('Denmark') // → false
 */
export function namesPeopleOfPlace(name: string): boolean {
  const word = name.replace(LEADING_THE, '');
  if (!CAPITALISED_WORD.test(word)) return false;
  // A country's own name names the country, where a demonym is spelt alike too (a plural demonym or one the gazetteer
  // gives as the name itself).
  if (countryOf(word)?.toLowerCase() === word.toLowerCase()) return false;
  if (namesNationality(word)) return true;
  const lower = word.toLowerCase();
  return [lower, lower.replace(/s$/, '')].some((w) => bodiesOfMember(w).some((group) => nounClass(group) === 'place'));
}
