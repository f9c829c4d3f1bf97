/**
 * Finds the runs of proper nouns in a tagged sentence ("Trade Minister Nils Brisco", "Marlow Beach") and
 * reads the cues around each one that tell a person from a place, an organisation or a title of a work. The cues are
 * general English: titles and honorifics, verbs of saying, appositives, the noun that classifies a name ("lawyer
 * Lena Baker", "the Kestral volcano", "the film Silent Harbor"), a ticker after a company, a locative
 * preposition. Which cues win is decided over the whole corpus by `resolveNames`.
 */
import { isMainlyAdjective, nounClass, nounClasses, senseClasses, singularNoun } from '../lexicon/index.js';
import { isGivenName, placeKind } from '../text/places.js';
import { FIGURES, isCapitalised } from '../text/words.js';
import { isOpeningQuote } from '../text/quotes.js';
import {
  KEPT_HONORIFICS,
  LOWER_WORD,
  PARTICLES,
  REALM_TITLES,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEECH_VERBS,
  isPersonNoun,
} from './cueWords.js';
import { COMPANY_OFFICERS, INDEX_HEADS, INSTITUTION_HEADS, ORG_HEADS, PLACE_HEADS, SHARE_WORDS, STAKE_WORDS } from './headWords.js';
import { givenNameOpener, placeNounEnds, pluralNoun } from './nameKinds.js';
import { ROMAN_NUMERAL } from '../text/romanNumerals.js';
import { CONNECTORS, LOWER_PARTICLES, connectorsAt, onlyCalendarNames, surnameParticlesBefore } from './nameRunWords.js';
import type { Entity, NameRun, NameClass, Token } from './entities.js';
import { splitTitleStop } from './titleStop.js';

const LOCATIVE = new Set([
  'in',
  'on',
  'at',
  'near',
  'from',
  'to',
  'aboard',
  'across',
  'outside',
  'inside',
  'into',
  'toward',
  'towards',
  'around',
  'throughout',
  'within',
  'via',
  'onto',
]);
/** Locative prepositions that place what follows and seldom take a person ("lost to X", "a call from X" do). */
const PLACING = new Set(['in', 'at', 'near', 'inside', 'outside', 'within', 'throughout']);
/** Capitalised sentence openers that wink may tag PROPN but that are not names. */
const COMMON_OPENERS = new Set([
  'much',
  'such',
  'many',
  'more',
  'most',
  'some',
  'fresh',
  'additional',
  'meanwhile',
  'while',
  'after',
  'before',
  'also',
  'both',
  'neither',
  'another',
  'other',
  'several',
  'few',
]);
/** At most this many tokens are read into one run (a page of capitalised headline text is not one name). */
const MAX_RUN_TOKENS = 12;

const isTitleWord = (w: string) => ROLE_WORDS.has(w) || ROLE_MODIFIERS.has(w);

/** Whether tokens [from, to) are all title words. */
function everyTitleWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (!isTitleWord(tokens[k]!.text.toLowerCase())) return false;
  return true;
}

/** Whether a word is a name particle written with a capital ("El", "De", "Van"). */
function capitalisedParticle(word: string): boolean {
  return isCapitalised(word) && PARTICLES.has(word.toLowerCase());
}

/**
 * Tags of a given name that opens a sentence as an ordinary word ("Even officials agreed", "Any Tarnby resident", "My
 * Tarnby office"): a determiner, a pronoun, an adverb, a conjunction, a preposition or a particle. Not the auxiliaries
 * ("Will Harlan said …" is tagged so too); a name its opening drops is still read by its surname.
 */
const FUNCTION_TAGS = new Set(['DET', 'PRON', 'ADV', 'CCONJ', 'SCONJ', 'ADP', 'PART']);

function isNameToken(t: Token, sentenceInitial = false): boolean {
  if (!isCapitalised(t.text)) return false;
  // A lone capital is a name only mid-sentence and never "I" or "A" ("wrote on X").
  if (t.text.length === 1) return !sentenceInitial && t.pos === 'PROPN' && t.text !== 'I' && t.text !== 'A';
  // A capitalised common word that opens a sentence is just capitalisation ("Fresh attacks", "Such attacks"); a
  // given name or a title opening a sentence still starts a name ("Andy Pellow won", "President Marsk said").
  if (sentenceInitial) {
    const lower = t.text.toLowerCase();
    if (COMMON_OPENERS.has(lower)) return false;
    return t.pos === 'PROPN' || ROLE_WORDS.has(lower) || (isGivenName(t.text) && !FUNCTION_TAGS.has(t.pos));
  }
  // wink sometimes tags capitalised name parts as NOUN/ADJ ("President", "Force", "Baker").
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ';
}

const OPENING_MARK = /^["“‘'([]$/;

/** Whether token i opens the sentence (first token, or after opening quotes/brackets). */
function opensSentence(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k -= 1) if (!OPENING_MARK.test(tokens[k]!.text)) return false;
  return true;
}

/** A ticker symbol right after a name: "<TX.N>", "<C>", "(MOT.N)"; in parentheses only with an exchange suffix ("(US)" is a country). */
const TICKER_AFTER = /^\s*(?:<[A-Z]{1,6}(?:\.[A-Z]{1,3})?(?:>|\.|$)|\([A-Z]{1,6}\.[A-Z]{1,3}\))/;
/** A whole ticker symbol anywhere in a text ("<TX.N>", "<C>", "(MOT.N)"): it repeats the name beside it. */
export const TICKERS = /<[A-Z]{1,6}(?:\.[A-Z]{1,3})?>|\([A-Z]{1,6}\.[A-Z]{1,3}\)/g;

