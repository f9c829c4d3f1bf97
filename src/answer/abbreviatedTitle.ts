import type { Token } from '../nlp/entities.js';
import { ROLE_WORDS, titleSex } from '../nlp/cueWords.js';
import { splitTitleStop } from '../nlp/titleStop.js';
import { isCapitalised } from '../text/words.js';

/**
 * Where an abbreviated title of office or profession written right before token `at` starts ("**Rev.** Elwin T. Marsh",
 * "**Dr.** Ada Venn"; the tagger may split the full stop off, `splitTitleStop`): a capitalised word that `ROLE_WORDS`
 * lists with its full stop, not an honorific of address that tells a sex ("Mr.", "Mrs.": the name alone names the
 * person, as a reader writes it). Undefined where none stands there.
 */
export function abbreviatedTitleStart(tokens: readonly Token[], at: number): number | undefined {
  // "Prof." read as one token, or "Rev" with its full stop split off.
  const split = splitTitleStop(tokens, at - 1);
  const word = split ? tokens[at - 2] : tokens[at - 1];
  if (!word || !(split || word.text.endsWith('.'))) return undefined;
  const title = split ? `${word.text}.` : word.text;
  if (!isCapitalised(title) || !ROLE_WORDS.has(title.toLowerCase()) || titleSex(title) !== undefined) return undefined;
  return word.start;
}
