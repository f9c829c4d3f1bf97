import { createRequire } from 'node:module';
import { isDemonym } from '../search/terms.js';

let forms: ReadonlySet<string> | undefined;

/**
 * The one-word demonyms of every country as world-countries gives them in English ("British", "American",
 * "Danish"), lower case: the words that answer "What nationality …". `isDemonym` of the search terms
 * keeps only those of one-word country names (it folds them to the name); a nationality may be any.
 */
function demonymForms(): ReadonlySet<string> {
  if (forms) return forms;
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as { demonyms?: { eng?: { f: string; m: string } } }[];
  const out = new Set<string>();
  for (const c of countries) {
    const d = c.demonyms?.eng;
    if (!d) continue;
    for (const form of [d.m, d.f]) if (!/\s/.test(form)) out.add(form.toLowerCase());
  }
  forms = out;
  return out;
}

/**
 * Whether a written word names a nationality: a capitalised demonym of any country ("Korean", "British").
 *
 * @example namesNationality('British') // → true
 * @example namesNationality('british') // → false (a demonym is written with a capital)
 */
export function namesNationality(word: string): boolean {
  return /^\p{Lu}/u.test(word) && (demonymForms().has(word.toLowerCase()) || isDemonym(word));
}