/**
 * The class of each noun asked about, on either side of a name: the lexicon is fixed, so a word's class is read
 * once per process (the read stage asks about the same few thousand nouns again and again).
 */
const nounClassBefore = new Map<string, NameClass | undefined>();
const nounClassAfter = new Map<string, NameClass | undefined>();
/** Each map is cleared when it holds this many words, so a corpus of odd words cannot grow it without bound. */
const NOUN_CLASS_CACHE_SIZE = 100_000;

/** What kind of thing a common noun classifies a name as ("volcano" → place, "film" → work, "lawyer" → person). */
function classOfNoun(lower: string, side: 'before' | 'after'): NameClass | undefined {
  // Only lower-case words are kept, so the maps hold the story's common nouns and never its names.
  if (!LOWER_WORD.test(lower)) return undefined;
  const known = side === 'before' ? nounClassBefore : nounClassAfter;
  if (known.has(lower)) return known.get(lower);
  const kind = readClassOfNoun(lower, side);
  if (known.size >= NOUN_CLASS_CACHE_SIZE) known.clear();
  known.set(lower, kind);
  return kind;
}

function readClassOfNoun(lower: string, side: 'before' | 'after'): NameClass | undefined {
  const first = nounClass(lower);
  if (first === undefined) return undefined;
  const all = nounClasses(lower);
  // After a name a person noun is the head of a compound ("Palace spokesman"), not a kind of the name.
  if (first === 'person') return side === 'before' ? 'person' : undefined;
  if (first === 'organization' || first === 'group') return 'organization';
  if (first === 'place' || all.includes('place')) return 'place';
  if (first === 'communication' || first === 'event') return 'work';
  if (side === 'before' && all.includes('person')) return 'person';
  return 'other';
}

/**
 * A sentence's DATE entities walked alongside its tokens: a method, not a closure made per sentence (tsx names
 * each closure bound to a name as it is made, which cost more than the walk).
 */
class DateCursor {
  #d = 0;
  constructor(readonly dates: Entity[]) {}

  /** Whether a DATE holds token `t`; the cursor moves past the dates that end before it. */
  covers(t: Token): boolean {
    const { dates } = this;
    while (this.#d < dates.length && dates[this.#d]!.end <= t.start) this.#d += 1;
    const e = dates[this.#d];
    return e !== undefined && t.start >= e.start && t.end <= e.end;
  }
}

/**
 * The tokens with each title abbreviation wink split from its full stop joined back to it ("Rev" "." "Josiah" → "Rev."
 * "Josiah"), so the title stays in the run; the same array when there is none.
 */
function joinTitleStops(tokens: Token[]): Token[] {
  let joined: Token[] | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (splitTitleStop(tokens, i + 1)) {
      joined ??= tokens.slice(0, i);
      joined.push({ ...t, text: `${t.text}.`, end: tokens[i + 1]!.end });
      i += 1;
    } else if (joined) joined.push(t);
  }
  return joined ?? tokens;
}

/** Whether tokens [from, to) are a sovereign's, a noble's or a prelate's title and a name ("Queen Ilse", "King Aldo IV"). */
function titledByRealm(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && isTitleWord(tokens[k]!.text.toLowerCase())) k += 1;
  const titled =
    k > from ? REALM_TITLES.has(tokens[k - 1]!.text.toLowerCase()) : REALM_TITLES.has(tokens[from - 1]?.text.toLowerCase() ?? '');
  return titled && k < to;
}

/** The proper-noun runs of a sentence with their cues; `entities` are wink's (a DATE never joins a name). */
export function findNameRuns(text: string, sentenceTokens: Token[], entities: Entity[]): NameRun[] {
  const tokens = joinTitleStops(sentenceTokens);
  const dates = new DateCursor(entities.filter((e) => e.type === 'DATE'));
  const runs: NameRun[] = [];
  let affiliation = -1;
  let realm = -1;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "the 82nd Tarn Division": an ordinal after "the" opens the name of the organisation it numbers.
    const ordinalEnd = i > 0 && tokens[i - 1]!.text.toLowerCase() === 'the' ? numberedOrganisation(tokens, i, dates, ORDINAL) : 0;
    if (ordinalEnd > 0) {
      runs.push(describeRun(text, tokens, i, ordinalEnd));
      i = ordinalEnd;
      continue;
    }
    // Whether the token opens the sentence is asked only of a capitalised one (a lower-case word is no name token).
    if (!((isCapitalised(t.text) && isNameToken(t, opensSentence(tokens, i))) || particleOpensName(tokens, i)) || dates.covers(t)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j - i < MAX_RUN_TOKENS) {
      const next = tokens[j];
      if (!next) break;
      if ((isNameToken(next) || surnameAfterInitial(tokens, i, j) || surnameReadAsVerb(tokens, i, j)) && !dates.covers(next)) {
        j += 1;
        continue;
      }
      // "Republic of Estonia", "Jan van der Meulen", "Omar al-Rashid", "Terminal 5": connectors or a trailing number
      // inside a name.
      const connectors = connectorsBeforeName(tokens, j, dates);
      if (connectors > 0) {
        // "Nora Venn of Halden Partners": a person's name does not run on into "of" and their firm.
        if (next.text.toLowerCase() === 'of' && titledByRealm(tokens, i, j)) {
          // "Queen Ilse of Varnholm", "Bishop Aldo Renn of Castel": the realm or see after a sovereign's or prelate's name.
          realm = j + connectors;
          break;
        }
        if (next.text.toLowerCase() === 'of' && opensWithPersonName(tokens, i, j)) {
          affiliation = j + connectors;
          break;
        }
        j += connectors + 1;
        continue;
      }
      // "the Tarnby and Orsk Railway": one organisation whose head the two names share.
      const shared = sharedHeadAfterAnd(tokens, i, j, dates);
      if (shared > 0) {
        j = shared;
        break;
      }
      // 'Isadora "Izzy" Kwantes': a nickname in quotes after a given name stays inside the name.
      if (nicknameAt(tokens, j) && isGivenName(tokens[j - 1]!.text)) {
        j += 4;
        continue;
      }
      if (next.pos === 'NUM' && /^[A-Z][a-z]+$/.test(next.text)) {
        j += 1;
        continue;
      }
      // "the Tarn 2030 Trust", "the Velden 5 Harbour Board": a figure inside an organisation's name.
      const numbered = numberedOrganisation(tokens, j, dates);
      if (numbered > 0) {
        j = numbered;
        continue;
      }
      // "the Group of 7", "the Council of 40": an organisation named by how many it gathers; not a count of the noun
      // after the figure ("the Board of 12 members").
      if (next.text === 'of' && organisationHead(tokens[j - 1]!.text) && figureEndsName(tokens, j + 1, dates)) j += 2;
      break;
    }
    const run = describeRun(text, tokens, surnameParticlesBefore(tokens, i), j);
    // The name after "Nora Venn of …" is where the person works.
    if (i === affiliation) run.kindBefore = 'organization';
    if (i === realm) run.kindBefore = 'place';
    runs.push(run);
    i = j;
  }
  return runs.filter((r) => !onlyCalendarNames(r.text));
}

