import { countryOf } from '../text/places.js';
import { isCapitalised } from '../text/words.js';
import { isDateBeforeTitle, isRoleNoun } from './roles.js';

/**
 * The country or organisation a role ties its holder to, when the role says so: a possessor that is not a person
 * ("head of Estonia's council" → Estonia), a country or demonym in it ("Danish Trade Ministry spokeswoman" →
 * Denmark, "US Trade Representative" → United States), or a proper noun that opens it before a role noun
 * ("Palace spokesman" → Palace, "OECD Secretary General" → OECD).
 *
 * @param isPersonName whether a capitalised phrase names a person of the story (such possessors are no side)
 */
export function sideOfRole(role: string, isPersonName: (text: string) => boolean): string | undefined {
  const words = role.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i += 1) {
    const raw = words[i]!;
    const possessive = /['’]s$/.test(raw);
    const word = raw.replace(/['’]s$/, '').replace(/[,;:]$/, '');
    // A month or weekday is a date, never a side ("Thursday conciliator").
    if (!isCapitalised(word) || isRoleNoun(word.toLowerCase()) || isDateBeforeTitle(word, words[i + 1])) continue;
    if (possessive) {
      // The whole capitalised run that owns the role: "Estonia's", "President Ivo Marsk's".
      let k = i;
      while (k > 0 && isCapitalised(words[k - 1]!)) k -= 1;
      const owner = [...words.slice(k, i), word].join(' ');
      const ownerName = [...words.slice(k, i), word].filter((w) => !isRoleNoun(w.toLowerCase())).join(' ');
      if (isPersonName(ownerName) || isPersonName(word)) return undefined;
      return countryOf(owner) ?? countryOf(word) ?? owner;
    }
    const country = countryOf(word);
    if (country) return country;
    // Proper nouns opening the role right before its role noun: "Palace spokesman", "OECD Secretary General",
    // "City Hall spokesperson"; not the qualifiers of a title ("Foreign Minister", "Prime Minister").
    if (i === 0) {
      let k = 0;
      while (k < words.length && k < 3 && isCapitalised(words[k]!) && !isRoleNoun(words[k]!.toLowerCase())) k += 1;
      const run = words.slice(0, k);
      const next = words[k];
      if (run.length > 0 && next && isRoleNoun(next.toLowerCase()) && !run.some((w) => TITLE_QUALIFIERS.has(w.toLowerCase()))) {
        const name = run.join(' ');
        if (!isPersonName(name)) return name;
      }
    }
  }
  return undefined;
}

/** Capitalised words that qualify a title rather than name a side ("Foreign Minister", "Deputy Prime Minister"). */
const TITLE_QUALIFIERS = new Set([
  'foreign',
  'prime',
  'deputy',
  'vice',
  'special',
  'senior',
  'chief',
  'defense',
  'defence',
  'interior',
  'finance',
  'home',
  'first',
  'acting',
  'general',
  'state',
  'national',
  'security',
  'executive',
  'military',
  'presidential',
  'supreme',
  'top',
  'former',
  'lead',
  'head',
  'assistant',
  'associate',
  'principal',
  'permanent',
  'economic',
  'economy',
  'trade',
  'health',
  'justice',
  'energy',
  'education',
  'culture',
  'transport',
  'agriculture',
  'environment',
  'labor',
  'labour',
  'press',
  'communications',
  'political',
  'public',
  'council',
  'committee',
  'majority',
  'minority',
  'opposition',
  'party',
  'interim',
  'outgoing',
  'incoming',
  'elected',
  'crown',
  'grand',
  'attorney',
  'solicitor',
  'surgeon',
  'lord',
  'lady',
  'high',
  'private',
  'personal',
  'deputy',
  'under',
]);
