/**
 * Decides what each spelling of a name is — a person, a place, an organisation, or none of these — from the cues of
 * every sentence that uses it, pooled over the whole corpus (a name that is a person in one sentence is a person in
 * all of them).
 */
import { type NounClass, commonNounClasses, nounClass, nounClasses } from '../lexicon/index.js';
import { foldText } from '../text/fold.js';
import { isGivenName, placeKind } from '../text/places.js';
import { isCapitalised } from '../text/words.js';
import { ROMAN_NUMERAL } from '../text/romanNumerals.js';
import type { NameRun, Token } from './entities.js';
import { ROLE_WORDS } from './cueWords.js';
import { INDEX_HEADS, LEGAL_SUFFIXES, ORG_HEADS, PLACE_HEADS } from './headWords.js';
import { LOWER_PARTICLES } from './nameRunWords.js';

/** The types a name can be given. */
export type NameType = 'PERSON' | 'PLACE' | 'ORG';

/** Evidence gathered for one folded spelling over the corpus. */
export interface NameEvidence {
  mentions: number;
  person: number;
  /** Of the person cues, those of a verb of saying alone ("X said"): weak where the spelling reads as a place's. */
  speech: number;
  place: number;
  /** Of the place cues, those of a preposition that seldom takes a person ("in", "at"). */
  placed: number;
  /** Mentions with any place cue, however many points it gave ("tackled by safety X" is one mention, two points). */
  placeMentions: number;
  /** Mentions that modify a place noun after them ("the X area", "X county"): a place cue a tagging slip seldom gives. */
  placeNoun: number;
  org: number;
  /** Cues that the name is a thing (a work, an index, an event): "the film X", "X, the primary index". */
  thing: number;
  /** Of those, a noun of a work or an event right before the name ("the film X", "the novel 'X'"): it names X itself. */
  workBefore: number;
  /** Mentions that open their sentence, where any word has a capital. */
  opening: number;
  /** Mentions with "the" right before them, no title between ("the Harbour Lions"). */
  definite: number;
}

/** Evidence of a spelling not yet seen. */
export function noEvidence(): NameEvidence {
  return {
    mentions: 0,
    person: 0,
    speech: 0,
    place: 0,
    placed: 0,
    placeMentions: 0,
    placeNoun: 0,
    org: 0,
    thing: 0,
    workBefore: 0,
    opening: 0,
    definite: 0,
  };
}

/**
 * How often the story writes a word in lower case (folded: "stock", "law"): a word it writes so is an ordinary word of
 * that story, which a capital does not make a name. Undefined where the story's words are not known (every word then
 * counts as a name's).
 */
export type OrdinaryWord = (folded: string) => number;

/** Adds the cues of one run to the evidence of its spelling. */
export function addEvidence(e: NameEvidence, run: NameRun): void {
  e.mentions += 1;
  // A title word ("President", "spokesman") is strong evidence; a person noun of the lexicon ("parent") weaker.
  if (run.title) e.person += run.title.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase())) ? 2 : 1;
  if (run.appositive) e.person += 2;
  const speech = (run.speechAfter ? 1 : 0) + (run.speechBefore ? 1 : 0);
  e.person += speech;
  e.speech += speech;
  if (run.roleBefore) e.person += 2;
  if (run.memberOf) e.person += 2;
  if (run.describer) e.person += 2;
  if (run.locativeBefore) e.place += 1;
  if (run.placedBefore) e.placed += 1;
  if (run.tickerAfter) e.org += 3;
  if (run.kindBefore === 'work') e.workBefore += 1;
  if (run.definite) e.definite += 1;
  for (const kind of [run.kindBefore, run.kindAfter, run.appositiveKind]) {
    if (kind === 'organization') e.org += 2;
    else if (kind === 'place') e.place += 2;
    else if (kind === 'work' || kind === 'other') e.thing += 1;
  }
  if (run.locativeBefore || run.kindBefore === 'place' || run.kindAfter === 'place' || run.appositiveKind === 'place') e.placeMentions += 1;
  if (run.kindAfter === 'place') e.placeNoun += 1;
}

/**
 * Whether a spelling's place cues are one mention's, and a weak one: a preposition that also takes a person ("a pass to
 * X", "away from X"), a noun before it or an appositive after it with a place sense ("tackled by safety X"), with no
 * preposition that places it ("in", "at") and no place noun it modifies ("the X area"). Such a cue does not outvote a
 * spelling that reads as a person's ("Ivo Brandt").
 */