/** An ordinal written in figures ("82nd"), beside a bare figure (`FIGURES`). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * Where an organisation's name ends when a figure at `at` stands inside it ("the Tarn **2030** Trust", "the **82nd**
 * Velmian Division"), or 0: the figure, outside a date, then name words up to an organisation's head, and no figure
 * after them (a score, "Velmar Town 3 Orsk Rovers 1", joins no two names).
 */
function numberedOrganisation(tokens: Token[], at: number, dates: DateCursor, figure = FIGURES): number {
  const t = tokens[at];
  if (t === undefined || !figure.test(t.text) || dates.covers(t)) return 0;
  let k = at + 1;
  while (k - at <= 4 && tokens[k] !== undefined && isNameToken(tokens[k]!) && !dates.covers(tokens[k]!)) k += 1;
  if (k === at + 1 || k - at > 4 || !organisationHead(tokens[k - 1]!.text)) return 0;
  return /^\d/.test(tokens[k]?.text ?? '') ? 0 : k;
}

/** Whether the bare figure at `at`, outside a date, ends a name: no noun or name word follows it. */
function figureEndsName(tokens: Token[], at: number, dates: DateCursor): boolean {
  const t = tokens[at];
  if (t === undefined || !FIGURES.test(t.text) || dates.covers(t)) return false;
  const after = tokens[at + 1];
  return after === undefined || !/^(?:NOUN|PROPN|NUM|ADJ)$/.test(after.pos);
}

/** A middle initial: one capital and a stop ("J."). */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/**
 * Whether token `at` is a surname after a given name and a middle initial ("Kurt J. Debow"): wink may tag such a
 * surname a verb, yet after "Name X." a capitalised word inside the sentence ends the name.
 *
 * @param from where the run began
 */
function surnameAfterInitial(tokens: Token[], from: number, at: number): boolean {
  return at - from >= 2 && MIDDLE_INITIAL.test(tokens[at - 1]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[at]!.text);
}

