import { isCurrencyNoun, nounClass } from '../lexicon/index.js';
import { isGivenName } from '../text/places.js';
import { namesPeopleOfPlace } from './demonyms.js';
import { isCapitalised } from '../text/words.js';

/**
 * "Where did the index close / finish / settle / trade / peak …?": a where-question whose verb a market's level goes
 * with. Its subject is captured; a date or a time after the verb may follow.
 */
const LEVEL_QUESTION =
  /^where (?:did|does|do|will|would|has|had|is|was|were) (.*?) (?:close|closed|closes|finish|finished|settle|settled|trade|traded|peak|peaked)(?: at)?\b[^\p{L}]*(?: on .*| in .*| after .*| at the .*)?$/iu;

/** Pronouns that stand for people ("Where did they settle?"). */
const PEOPLE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);

/**
 * Whether a where-question asks for the level a market, an index, a share or a currency stood at ("Where did the
 * index close on Friday?" → a number), not a place. The verb alone does not tell: people close, finish and settle
 * too ("Where did the settlers settle?"). A subject with a currency or a number in it ("the Orvex 250") is a market's;
 * one that names people (a pronoun, a common noun of people or groups, the people of a place, a given name) is not.
 *
 * @example asksMarketLevel('Where did the index close on Friday?') // → true
 * @example asksMarketLevel('Where did the shepherds settle?') // → false
 */
export function asksMarketLevel(question: string): boolean {
  const m = LEVEL_QUESTION.exec(question);
  if (!m) return false;
  const words = m[1]!
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}&-]/gu, ''))
    .filter(Boolean);
  if (words.some((w) => /\d/.test(w) || isCurrencyNoun(w.toLowerCase()))) return true;
  return !words.some((w) => namesPeople(w));
}

/** Whether a word of a subject names people: "they", "settlers", "the family", "Danes", "Mara". */
function namesPeople(word: string): boolean {
  const lower = word.toLowerCase();
  if (PEOPLE_PRONOUNS.has(lower)) return true;
  if (isCapitalised(word) && (namesPeopleOfPlace(word) || isGivenName(word))) return true;
  return [lower, lower.replace(/s$/, '')].some((w) => {
    const cls = nounClass(w);
    return cls === 'person' || cls === 'group';
  });
}
