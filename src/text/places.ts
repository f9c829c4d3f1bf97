import { demonymWords } from '../lexicon/index.js';
import { foldText, foldUncached } from './fold.js';
import { gazetteerData, givenNameTable } from './gazetteerData.js';

/** What the gazetteer knows a name to be. */
export type PlaceKind = 'country' | 'city' | 'demonym';

/** Two-letter country codes that stand bare in English text ("US", "UK"); others only when dotted ("U.S."). */
const BARE_CODES = ['us', 'usa', 'uk', 'uae'];

interface Tables {
  kind: Map<string, PlaceKind>;
  country: Map<string, string>;
}
let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const data = gazetteerData();
  const kind = new Map<string, PlaceKind>();
  const country = new Map<string, string>();
  const given = givenNameTable();
  for (const city of data.cities) kind.set(foldUncached(city), 'city');
  for (const c of data.countries) {
    for (const capital of c.capitals) kind.set(foldUncached(capital), 'city');
    // Two-letter spellings are codes: only the few that stand bare in English ("US", "UK") name the country, since
    // most fold to common words ("IN", "IT").
    const names = [c.name, c.official, ...c.spellings].map(foldUncached).filter((n) => n.length >= 3 || BARE_CODES.includes(n));
    for (const n of names) {
      kind.set(n, 'country');
      if (!country.has(n)) country.set(n, c.name);
    }
    for (const demonym of c.demonyms.map(foldUncached)) {
      for (const form of [demonym, `${demonym}s`]) {
        kind.set(form, 'demonym');
        if (!country.has(form)) country.set(form, c.name);
      }
    }
  }
  // WordNet's demonyms of places no country gives ("Texan", "Londoner"), where no place or given name is spelt alike.
  for (const d of demonymWords()) {
    const folded = foldUncached(d);
    for (const form of [folded, `${folded}s`]) if (!kind.has(form) && !given.has(form)) kind.set(form, 'demonym');
  }
  tables = { kind, country };
  return tables;
}

/**
 * What the gazetteer knows a name to be: a country (names, official names, spellings, "US"), a city (capitals and
 * cities of 100,000 people or more) or a demonym ("Norwegian", "Spaniards"; WordNet's add those of regions, cities and
 * continents: "Texans").
 *
 * @example placeKind('Lisbon') // → 'city'
 * @example placeKind('Norwegians') // → 'demonym'
 */
export function placeKind(name: string): PlaceKind | undefined {
  return load().kind.get(foldText(name));
}

/**
 * The country a name, spelling or demonym stands for.
 *
 * @example countryOf('U.S.') // → 'United States'
 * @example countryOf('Norwegian') // → 'Norway'
 */
export function countryOf(text: string): string | undefined {
  return load().country.get(foldText(text));
}

/**
 * Whether a word is a common given name of English-speaking countries (the @stdlib first-name lists).
 *
 * @example isGivenName('Harriet') // → true
 */
export function isGivenName(word: string): boolean {
  return givenNameTable().has(foldText(word));
}

/**
 * The sex a given name is borne by, when the name lists give it only one: 'f' for women, 'm' for men; undefined for a
 * name of either ("Andrea") or none known.
 *
 * @example givenNameSex('Harriet') // → 'f'
 */
export function givenNameSex(word: string): 'f' | 'm' | undefined {
  const sex = givenNameTable().get(foldText(word));
  return sex === 'f' || sex === 'm' ? sex : undefined;
}