/** A word with a capital and small letters only ("Pierce"; not "PIERCE", "McNeil" is read as a proper noun anyway). */
const CAPITALISED_ONLY = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether the capitalised word at `at`, tagged a verb, is the surname of the given name before it ("Tam Pierce, the
 * new chairman, …", "Ivo Mark said …"): the given name opens the run or follows its title, and no capitalised word
 * follows the verb (a headline writes every word with a capital: "Tam Wins Award").
 */
function surnameReadAsVerb(tokens: Token[], from: number, at: number): boolean {
  const t = tokens[at]!;
  const given = tokens[at - 1]!;
  if (t.pos !== 'VERB' || !CAPITALISED_ONLY.test(t.text) || !givenNameOpener(given.text)) return false;
  if (at - 1 !== from && !ROLE_WORDS.has(tokens[at - 2]!.text.toLowerCase())) return false;
  const after = tokens[at + 1];
  return after === undefined || !isCapitalised(after.text);
}

/**
 * Whether the word at `at`, tagged an adjective, is the head noun of the phrase a name opens ("the Kelso Cup final
 * will …"): a verb, a preposition or a stop follows it.
 */
function headAdjective(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  const after = tokens[at + 1];
  return t !== undefined && t.pos === 'ADJ' && (after === undefined || /^(AUX|VERB|ADP|PUNCT)$/.test(after.pos));
}

/**
 * Whether token `at` is a capitalised particle that opens a surname ("El Haddad said", "De la Cruz said", "Van der
 * Berg"): wink may tag it as no proper noun at the start of a sentence.
 */
function particleOpensName(tokens: Token[], at: number): boolean {
  const t = tokens[at]!;
  const next = tokens[at + 1];
  // Every particle is written in ASCII: a first letter outside A–Z rules the word out without a pattern or a copy.
  const first = t.text.charCodeAt(0);
  if (next === undefined || first < 65 || first > 90 || t.text.length > 4 || !PARTICLES.has(t.text.toLowerCase())) return false;
  return isNameToken(next) || (PARTICLES.has(next.text.toLowerCase()) && tokens[at + 2] !== undefined && isNameToken(tokens[at + 2]!));
}

/** Double quotation marks around a nickname. */
const NICKNAME_QUOTE = /^["“”]$/;

/** Whether tokens `at`… are a quoted capitalised word and then a name word ('"Izzy" Kwantes'). */
function nicknameAt(tokens: Token[], at: number): boolean {
  const [open, nick, close, after] = [tokens[at], tokens[at + 1], tokens[at + 2], tokens[at + 3]];
  return (
    open !== undefined &&
    NICKNAME_QUOTE.test(open.text) &&
    nick !== undefined &&
    isCapitalised(nick.text) &&
    nick.text.length > 1 &&
    close !== undefined &&
    NICKNAME_QUOTE.test(close.text) &&
    after !== undefined &&
    isNameToken(after)
  );
}

/**
 * Whether tokens [from, to), past any title words or person nouns ("Professor", "Sociologist"), are a given name and
 * at least one more word.
 */
function opensWithPersonName(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to - 2 && (isTitleWord(tokens[k]!.text.toLowerCase()) || isPersonNoun(tokens[k]!.text.toLowerCase()))) k += 1;
  return to - k >= 2 && givenNameOpener(tokens[k]!.text);
}

/**
 * Where a name joined by "and" to the one at `from`..`at` ends when the two share an organisation's head word ("the
 * Tarnby and Orsk Railway", "Fisheries and Harbours Board"): the end of the second name, whose last word is an
 * organisation's head (a head word or a noun WordNet files first under organisations or groups) while the first name's
 * is none ({@link headOfItsOwn}). Without "the" before the first name only an institution's head joins them ("Fisheries
 * and Harbours Board", not the two companies of "Tarnby and Orsk Railway staff"). Not before an index's word: "the
 * Varnex and Orsk Times indexes" are two indexes, each named. 0 when `at` is no such "and".
 */
function sharedHeadAfterAnd(tokens: Token[], from: number, at: number, dates: DateCursor): number {
  if (tokens[at]!.text !== 'and') return 0;
  let k = at + 1;
  while (k - from < MAX_RUN_TOKENS && tokens[k] && isNameToken(tokens[k]!) && !dates.covers(tokens[k]!)) k += 1;
  if (k - at < 3 || INDEX_HEADS.has(tokens[k]?.text ?? '')) return 0;
  const head = tokens[k - 1]!.text;
  const institution = INSTITUTION_HEADS.has(head.toLowerCase());
  const shared = tokens[from - 1]?.text.toLowerCase() === 'the' ? organisationHead(head) : institution;
  return shared && !headOfItsOwn(tokens[at - 1]!.text, institution) ? k : 0;
}

/**
 * Whether the last word of a first name joined by "and" is a head of its own, which keeps the two names apart ("the
 * Tarnby Council and Orsk Railway"): an organisation's head, but not a plural of people before an institution's head,
 * whose members a union or an association is named after ("the Transport Workers and Dockers Union").
 *
 * @param institution whether the second name ends in an institution's head
 */
function headOfItsOwn(word: string, institution: boolean): boolean {
  if (!organisationHead(word)) return false;
  return !institution || singularNoun(word.toLowerCase(), isPersonNoun) === undefined;
}

/** Whether a capitalised word is an organisation's head ("Railway", "Board", "Corp"). */
function organisationHead(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return ORG_HEADS.has(lower) || (!pluralNoun(lower) && classOfNoun(lower, 'after') === 'organization');
}

/**
 * How many connector tokens start at `at` and lead into a name token outside a date ("of", "van der", "al -"), or 0
 * when those at `at` are no connectors or lead nowhere.
 */
function connectorsBeforeName(tokens: Token[], at: number, dates: DateCursor): number {
  const n = connectorsAt(tokens, at);
  const after = tokens[at + n];
  return n > 0 && after && isNameToken(after) && !dates.covers(after) ? n : 0;
}

/**
 * Whether the word at `k` of a name run is a title the word lists do not hold ("Police Commissioner Ann Roe", "Harbour
 * Registrar …"): a noun whose most frequent WordNet sense is a person, no given name and not mainly an adjective,
 * followed by a given name and one more word of the run. Read after the run's first word only: a person noun opening
 * the run describes the name ("Veteran Aksel Brenn", "Swede …": taken off as a describer). A person noun right before a
 * surname alone ("Ann Baker", "Tom Fisher") or a given name that is a person noun ("Guy", "Hunter") is the name's own.
 */
function lexiconTitle(tokens: Token[], k: number, to: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (k > to - 3 || next === undefined || !isCapitalised(t.text) || isGivenName(t.text) || !isGivenName(next.text)) return false;
  const lower = t.text.toLowerCase();
  return isPersonNoun(lower) && !isMainlyAdjective(lower);
}

/**
 * Whether a run of three words or more ends in the kind of place it names, a noun whose first WordNet sense is a place
 * and none a person ("Abbey", "Cathedral", "Monastery"; not "Hill" or "Ford", surnames too), after a word that is no
 * given name: a title before it opens the place's name ("Saint Orlen Abbey") and titles no one.
 */
function placeKindLast(tokens: Token[], from: number, to: number, lastWord: string): boolean {
  return to - from >= 3 && isCapitalised(tokens[to - 1]!.text) && placeNounEnds(tokens[to - 2]!.text, lastWord);
}

/**
 * Whether a word after a title is a common word and no name a person goes by: a noun WordNet knows, none of whose
 * senses is a person, and no given name ("Assembly", "Lumber"; not "Baker", a trade and a surname, nor "Ilse").
 */
function commonHead(word: string): boolean {
  if (isGivenName(word)) return false;
  const senses = senseClasses(word.toLowerCase());
  return senses.length > 0 && !senses.includes('person');
}

/** Whether the run at `from` stands after "the" and a preposition that places what follows ("at the …", "in the …"). */
function placedByThe(tokens: Token[], from: number): boolean {
  return tokens[from - 1]?.text.toLowerCase() === 'the' && PLACING.has(tokens[from - 2]?.text.toLowerCase() ?? '');
}

function describeRun(text: string, tokens: Token[], from: number, to: number): NameRun {
  // Split a leading title off at its last role word: "US Trade Representative Nils Brisco" → title
  // "US Trade Representative", name "Nils Brisco"; "OECD Secretary General Pieter Vanlo" → "Pieter Vanlo".
  let nameFrom = from;
  const lastText = tokens[to - 1]!.text.toLowerCase();
  const lastWord = lastText.endsWith('.') ? lastText.slice(0, -1) : lastText;
  // "General Marlow Works", "Interior Department": a title word before an organisation's head word is part of its name.
  // So is one before a place's kind that no one is called by ("Saint Orlen Abbey", "Queen Tarn Cathedral"), unless a
  // given name stands before it ("Bishop Aldo Field" is a bishop).
  const organisation = ORG_HEADS.has(lastWord) || placeKindLast(tokens, from, to, lastWord);
  /** Where a title ending in "of" names the person itself ("Earl of Dunmarsh"); -1 when none does. */
  let titleOfRealm = -1;
  /** Whether the run names an office and no one in it ("Minister of Tillage"): the title is no person's. */
  let office = false;
  for (let k = to - 2; k >= from && !organisation; k -= 1) {
    if (ROLE_WORDS.has(tokens[k]!.text.toLowerCase()) || (k > from && lexiconTitle(tokens, k, to))) {
      nameFrom = k + 1;
      while (nameFrom < to - 1 && isTitleWord(tokens[nameFrom]!.text.toLowerCase())) nameFrom += 1;
      // "General Lumber", "Major Timber": a title word that is mainly an adjective, before one common word, names
      // a thing and no person ("Senator Baker", "General Ilse" stay titled).
      if (nameFrom === to - 1 && isMainlyAdjective(tokens[k]!.text.toLowerCase()) && commonHead(tokens[nameFrom]!.text)) {
        nameFrom = from;
        break;
      }
      // "Minister of Tillage Jon Vale", "Minister of Outer Affairs …": the office after "of" is the title's.
      let ofAt = nameFrom - 1;
      while (ofAt > k && tokens[ofAt]!.text !== 'of') ofAt -= 1;
      if (ofAt > k) {
        const named = nameAfterOfTitle(tokens, ofAt + 1, to);
        if (named !== undefined) nameFrom = named;
        else if (REALM_TITLES.has(tokens[k]!.text.toLowerCase())) titleOfRealm = k;
        else office = true;
      }
      break;
    }
  }
  // "Shares of Kelvard Bank", "Former Talvex chief executive …": a plural common noun and its connector, or "Former",
  // that open the sentence only lead into the name.
  if (nameFrom === from && to - from >= 2 && opensSentence(tokens, from)) {
    const opener = tokens[from]!.text;
    const lower = opener.toLowerCase();
    if (lower === 'former') from += 1;
    else if (
      to - from >= 3 &&
      CONNECTORS.has(tokens[from + 1]!.text.toLowerCase()) &&
      pluralNoun(lower) &&
      !isGivenName(opener) &&
      !placeKind(opener) &&
      !ORG_HEADS.has(lower) &&
      !PLACE_HEADS.has(lower) &&
      !isTitleWord(lower)
    )
      from += 2;
    nameFrom = from;
  }
  // "Russian Irina Vostova", "Swede Lars Ekvall": a demonym or a person noun before a name of two words or more.
  const describer: string[] = [];
  // The run's words (a hyphen is no word); counted once, then one less for each describer taken off the front.
  let wordCount = 0;
  for (let k = from; k < to; k += 1) if (tokens[k]!.text !== '-') wordCount += 1;
  // "Dockworkers Union of Rotterdam" is an organisation's name ("Union of …"), not a describer before a person's.
  // Nor is "the Fisher and Tarnby Railway" (two names sharing a head: `sharedHeadAfterAnd`).
  let headOf = false;
  for (let k = from; k < to - 1 && !headOf; k += 1)
    headOf = (tokens[k + 1]!.text === 'of' && ORG_HEADS.has(tokens[k]!.text.toLowerCase())) || tokens[k + 1]!.text === 'and';
  // Nor a word before a name that ends in a common noun no one is called by, with no given name after the word ("Orsk
  // Weather Bureau", "Tarnian Sign Language", "Vell Ferry Depot"): what follows is no person's name for it to
  // describe, and the word opens the name ("Swede Maja Lind" keeps its describer).
  // A place's kind ends no person's name either, even one spelled as a given name ("Saint Orlen Abbey").
  const common = commonHead(tokens[to - 1]!.text) || placeKindLast(tokens, from, to, lastWord);
  while (nameFrom === from && wordCount >= 3 && wordCount <= 4 && !ORG_HEADS.has(lastWord) && !PLACE_HEADS.has(lastWord) && !headOf) {
    if (common && !isGivenName(tokens[from + 1]!.text)) break;
    const w = tokens[from]!.text;
    // A person noun WordNet lists mainly as an adjective ("Great", "Native") is part of the name, no describer.
    const lower = w.toLowerCase();
    if (placeKind(w) !== 'demonym' && (nounClass(lower) !== 'person' || isMainlyAdjective(lower) || isGivenName(w))) break;
    // "at the Santa Orla Lodge", "in the Saint Ilse Hall": "the" after a placing preposition opens the name of a
    // place or a thing, and a person noun at its front is a word of that name, no describer of a person after it ("we
    // cheered the Swede Maja Lind" still loses its describer).
    if (placeKind(w) !== 'demonym' && placedByThe(tokens, from)) break;
    // "Lorenz J. Halvard": a word before a middle initial is the given name it abbreviates the next of.
    if (placeKind(w) !== 'demonym' && MIDDLE_INITIAL.test(tokens[from + 1]!.text)) break;
    // "Residents of Wexmoor": a plural joined by a connector describes no one; the name is what follows it.
    if (!CONNECTORS.has(tokens[from + 1]!.text.toLowerCase())) describer.push(w);
    if (w !== '-') wordCount -= 1;
    from += 1;
    nameFrom = from;
  }
  const titleParts: string[] = [];
  for (let k = from; k < nameFrom; k += 1) titleParts.push(tokens[k]!.text);
  // A name followed by a common noun modifies it ("a junior Halden Cup doubles title", "Harlow Brant Keene
  // analyst Paul Roe"): the cues before it belong to that noun, not to the name.
  const afterRun = tokens[to];
  const modifier = afterRun !== undefined && afterRun.pos === 'NOUN' && !isCapitalised(afterRun.text);
  // Role words just before the run ("spokesman Ilya Sorokov", "treasurer Walt Olander", "seed Nico Pellow").
  // "the conqueror of Emil Tarrant": a role joined to the name by "of" is someone else's, related to this name.
  const ofBefore = tokens[from - 1]?.text.toLowerCase() === 'of';
  for (let k = from - 1; k >= 0 && k >= from - 4 && !modifier && !ofBefore; k -= 1) {
    const w = tokens[k]!;
    const lower = w.text.toLowerCase();
    // "chief of staff Aldo Renn", "head of security …": a role, "of" and the noun of its field are one title.
    if (roleOfField(tokens, k)) {
      titleParts.unshift(tokens[k - 2]!.text, 'of', w.text);
      k -= 2;
      continue;
    }
    // "the great Lena Holt": a word WordNet lists mainly as an adjective describes the name; no title ends in one.
    if (k === from - 1 && isMainlyAdjective(lower) && !ROLE_WORDS.has(lower)) break;
    const sentenceStart = k === 0 && isCapitalised(w.text) && ROLE_WORDS.has(lower);
    if (!sentenceStart && (isCapitalised(w.text) || !(isTitleWord(lower) || isPersonNoun(lower, k === from - 1)))) break;
    // "the Vorlan-born striker": a word hyphened to a name before it ends an epithet, no title.
    if (epithetTail(tokens, k)) break;
    titleParts.unshift(w.text);
  }
  // "deputy of Velden Mayor X": a connector that only led into the title is not part of it.
  while (titleParts.length > 0 && CONNECTORS.has(titleParts[0]!.toLowerCase())) titleParts.shift();
  // A person noun from the lexicon ("treasurer", "junior") titles a name of two words or more; a title word any name.
  const titled =
    titleParts.some((w) => ROLE_WORDS.has(w.toLowerCase())) ||
    (to - nameFrom >= 2 && titleParts.some((w) => isPersonNoun(w.toLowerCase(), true)));
  if (!titled) titleParts.length = 0;
  // "the Minister of Tillage said": the title names an office, not anyone whose name follows it.
  if (office) titleParts.length = 0;
  // "the Earl of Dunmarsh": the title is the one word before "of", the name all of it.
  if (titleOfRealm >= 0 && titleParts[titleParts.length - 1] === 'of') titleParts.pop();

  // A run made only of title words ("US Trade Representative") names a role, not a person.
  if (titleParts.length > 0 && everyTitleWord(tokens, nameFrom, to)) {
    nameFrom = to - 1;
    titleParts.length = 0;
  }
  // "Ministers of Norlund": a name never begins with the connector that tied it to a title or a describer.
  // A capitalised particle opening a surname stays ("El Haddad", "De la Cruz").
  // So does a lower-case one that opens the run ("von Staupen", taken in by `surnameParticlesBefore`).
  const particleOpens = nameFrom === from && LOWER_PARTICLES.has(tokens[from]!.text);
  while (
    !particleOpens &&
    nameFrom < to - 1 &&
    CONNECTORS.has(tokens[nameFrom]!.text.toLowerCase()) &&
    !capitalisedParticle(tokens[nameFrom]!.text)
  )
    nameFrom += 1;
  // "King Aldric", "Archduke Sigismund", "Queen Elowen II": a sovereign, a noble or a prelate known by one name (and a
  // regnal number) is called by it with the title.
  const realmTitled =
    nameFrom > from &&
    REALM_TITLES.has(tokens[nameFrom - 1]!.text.toLowerCase()) &&
    (to - nameFrom === 1 || (to - nameFrom <= 3 && ROMAN_NUMERAL.test(tokens[nameFrom + 1]!.text)));
  // "Sir Alric Penwood", "Dame Ottilie Varn": a knight's or a dame's honorific is written as part of the name.
  const knighted = nameFrom > from && KEPT_HONORIFICS.has(tokens[nameFrom - 1]!.text.toLowerCase());
  const first = tokens[titleOfRealm >= 0 ? titleOfRealm : realmTitled || knighted ? nameFrom - 1 : nameFrom]!;
  const last = tokens[to - 1]!;
  const following = tokens[to];
  const afterComma = following?.text === ',' ? tokens[to + 1] : undefined;
  let speechAfter = following !== undefined && SPEECH_VERBS.has(following.text.toLowerCase());
  // "Brisco told reporters", "Verin has said": look one step past an auxiliary too.
  if (!speechAfter && following && /^(has|had|have|also|then|later|previously|once)$/i.test(following.text)) {
    const next = tokens[to + 1];
    speechAfter = next !== undefined && SPEECH_VERBS.has(next.text.toLowerCase());
  }
  const prev = tokens[from - 1];
  const beforePrev = tokens[from - 2]?.text.toLowerCase();
  const name = text.slice(first.start, last.end);
  // "shares in Brackwell Mining", "a stake in …": a holding in a company, not a place.
  const stake = beforePrev !== undefined && STAKE_WORDS.has(beforePrev) && /^(?:in|of)$/i.test(prev?.text ?? '') && !placeKind(name);
  // "a lawyer at Brack Pell", "chief of staff at Quenford": "at" after a person noun or a role names the employer.
  const employer =
    prev?.text === 'at' &&
    beforePrev !== undefined &&
    !isCapitalised(tokens[from - 2]!.text) &&
    (isPersonNoun(beforePrev) || roleOfField(tokens, from - 2)) &&
    !placeKind(name);
  const run: NameRun = {
    text: name,
    start: first.start,
    end: last.end,
    speechAfter,
    locativeBefore: prev !== undefined && LOCATIVE.has(prev.text.toLowerCase()) && beforePrev !== 'according' && !stake && !employer,
  };
  // "in Pellworth on Monday"; not "in Lena Holt's view", where the place is the possessor's.
  if (run.locativeBefore && PLACING.has(prev!.text.toLowerCase()) && !/^['’]s?$/.test(following?.text ?? '')) run.placedBefore = true;
  if (stake || employer) run.kindBefore = 'organization';
  // "the Harbour Council of the Orsk Dockers Union" is a body of another, "Members of the …" a plural noun; a member's
  // name ends in neither and stands after no "the".
  const memberName = !organisationHead(last.text) && !pluralNoun(last.text.toLowerCase()) && prev?.text.toLowerCase() !== 'the';
  if (memberName && memberOfBody(tokens, to)) run.memberOf = true;
  if (titleParts.length > 0) run.title = titleParts.join(' ');
  if (describer.length > 0) run.describer = describer.join(' ');
  // '…," said Simon Achter': a verb of saying right before the name, after the quotation.
  if (!modifier && prev && SPEECH_VERBS.has(prev.text.toLowerCase()) && /^[,"”]$/.test(tokens[from - 2]?.text ?? ''))
    run.speechBefore = true;
  // "Norway's finance minister, Kasper Lindqvist, …": a role noun and a comma before the name.
  const beforeComma = tokens[from - 2];
  if (
    !modifier &&
    prev?.text === ',' &&
    beforeComma &&
    !isCapitalised(beforeComma.text) &&
    (isPersonNoun(beforeComma.text.toLowerCase()) || roleOfField(tokens, from - 2))
  )
    run.roleBefore = true;
  // 'the film "Silent Harbour"': the noun that classifies a name may stand before its opening quote.
  const opensQuote = prev !== undefined && isOpeningQuote(prev.text) && prev.end === tokens[from]!.start;
  const classifier = opensQuote && from >= 2 ? tokens[from - 2] : prev;
  if (classifier && titleParts.length === 0 && describer.length === 0 && !isCapitalised(classifier.text) && classifier.pos === 'NOUN') {
    const kind = classOfNoun(classifier.text.toLowerCase(), 'before');
    if (kind && kind !== 'person') run.kindBefore = kind;
  }
  // "Vorlan-born", "Kelvar-based": a name hyphened to a word of origin or seat is a place.
  if (epithetTail(tokens, to + 1) && PLACE_EPITHETS.has(tokens[to + 1]!.text.toLowerCase())) run.kindAfter = 'place';
  const officer = following?.text.toLowerCase() === 'chief' ? tokens[to + 1] : following;
  // "Varo Power shares fell": shares of a name no gazetteer holds are a company's ("Oslo shares" are a market's).
  const shares = following !== undefined && SHARE_WORDS.has(following.text) && !placeKind(run.text);
  if (shares || (officer && COMPANY_OFFICERS.has(officer.text))) run.kindAfter = 'organization';
  else if (following && !isCapitalised(following.text) && (following.pos === 'NOUN' || headAdjective(tokens, to))) {
    const kind = classOfNoun(following.text.toLowerCase(), 'after');
    // "the Heron Bay club" is a club; "Nordic partners", "Oregon talks" only belong to the name.
    if (kind && (kind !== 'organization' || to - nameFrom >= 2)) run.kindAfter = kind;
  }
  if (TICKER_AFTER.test(text.slice(last.end, last.end + 16))) run.tickerAfter = true;
  // "The Fisheries and Harbours Board": a name "and" joins to another shares "the" with it; the one name may be the
  // whole ("the X and Y Board"), and "the" says nothing of the first part alone.
  const joined = following?.text.toLowerCase() === 'and' && tokens[to + 1] !== undefined && isCapitalised(tokens[to + 1]!.text);
  if (!modifier && !joined && titleParts.length === 0 && describer.length === 0 && prev?.text.toLowerCase() === 'the') run.definite = true;
  if (afterComma) {
    const appositive = readAppositive(text, tokens, to + 1);
    if (appositive) {
      run.appositiveKind = appositive.kind;
      if (appositive.kind === 'person') run.appositive = appositive.text;
    }
  }
  return run;
}

/**
 * Whether token `at` is the lower-case noun of a role's field after "of" and a lower-case title word or person noun
 * ("chief of staff", "head of security", "director of communications"): the noun is the role's, no classifier of a name
 * after it. A person noun after "of" is read as a title of its own ("the wife of farmer …").
 */
function roleOfField(tokens: Token[], at: number): boolean {
  const noun = tokens[at];
  const role = tokens[at - 2];
  return (
    noun !== undefined &&
    role !== undefined &&
    noun.pos === 'NOUN' &&
    !isCapitalised(noun.text) &&
    tokens[at - 1]!.text === 'of' &&
    !isCapitalised(role.text) &&
    role.text !== 'of' &&
    (isTitleWord(role.text) || isPersonNoun(role.text, true)) &&
    !isPersonNoun(noun.text.toLowerCase())
  );
}

/**
 * Whether "of the" and an organisation's name follow the run that ends before token `to` ("Ivo Brandt **of the Orsk
 * Harbour Board**"): the run names one of its members. The body's name is the capitalised words after "the", the last of
 * them an organisation's head; "of" alone ("Brandt of Orsk") is as often a place's.
 */
function memberOfBody(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== 'of' || tokens[to + 1]?.text !== 'the') return false;
  let end = to + 2;
  while (end < tokens.length && isCapitalised(tokens[end]!.text)) end += 1;
  return end > to + 2 && organisationHead(tokens[end - 1]!.text);
}

/** Words that, hyphened to a name, make it where someone or something comes from or sits ("Vorlan-born"). */
const PLACE_EPITHETS: ReadonlySet<string> = new Set(['born', 'based', 'raised', 'bred', 'headquartered']);

/** Whether token `at` is a word hyphened, with no space, to a capitalised word ("Vorlan-born", "Harwick-winning"). */
function epithetTail(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  const hyphen = tokens[at - 1];
  const head = tokens[at - 2];
  return (
    word !== undefined &&
    hyphen?.text === '-' &&
    head !== undefined &&
    hyphen.start === head.end &&
    word.start === hyphen.end &&
    isCapitalised(head.text)
  );
}

/**
 * Where a person's name starts after a title ending in "of" and the office it names ("Minister of Tillage Jon
 * Vale" → "Jon Vale"): the first given name after at least one word of the office, with a surname after it; undefined
 * when no such name follows ("the Earl of Dunmarsh", "the Minister of Tillage").
 *
 * @param at the first token after "of"
 */
function nameAfterOfTitle(tokens: Token[], at: number, to: number): number | undefined {
  for (let g = at + 1; g < to - 1; g += 1) if (givenNameOpener(tokens[g]!.text)) return g;
  return undefined;
}

/**
 * The appositive that starts at token `at` (after a comma): the words up to the next comma, dash or verb, and the kind
 * of its head noun ("the Danish number three" → person, "steel analyst for …" → person, "the main Danish index" →
 * other). Undefined when it is a clause ("who …", "said …") or the next item of a list (a capitalised name).
 */
function readAppositive(text: string, tokens: Token[], at: number): { text: string; kind: NameClass } | undefined {
  const opener = tokens[at];
  if (!opener || !/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(opener.pos)) return undefined;
  const lower = opener.text.toLowerCase();
  if (/^(who|which|that|whose|where|when|and|but|or|said|says)$/.test(lower)) return undefined;
  let end = at;
  let head: string | undefined;
  let kind: NameClass | undefined;
  for (let k = at; k < tokens.length && k < at + 12; k += 1) {
    const t = tokens[k]!;
    if (/^[,;:.!?"“”()—–]$/.test(t.text) || /^(SCONJ|PRON|CCONJ)$/.test(t.pos)) break;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/(?:ed|en|ing)$/.test(t.text)) break;
    // "for the Fleet Street firm", "of Estonia's council": the head stands before the preposition.
    if (t.pos === 'ADP' && t.text !== "'s" && head !== undefined) break;
    end = k;
    const w = t.text.toLowerCase();
    if (ROLE_WORDS.has(w) || isPersonNoun(w)) {
      head = w;
      kind = 'person';
    } else if (t.pos === 'NOUN' && !isCapitalised(t.text)) {
      head = w;
      kind = classOfNoun(w, 'before') ?? 'other';
    } else if (t.pos === 'NOUN' && isCapitalised(t.text) && kind === undefined) {
      const c = classOfNoun(w, 'before');
      if (c) {
        head = w;
        kind = c;
      }
    }
  }
  // The first word after the comma a capitalised name that is no title: the next item of a list ("Brisco, Darrow").
  if (isCapitalised(opener.text) && !ROLE_WORDS.has(lower) && opener.pos === 'PROPN' && kind !== 'person') return undefined;
  // A capitalised title after the comma opens an appositive only when it ends in a possessive relation ("Leo
  // Farrant, President Ivo Marsk's son-in-law,"); otherwise it is the next clause's subject ("aboard the royal yacht,
  // President Marsk said").
  if (
    isCapitalised(opener.text) &&
    ROLE_WORDS.has(lower) &&
    !/['’]s\s+[\p{Ll}-]+$/u.test(text.slice(opener.start, tokens[end]!.end + 40).split(',')[0]!)
  )
    return undefined;
  if (!kind || head === undefined) return undefined;
  const close = tokens[end]!;
  return { text: text.slice(opener.start, close.end).trim(), kind };
}
