/**
 * The small closed-class vocabularies that mark people in news English: titles and honorifics, words that qualify
 * a title, and verbs of saying. General English, no story's names; open-class role nouns ("comptroller",
 * "goalkeeper") come from the WordNet lexicon instead (see {@link isPersonNoun}).
 */
import { nounClass, nounClasses } from '../lexicon/index.js';

/** Role nouns: before a name they make it a person ("President", "spokesman", "Gen."). General English. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  [
    'president', 'secretary', 'minister', 'general', 'gen.', 'gen', 'lt.', 'col.', 'maj.', 'sgt.', 'capt.', 'adm.',
    'admiral', 'colonel', 'major', 'captain', 'sergeant', 'lieutenant', 'commander', 'ambassador', 'envoy',
    'spokesman', 'spokeswoman', 'spokesperson', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame',
    'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'gov.', 'governor', 'mayor',
    'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'chief', 'adviser', 'advisor',
    'director', 'chairman', 'chairwoman', 'speaker', 'leader', 'officer', 'official', 'pastor', 'rev.', 'reverend',
    'sheikh', 'emir', 'premier', 'attorney', 'negotiator', 'ceo', 'founder', 'coach', 'professor', 'prof.',
    'economist', 'analyst', 'editor', 'correspondent', 'reporter', 'diplomat', 'aide', 'lawmaker',
    'son-in-law', 'daughter-in-law', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother',
    'miss', 'mx', 'mx.', 'lord', 'lady', 'baroness', 'baron', 'earl', 'duke', 'duchess', 'rabbi', 'imam', 'bishop',
    'cardinal', 'archbishop', 'father', 'sister', 'brother', 'chairperson', 'treasurer', 'comptroller', 'prosecutor',
    'lawyer', 'seed', 'champion',
  ],
);

/** Honorifics: before a name they mark a person, but they are no role ("Mr", "Ms", "Dr"). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'sir', 'dame', 'dr', 'dr.']);

/** Words that qualify a role ("Deputy Foreign Minister", "Secretary of State"); alone they are no title. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  [
    'vice', 'prime', 'deputy', 'foreign', 'defense', 'defence', 'state', 'special', 'senior', 'top', 'former',
    'national', 'security', 'head', 'executive', 'presidential', 'general', 'interior', 'finance', 'of', 'acting',
    'military', 'chief', 'assistant', 'associate', 'first', 'lady', 'supreme', 'us', 'u.s.', 'white', 'house',
  ],
);

/** Verbs of saying that, right after (or right before, inverted) a name, mark it as a speaker. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    'said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'announced', 'announces', 'described',
    'stressed', 'noted', 'cautioned', 'confirmed', 'posted', 'argued', 'warned', 'claimed', 'insisted',
    'explained', 'replied', 'responded', 'emphasized', 'emphasised', 'stated', 'declared', 'urged',
    'tweeted', 'asked', 'recalled', 'revealed', 'praised', 'welcomed', 'thanked', 'framed', 'characterized',
    'characterised', 'cited', 'texted', 'suggested', 'acknowledged', 'admitted', 'denied', 'commented', 'testified',
    'predicted', 'conceded', 'remarked', 'observed', 'quipped', 'joked', 'complained', 'estimated',
  ],
);

/**
 * Whether a lower-case word names a person's role or kind: a title word, or a noun whose most frequent WordNet sense
 * is a person ("lawyer", "comptroller", "goalkeeper"). `anySense` also accepts a noun with any person sense ("seed",
 * "star"), for the word right before a name.
 *
 * @example isPersonNoun('comptroller') // → true
 * @example isPersonNoun('seed', true) // → true
 */
export function isPersonNoun(lower: string, anySense = false): boolean {
  if (ROLE_WORDS.has(lower)) return true;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(lower)) return false;
  if (nounClass(lower) === 'person') return true;
  return anySense && nounClasses(lower).includes('person');
}
