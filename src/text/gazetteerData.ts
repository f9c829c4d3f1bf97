import { readFileSync } from 'node:fs';
import { TextTable } from '../lexicon/textTable.js';

/** A country as the gazetteer keeps it (from world-countries). */
export interface GazetteerCountry {
  /** Common English name ("Norway", "United States"). */
  name: string;
  official: string;
  /** ISO 3166-1 alpha-2 code ("UA"). */
  code: string;
  /** Alternative spellings ("US", "USA", "United States of America"); two-letter ones are codes. */
  spellings: string[];
  capitals: string[];
  /** English demonyms, masculine and feminine ("Norwegian"). */
  demonyms: string[];
}

/** The generated gazetteer file's shape (scripts/buildGazetteer.ts writes it). */
export interface GazetteerData {
  source: string;
  /** UN members first. */
  countries: GazetteerCountry[];
  /** ISO 4217 code → name and symbol ("GBP" → British pound, "£"). */
  currencies: Record<string, { name: string; symbol: string }>;
  /** Names of cities of at least 100,000 people. */
  cities: string[];
}

let data: GazetteerData | undefined;

/**
 * The gazetteer data, read from src/text/data/gazetteer.json on first use and kept (about 200 KB; no data package
 * is parsed at run time; its given names are a table of their own, `givenNameTable`). Refresh both with
 * `npx tsx scripts/buildGazetteer.ts`.
 */
export function gazetteerData(): GazetteerData {
  if (data) return data;
  const parsed = JSON.parse(readFileSync(new URL('./data/gazetteer.json', import.meta.url), 'utf8')) as Partial<GazetteerData>;
  if (!Array.isArray(parsed.countries) || !Array.isArray(parsed.cities) || typeof parsed.currencies !== 'object') {
    throw new Error('gazetteerData: src/text/data/gazetteer.json is not a gazetteer (run scripts/buildGazetteer.ts)');
  }
  data = parsed as GazetteerData;
  return data;
}

let givenNames: TextTable | undefined;

/**
 * Common given names of English-speaking countries and those of five other languages that are no English word
 * ("Andrew", "Harriet", "Thibault"), folded (`foldUncached`), each with the sex it is borne by: 'f' for a name only
 * women bear, 'm' only men, '-' either or unknown (spellings that fold alike give one only when none of them gives
 * another). Read from src/text/data/given-names.json on first use and looked up in its text (`TextTable`): every thread
 * that reads a sentence asks it, and a Set and a Map of its ~59k names cost each one ~45 ms of CPU to make.
 */
export function givenNameTable(): TextTable {
  givenNames ??= TextTable.parse(readFileSync(new URL('./data/given-names.json', import.meta.url), 'utf8'));
  return givenNames;
}