function onePlaceMentionWeak(e: NameEvidence): boolean {
  return e.placeMentions === 1 && onlyWeakPlaceCues(e);
}

/**
 * Whether none of a spelling's place cues is a strong one: no preposition places it ("in", "at") and it modifies no place
 * noun ("the X area"); "away from Brandt", "tackled by safety Brandt" may name a person.
 */
export function onlyWeakPlaceCues(e: NameEvidence): boolean {
  return e.placed === 0 && e.placeNoun === 0;
}

/** Compass points, some of them given names in the name lists ("North", "West"). */
const COMPASS_POINTS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** Compass points' adjectives ("Northern", "Southwestern"). */
const COMPASS_ADJECTIVE = /^(?:(?:north|south)(?:east|west)?|east|west)ern$/;

/**
 * Whether a word is a compass point or its adjective, which before a name opens the name of a place or an organisation
 * ("North Kelvarn", "Southern Marlow Rail").
 *
 * @example compassWord('Northern') // → true
 * @example compassWord('Norther') // → false
 */
export function compassWord(word: string): boolean {
  const lower = word.toLowerCase();
  return COMPASS_POINTS.has(lower) || COMPASS_ADJECTIVE.test(lower);
}

/**
 * Whether a word may open a person's name as its given name: a given name that is no compass point (before another
 * name a compass point names part of a place: "North Kelvarn", "West Brandor").
 *
 * @example givenNameOpener('Harriet') // → true
 * @example givenNameOpener('North') // → false
 */
export function givenNameOpener(word: string): boolean {
  return isGivenName(word) && !COMPASS_POINTS.has(word.toLowerCase());
}

/** One letter alone, a middle initial without its stop (a module constant: tsx writes a literal with \p{…} in a function as a RegExp made at each call). */
const ONE_LETTER = /^\p{L}$/u;

/**
 * Whether a given name opens a spelling as the story's ordinary word, not as a name: the story writes it in lower case
 * ("the law", "early on") and the word after it too, or that word is a place or the people of one ("Law Reform",
 * "Early Modern", "Bell Ostwick", "Free Welsh"); a surname the story never writes in lower case keeps it a given name
 * ("Bill Hale" beside "the bill").
 */
function givenNameAsWord(words: readonly string[], ordinary: OrdinaryWord | undefined): boolean {
  if (!ordinary || ordinary(words[0]!) === 0) return false;
  const next = words[1]!;
  return ordinary(next) > 0 || placeKind(next) !== undefined;
}

/**
 * Whether a name's last word is the kind of place it names, after a word that is no given name: a noun whose first
 * WordNet sense is a place and none a person ("Orlen Abbey", "Tarn Valley Area"; not "Hill" or "Ford", surnames too,
 * nor "Mara Jane Brook").
 *
 * @param before the word before the last, as written
 * @param last the last word, lower case
 */
export function placeNounEnds(before: string, last: string): boolean {
  if (isGivenName(before)) return false;
  if (PLACE_HEADS.has(last)) return true;
  // The kind read without the senses WordNet writes capitalised (a country's or a city's name is no kind of place,
  // "Ivo Marra Holland"), the person in any sense ("Hill", "Warren" are surnames).
  return commonNounClasses(last)[0] === 'place' && !nounClasses(last).includes('person');
}

/**
 * Person evidence in the spelling itself: a given name before a surname, a middle initial ("Harold J. Fennimore"); none
 * in a name of three words or more ending in a place's kind ("Ivo Velmar Centre": `placeNounEnds`).
 */
