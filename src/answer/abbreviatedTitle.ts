import type { Token } from '../nlp/entities.js';
import { ROLE_WORDS, titleSex } from '../nlp/cueWords.js';
import { isCapitalised } from '../text/words.js';

/**
 * Where an abbreviated title of office or profession written right before token `at` starts ("**Rev.** Elwin T. Marsh",
 * "**Dr.** Ada Venn"; the tagger may split the full stop off, "Rev" "."): a capitalised word that `ROLE_WORDS` lists with
 * its full stop, not an honorific of address that tells a sex ("Mr.", "Mrs.": the name alone names the person, as a
 * reader writes it). Undefined where none stands there.
 */
export function abbreviatedTitleStart(tokens: readonly Token[], at: number): number | undefined {
  const before = tokens[at - 1];
  if (!before) return undefined;
  // "Dr." read as one token, or "Dr" with its full stop apart and nothing between them.
  const word = before.text === '.' ? tokens[at - 2] : before;
  if (!word || (word !== before && word.end !== before.start)) return undefined;
  const title = word === before ? word.text : `${word.text}.`;
  if (!title.endsWith('.') || !isCapitalised(title) || !ROLE_WORDS.has(title.toLowerCase()) || titleSex(title) !== undefined)
    return undefined;
  return word.start;
}
