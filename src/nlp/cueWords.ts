/**
 * The small closed-class vocabularies that mark people in news English: titles and honorifics, words that qualify
 * a title, and verbs of saying. General English, no story's names; open-class role nouns ("comptroller",
 * "goalkeeper") come from the WordNet lexicon instead (see {@link isPersonNoun}).
 */
import { nounClass, nounClasses } from '../lexicon/index.js';

/** Role nouns: before a name they make it a person ("President", "spokesman", "Gen."). General English. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president',
  'secretary',
  'minister',
  'general',
  'gen.',
  'gen',
  'lt.',
  'col.',
  'maj.',
  'sgt.',
  'capt.',
  'adm.',
  'admiral',
  'colonel',
  'major',
  'captain',
  'sergeant',
  'lieutenant',
  'commander',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'dame',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'congressman',
  'congresswoman',
  'gov.',
  'governor',
  'mayor',
  'chancellor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'judge',
  'justice',
  'chief',
  'adviser',
  'advisor',
  'director',
  'chairman',
  'chairwoman',
  'speaker',
  'leader',
  'officer',
  'official',
  'pastor',
  'rev.',
  'reverend',
  'sheikh',
  'emir',
  'premier',
  'attorney',
  'negotiator',
  'ceo',
  'founder',
  'coach',
  'professor',
  'prof.',
  'economist',
  'analyst',
  'editor',
  'correspondent',
  'reporter',
  'diplomat',
  'aide',
  'lawmaker',
  'son-in-law',
  'daughter-in-law',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  'father',
  'mother',
  'miss',
  'mx',
  'mx.',
  'lord',
  'lady',
  'baroness',
  'baron',
  'earl',
  'duke',
  'duchess',
  'rabbi',
  'imam',
  'bishop',
  'cardinal',
  'archbishop',
  'father',
  'sister',
  'brother',
  'chairperson',
  'treasurer',
  'comptroller',
  'prosecutor',
  'lawyer',
  'seed',
  'champion',
  'emperor',
  'empress',
  'tsar',
  'czar',
  'archduke',
  'marshal',
  'brigadier',
  'corporal',
  'detective',
  'inspector',
  'superintendent',
  'constable',
  'deacon',
  'monsignor',
  'ayatollah',
  'patriarch',
  'chaplain',
  'pvt.',
  'cpl.',
  'brig.',
  'cmdr.',
  'det.',
  'insp.',
  'supt.',
  'fr.',
  'msgr.',
  'hon.',
]);

/**
 * Titles of a sovereign, a noble, a prelate or a saint: "of" after the name they title is the realm or the see ("Queen
 * Ilse of Varnholm", "Bishop Aldo Renn of Castel"), a place, not the rest of the name; they stand before a given or
 * regnal name, never before a surname ("Pope Aldo", "Saint Varnek" are not Ivo Varnek).
 */
export const REALM_TITLES: ReadonlySet<string> = new Set([
  'pope',
  'saint',
  'st',
  'st.',
  'sultan',
  'caliph',
  'pharaoh',
  'shah',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'empress',
  'tsar',
  'czar',
  'emir',
  'sheikh',
  'duke',
  'duchess',
  'archduke',
  'earl',
  'baron',
  'baroness',
  'bishop',
  'archbishop',
  'cardinal',
  'patriarch',
]);

/** Honorifics that stay in the name they precede, as the name is written and quoted ("Sir Alric Penwood"). */
export const KEPT_HONORIFICS: ReadonlySet<string> = new Set(['sir', 'dame']);

/**
 * Lower-case words that join the two parts of a place's name in the languages that write them so ("Velden **am** Tarn",
 * "Tarnhof **op** Orsk", "Haus **bij** Tolly"); before one of `PARTICLES` too ("Alp **aan** de Tarn"). Not the English
 * prepositions ("on", "upon", "an"), which join two names far more often than they make one ("moved Orsk FM upon Tarn TV's
 * closure"). SQuAD reading: 4 won, 0 lost (with "upon", 4 won / 1 lost).
 */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set(['am', 'im', 'zum', 'zur', 'ob', 'bei', 'auf', 'aan', 'bij', 'op', 'sur']);