function spellingScore(key: string, words: string[], ordinary: OrdinaryWord | undefined, capitalOpens: boolean): number {
  if (words.length < 2 || words.length > 4) return 0;
  if (words.length >= 3 && placeNounEnds(words[words.length - 2]!, words[words.length - 1]!)) return 0;
  let score = 0;
  const first = words[0]!;
  if (givenNameOpener(first) && !placeKind(key) && !givenNameAsWord(words, ordinary)) {
    // A given name that is also a common noun ("Will", "Grant", "Bank") is weaker evidence; one that is only a plural
    // of a noun ("Miles") is not written as that noun.
    const common = pluralNoun(first) ? undefined : nounClass(first);
    // A given name that is also a place's ("Jordan", "Sydney") or of two letters ("Ed", "Jo") opens other names too
    // ("Jordan Valley"): it reads as a person's, weakly, only before surnames ("Ed Varrow"). Not one that is also a
    // particle of names ("Al", "El", "De": "Al Marwa", "de Varre"), written so before a name that is no one's.
    if (placeKind(first) || first.length <= 2)
      score += capitalOpens && !LOWER_PARTICLES.has(first) && words.slice(1).every(surnameWord) ? 1 : 0;
    else score += common === undefined || common === 'person' ? 2 : 1;
  }
  if (words.length >= 3 && words.slice(1, -1).some((w) => ONE_LETTER.test(w))) score += 2;
  return score;
}

/**
 * Whether a folded word after a given name reads as a surname: no place, no word of the dictionary but a person noun
 * ("varrow", "pellman"; "baker" a person noun too), no word joined by a hyphen, or a middle initial. "Valley", "Tech" and
 * "Harbour" are nouns of other kinds, and so name a place or a body after "Jordan" or "Sydney".
 *
 * @example surnameWord('varrow') // → true
 * @example surnameWord('valley') // → false
 */
export function surnameWord(word: string): boolean {
  if (ONE_LETTER.test(word)) return true;
  if (word.length < 3 || word.includes('-') || placeKind(word) !== undefined) return false;
  const kind = nounClass(word);
  return kind === undefined || kind === 'person';
}

/**
 * The type of one spelling from its pooled evidence; undefined when it is none of the three (a demonym, a title of a
 * work, an index) or the evidence is too thin.
 *
 * @param text the spelling as written ("Kestrel Corp", "Andy Pellow")
 */
export function nameType(text: string, e: NameEvidence, ordinary?: OrdinaryWord): NameType | undefined {
  const key = foldText(text);
  const words = key.split(' ');
  const head = words[words.length - 1] ?? '';
  const gaz = placeKind(key);
  if (gaz === 'demonym') return undefined;
  if (ordinary && ordinaryWord(text, key, e, ordinary) && gaz !== 'country') return undefined;
  // A plural head word alone ("Associates", "Laboratories" opening a sentence) is a common noun, not a name.
  if (ORG_HEADS.has(head) && !(words.length === 1 && pluralNoun(head))) return 'ORG';
  // A market index is named like an organisation ("the Harbour Composite Index"), never like a person.
  if (words.length > 1 && INDEX_HEADS.has(head)) return 'ORG';
  // "Bank of America", "University of Kent", "Ministry of Defence", "Dockworkers Union of Harlow".
  if (headOfName(words)) return 'ORG';
  if (words.length > 1 && nounClass(head) === 'organization' && !isGivenName(words[0]!)) return 'ORG';
  if (numberedThing(text)) return undefined;
  if (gaz === 'country') return 'PLACE';
  // "Harrow & Pim", "Ames & Co": names joined by an ampersand are a firm's (or a band's), never one person's.
  if (AMPERSAND.test(text) && !(e.place >= 2 && e.place > e.org)) return 'ORG';
  // Acronyms and tickers ("KSTL", "UTC", "OMX") are never people.
  const acronym = words.length === 1 && ACRONYM_OR_TICKER.test(text.trim());
  // "West Harlow said it would appeal": a name led by a compass point with no given name after it names a place or its
  // people as often as anyone; a verb of saying alone does not make it a person (a title or an appositive does).
  const compassLed = words.length >= 2 && COMPASS_POINTS.has(words[0]!) && !words.slice(1, -1).some(givenNameOpener);
  // "the Harbour Lions", "the Orrin Gallery": a name "the" stands before in half its mentions or more is no one's.
  const definite = e.definite > 0 && e.definite * 2 >= e.mentions;
  const spelling = spellingScore(key, words, ordinary, CAPITAL_OPENS.test(text));
  const person = acronym || definite ? 0 : e.person - (compassLed ? e.speech : 0) + spelling;
  // "a pass to Ivo Brandt": one weak place cue counts for nothing against a spelling that reads as a person's, and
  // that has no place's noun for its head ("Ivo Brandt Center").
  const place = person > 0 && spelling > 0 && onePlaceMentionWeak(e) && nounClass(head) !== 'place' ? 0 : e.place;
  // "the film Silent Harbour": a title whose last word is a place noun names the work, unless used as a place as often.
  if (words.length > 1 && PLACE_HEADS.has(head) && e.workBefore > 0 && e.workBefore >= e.place) return undefined;
  if (words.length > 1 && PLACE_HEADS.has(head)) return 'PLACE';
  // Such a name headed by a body's noun or a plural names a body: a club, a firm, a team ("the Harbour Lions").
  if (definite && place < 2 && bodyHead(head)) return 'ORG';
  if (e.org >= 2 && e.org >= person && e.org > place) return 'ORG';
  if (gaz === 'city' && person < 4) return 'PLACE';
  // A given name before the head noun of a made thing or an event is no person cue when the text treats the name as a
  // thing ("the Kelso Cup final"); surnames that are other nouns ("Baker", "Wood") keep it.
  const thingByName = e.person === 0 && e.thing > 0 && words.length > 1 && THING_HEADS.has(nounClass(head) ?? 'person');
  // "homes in Morgan Vale on Monday": a name the text mostly places and never cues as a person anywhere is no person on
  // its spelling alone (a given name opening it).
  const placedOnly = e.person === 0 && e.placed * 2 > e.mentions;
  if (person >= 2 && person > place && e.thing < person && !thingByName && !placedOnly) return 'PERSON';
  if (gaz === 'city') return 'PLACE';
  if (words.length > 1 && PLACE_HEADS.has(head)) return 'PLACE';
  if (place >= 2 && place > e.org) return 'PLACE';
  if (e.thing >= 1) return undefined;
  if (person >= 1 && words.length >= 2 && words.length <= 4 && place === 0 && e.org === 0) return 'PERSON';
  if (place >= 1 && !acronym) return 'PLACE';
  if (e.org >= 1) return 'ORG';
  // "the Halloway Convention Centre", "Brantwick Medical Center": a name whose head is a noun of a place, with no cue.
  if (words.length > 1 && !isGivenName(words[0]!) && nounClass(head) === 'place') return 'PLACE';
  return undefined;
}

/** A spelling whose first letter is a capital ("Ed Varrow", not "de Varre"). */
const CAPITAL_OPENS = /^\s*\p{Lu}/u;

/** A word with a capital and then a small letter ("Stock", not "US"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * Whether a spelling of one word is an ordinary word of the story, not a name: the story writes it in lower case
 * elsewhere, and either every mention opens its sentence and no cue of a name stands beside it but its capital — no
 * title, appositive or role noun, no ticker ("Stock markets fell" beside "the stock": the noun after it is the head of
 * a compound, and a verb of saying after it is said of the word's phrase, "News spread") — or the story writes it in
 * lower case more often than with a capital, nothing at all cues a name, not even "the", and no place is so called
 * ("see School meals" beside "the school").
 */
function ordinaryWord(text: string, key: string, e: NameEvidence, ordinary: OrdinaryWord): boolean {
  if (key.includes(' ') || !CAPITALISED_WORD.test(text)) return false;
  const lower = ordinary(key);
  if (lower === 0) return false;
  if (e.opening === e.mentions && e.person === e.speech && e.org < 3) return true;
  const noCue = e.person === 0 && e.place === 0 && e.org === 0 && e.thing === 0 && e.definite === 0;
  return lower > e.mentions && noCue && placeKind(key) === undefined;
}

/** Classes of a noun that names a body of people. */
const BODY_CLASSES: ReadonlySet<NounClass | undefined> = new Set(['organization', 'group']);

/**
 * Whether a name's last word says it names a body: a noun WordNet first files under organisations or groups ("gallery",
 * "conference"), or the plural of a noun other than a person's ("Lions"; the plural of a person noun, "the Normans",
 * names a people).
 */
function bodyHead(head: string): boolean {
  if (BODY_CLASSES.has(nounClass(head))) return true;
  const singular = singularNameNoun(head);
  return singular !== undefined && nounClass(singular) !== 'person';
}

/**
 * Whether token k, inside a name run, is the numeral "I" the tagger read as the pronoun: a sovereign's regnal number
 * after a given name ("**Aldo I** was crowned at Velden") or a thing's number before anything but a verb ("the **Tolly
 * I** engine", "**Division I** teams"). Not the pronoun after a place or a thing's name ("the Velden I knew"), nor before
 * a contraction ("Aldo I'm sure").
 */