/** Connectors that are particles of a person's name, which may come two in a row ("van der", "de la", "al-"). */
export const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'van',
  'von',
  'der',
  'den',
  'de',
  'la',
  'le',
  'du',
  'da',
  'del',
  'di',
  'dos',
  'das',
  'ter',
  'zu',
  '-',
]);

/** Honorifics: before a name they mark a person, but they are no role ("Mr", "Ms", "Dr"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'mx',
  'mx.',
  'sir',
  'dame',
  'dr',
  'dr.',
]);

/**
 * Honorifics that say whether the one named is a man or a woman ("Mr", "Mrs", "Ms", "Sir", "Dame", "Frau"): the last
 * word of a title, lower case, without its full stop.
 */
export const HONORIFIC_SEX: ReadonlyMap<string, 'f' | 'm'> = new Map([
  ...(['mr', 'sir', 'lord', 'herr', 'monsieur', 'senor', 'señor', 'signor', 'sig'] as const).map((w) => [w, 'm'] as const),
  ...(['mrs', 'ms', 'miss', 'dame', 'lady', 'madam', 'madame', 'mme', 'mlle', 'frau', 'senora', 'señora', 'signora'] as const).map(
    (w) => [w, 'f'] as const,
  ),
]);

/** The sex an honorific ending a title gives ("Mrs" → 'f', "Mr." → 'm'); undefined for any other title. */
export function titleSex(title: string | undefined): 'f' | 'm' | undefined {
  const last = title?.split(/\s+/).at(-1)?.toLowerCase().replace(/\.$/, '');
  return last === undefined ? undefined : HONORIFIC_SEX.get(last);
}

/**
 * Words that qualify a role ("Deputy Harbour Master", "Secretary of State"); alone they are no title. The name reader
 * takes them into a title, and the actor lookup (`findActor`'s `TITLE_MODIFIERS`) skips them before a name.
 */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice',
  'prime',
  'deputy',
  'foreign',
  'defense',
  'defence',
  'state',
  'special',
  'senior',
  'former',
  'us',
  'top',
  'head',
  'executive',
  'presidential',
  'general',
  'interior',
  'finance',
  'of',
  'acting',
  'military',
  'chief',
  'assistant',
  'associate',
  'first',
  'lady',
  'supreme',
  'u.s.',
]);

/** Verbs of saying, as lemmas: what follows one is what someone said ("said the review would …"). General English. */
export const SAYING_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'state',
  'note',
  'claim',
  'argue',
  'warn',
  'announce',
  'explain',
  'insist',
]);

/** Verbs of saying that, right after (or right before, inverted) a name, mark it as a speaker. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'added',
  'adds',
  'announced',
  'announces',
  'described',
  'stressed',
  'noted',
  'cautioned',
  'confirmed',
  'posted',
  'argued',
  'warned',
  'claimed',
  'insisted',
  'explained',
  'replied',
  'responded',
  'emphasized',
  'emphasised',
  'stated',
  'declared',
  'urged',
  'tweeted',
  'asked',
  'recalled',
  'revealed',
  'praised',
  'welcomed',
  'thanked',
  'framed',
  'characterized',
  'characterised',
  'cited',
  'texted',
  'suggested',
  'acknowledged',
  'admitted',
  'denied',
  'commented',
  'testified',
  'predicted',
  'conceded',
  'remarked',
  'observed',
  'quipped',
  'joked',
  'complained',
  'estimated',
]);

/** A lower-case word (hyphens allowed inside). */
export const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const personFirstSense = new Map<string, boolean>();
const personAnySense = new Map<string, boolean>();
/** Each map is cleared when it holds this many words, so a corpus of odd words cannot grow it without bound. */
const PERSON_NOUN_CACHE_SIZE = 100_000;

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
  if (!LOWER_WORD.test(lower)) return false;
  // The lexicon is fixed: each lower-case word is looked up once per process (the tagger asks for the same few
  // thousand words around every name).
  const known = anySense ? personAnySense : personFirstSense;
  let person = known.get(lower);
  if (person === undefined) {
    person = nounClass(lower) === 'person' || (anySense && nounClasses(lower).includes('person'));
    if (known.size >= PERSON_NOUN_CACHE_SIZE) known.clear();
    known.set(lower, person);
  }
  return person;
}