export function regnalOne(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== 'I' || k === 0) return false;
  const next = tokens[k + 1];
  if (next !== undefined && CONTRACTION.test(next.text)) return false;
  return isGivenName(tokens[k - 1]!.text) || next === undefined || !PRONOUN_VERB_POS.has(next.pos);
}

/** What follows the pronoun "I" written close up ("'m", "’ve", "'d", "'ll"). */
const CONTRACTION = /^['’]/;

/** Parts of speech after "I" that make it the pronoun, the subject of that verb. */
const PRONOUN_VERB_POS = new Set(['VERB', 'AUX']);

/**
 * Whether a name ends in a Roman numeral after a common noun that is no given name and names no person or body
 * ("Harbor Bowl XX", "Harbor War II"): it numbers a thing (a war, a game, a sequel), where after a name it is a
 * sovereign's ("Queen Elowen II") and after a body one of its ranks ("Kelm League II").
 */
export function numberedThing(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const numeral = words[words.length - 1]!;
  const before = words[words.length - 2];
  if (before === undefined || !ROMAN_NUMERAL.test(numeral) || isGivenName(before)) return false;
  const kind = nounClass(before.toLowerCase());
  return kind !== undefined && !NUMBERED_BODIES.has(kind);
}

/** Classes of a noun before a Roman numeral that make the numeral a rank of people or a body, not a thing's number. */
const NUMBERED_BODIES: ReadonlySet<NounClass> = new Set(['person', 'organization', 'group']);

/** An acronym or a ticker: two to six capitals, digits, "&", "." or "-" ("KSTL", "S&P"). */
const ACRONYM_OR_TICKER = /^[\p{Lu}\p{N}&.-]{2,6}$/u;
/** An ampersand between two words of a name. */
const AMPERSAND = /\S\s*&\s*\S/;

/** Classes of a name's head noun that make it a thing's name when the text treats it as one ("Cup", "Trophy", "Games"). */
const THING_HEADS: ReadonlySet<NounClass> = new Set(['artifact', 'communication', 'act', 'event']);

/**
 * The noun WordNet knows that a lower-case word is the plural of by its "-s" or "-ies" ending only ("workers" →
 * "worker", "laboratories" → "laboratory"). Narrower than the lexicon's `singularNoun` on purpose: it reads words of
 * names, where a "-men" or "-es" word is more often a title or a name than a plural ("Harbourmen"); with every ending it
 * lost two SQuAD answers (round 36).
 */
function singularNameNoun(word: string): string | undefined {
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : /[^s]s$/.test(word) ? word.slice(0, -1) : undefined;
  return singular !== undefined && nounClass(singular) !== undefined ? singular : undefined;
}

/** Whether a lower-case word is the plural of a noun WordNet knows ("workers", "laboratories"). */
export function pluralNoun(word: string): boolean {
  return singularNameNoun(word) !== undefined;
}

/** Whether an organisation's head word stands before "of" inside a name ("Bank of …", "Dockworkers Union of …"). */
export function headOfName(words: readonly string[]): boolean {
  for (let i = 0; i < words.length - 2; i += 1) if (words[i + 1] === 'of' && ORG_HEADS.has(words[i]!)) return true;
  return false;
}

/** Lower-case words that may stand inside an organisation's name without giving a letter to its acronym. */
export const NAME_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'der', 'für', '&']);

/** Capital initials of a written word: "Asia-Pacific" → "AP", "Energy" → "E", "of" → "". */
export function initialsOf(word: string): string {
  return word
    .split('-')
    .map((part) => (isCapitalised(part) ? part[0]! : ''))
    .join('');
}

/**
 * The acronyms a written name may have: the capital initials of its words, connectors ("of", "the") skipped, with and
 * without a trailing legal suffix (an acronym takes the "Corp" or leaves it); none for a name of one word.
 *
 * @example nameInitials('Northern Fisheries Agency') // → ['NFA']
 * @example nameInitials('Kestrel Mills Corp') // → ['KM', 'KMC']
 */
export function nameInitials(form: string): string[] {
  const words = form.split(/\s+/).filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()));
  const out: string[] = [];
  for (let end = words.length; end >= 2; end -= 1) {
    const initials = words.slice(0, end).map(initialsOf).join('');
    if (initials.length >= 2) out.unshift(initials);
    if (!LEGAL_SUFFIXES.has(foldText(words[end - 1]!))) break;
  }
  return out;
}
