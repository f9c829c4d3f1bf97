/**
 * Reads the roles a sentence gives the people it names, from general English news phrasing only:
 *
 * - a title before the name, widened to the words that qualify it: "Palace spokesman Ilya Sorokov",
 *   "army chief of staff Gen. Taras Melnar", "Estonia's National Trade and Industry Council Secretary …",
 *   "Marsk's son-in-law Leo Farrant";
 * - an appositive after the name: "Ostap Verin, head of Estonia's …", "Leo Farrant, Marsk's son-in-law",
 *   "Owen Darrow—President Ivo Marsk's envoy to the summit—";
 * - an appositive before it: "Estonia's trade envoy, Ostap Verin, …", "his chief of staff, Bohdan Solvan";
 * - a copula or "as": "Solvan had been Estonia's chief envoy", "Estonia's chief envoy had been Bohdan Solvan",
 *   "Verin took over as chief envoy".
 *
 * A phrase is a role only when it holds a role noun ({@link ROLE_WORDS}, "head", …); honorifics alone ("Mr.") are not.
 */
import { HONORIFICS, SPEECH_VERBS, isPersonNoun } from '../nlp/cueWords.js';
import { singularNoun } from '../lexicon/index.js';
import { ROLE_WORDS } from '../nlp/entities.js';
import { titledSurname } from '../nlp/mergePeople.js';
import { isSpelledCalendarName } from '../text/calendarNames.js';
import { foldText } from '../text/fold.js';
import type { Entity, NameRun } from '../nlp/entities.js';
import { isCapitalised, isPossessiveMark } from '../text/words.js';
import { RELATIVE_PRONOUNS } from '../text/functionWords.js';
import { nationalityOf } from './nationality.js';
import type { Word } from '../text/words.js';

/** A word opening with a letter (a module constant: tsx writes a literal with \p{…} in a function as a RegExp made at each call). */
const LETTER_INITIAL = /^\p{L}/u;
/** A word of letters ending in "s" (a plural noun, or an honorific such as "Mrs"). */
const LETTERS_ENDING_IN_S = /^\p{L}+s$/u;
/** An abbreviation ending a text ("Gen.", "Lt."). */
const ABBREVIATION_END = /(?:^|\s)\p{Lu}\p{Ll}{0,3}\.$/u;

/** Role nouns beyond the tagger's title words: heads of noun phrases that name a position. */
const EXTRA_ROLE_NOUNS = new Set(['head', 'member', 'deputy', 'representative', 'ruler', 'strongman', 'mediator', 'broker']);
/** Words that open a noun phrase and are dropped from a role ("the head of", "his chief of staff"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);
/** Conjunctions and prepositions that never open a role ("and intelligence officials", "after investigators"). */
const LEADING_LINKS = new Set(['and', 'or', 'but', 'after', 'before', 'with', 'by', 'from', 'to', 'for', 'in', 'on', 'at']);
/** Words that open a clause about the noun before them, which ends a role's phrase: the relative pronouns, "where", "when", "while". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'where', 'when', 'while']);
const COPULAS = [
  'had been',
  'has been',
  'have been',
  'is now',
  'was now',
  'is',
  'was',
  'became',
  'becomes',
  'remains',
  'remained',
  'served as',
  'serves as',
];
/** {@link COPULAS} as words, split once. */
const COPULA_WORDS: readonly (readonly string[])[] = COPULAS.map((c) => c.split(' '));
/** A rank in a ranking, which is a role though "number" is no role noun: "number one", "number 12". */
const RANK = /\bnumber (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})$/i;
/** Punctuation that opens or closes an appositive. */
const APPOSITIVE_MARKS = new Set([',', '—', '–', '(', ')']);
/** Punctuation and words that end a noun phrase read leftwards or rightwards. */
const PHRASE_STOP = /^[,;:.!?"“”()[\]—–]$/;

/**
 * Whether a word heads a role: a title word, one of {@link EXTRA_ROLE_NOUNS}, or a noun whose most frequent WordNet
 * sense is a person ("favourite", "treasurer", "goalkeeper"); honorifics ("Mr.") are no role.
 */
export function isRoleNoun(lower: string): boolean {
  let role = roleNouns.get(lower);
  if (role === undefined) {
    if (roleNouns.size >= ROLE_NOUN_CACHE_SIZE) roleNouns.clear();
    role = readRoleNoun(lower);
    roleNouns.set(lower, role);
  }
  return role;
}
/**
 * Words already read by {@link isRoleNoun}: the catalogue and the side of each role ask about the same few thousand
 * words again and again, and the word lists and the lexicon are fixed. Cleared when full, so odd words cannot grow it
 * without bound.
 */
const roleNouns = new Map<string, boolean>();
const ROLE_NOUN_CACHE_SIZE = 100_000;

function readRoleNoun(lower: string): boolean {
  const w = lower.replace(/[.,]$/, '');
  if (HONORIFICS.has(lower) || HONORIFICS.has(w)) return false;
  return ROLE_WORDS.has(lower) || ROLE_WORDS.has(w) || EXTRA_ROLE_NOUNS.has(w) || lexiconRole(w);
}

/** A singular noun whose most frequent sense is a person ("favourite"); plurals name a group, not one person's role. */
function lexiconRole(w: string): boolean {
  return !/[^s]s$/.test(w) && isPersonNoun(w);
}

/** {@link isRoleNoun} for a word in context: a role from the lexicon only where the tagger read a noun ("host" the verb is none). */
function isRoleWord(w: Word): boolean {
  const bare = w.lower.replace(/[.,]$/, '');
  if (HONORIFICS.has(w.lower) || HONORIFICS.has(bare)) return false;
  if (ROLE_WORDS.has(w.lower) || ROLE_WORDS.has(bare) || EXTRA_ROLE_NOUNS.has(bare)) return true;
  return w.pos === 'NOUN' && lexiconRole(bare);
}

/** A person named in the sentence: its span and canonical name. */
export interface PersonSpan {
  start: number;
  end: number;
  canonical: string;
}

/** A role found for one person in one sentence. */
export interface FoundRole {
  canonical: string;
  text: string;
}

/**
 * The roles one sentence gives the people it names.
 *
 * @param text the sentence
 * @param words its words ({@link wordsOf} of its tokens)
 * @param runs its proper-noun runs (from `tagSentence`), for their titles
 * @param people the PERSON entities of the sentence with canonical names
 */
export function rolesInSentence(text: string, words: Word[], runs: readonly NameRun[], people: PersonSpan[]): FoundRole[] {
  const found: FoundRole[] = [];

  for (const person of people) {
    const first = indexAt(words, person.start);
    const last = indexEndingAt(words, person.end);
    if (first < 0 || last < 0) continue;
    const run = runs.find((r) => r.start === person.start && r.end === person.end);

    // 0. A demonym or kind that opened the name ("Russian Oleg Varin", "Swede Lars Ekvall"), and the organisation
    // named right after "of" ("Nora Venn of Halden Partners").
    if (run?.describer) addRole(found, person.canonical, run.describer, true);
    const employer = runs.find(
      (r) => r.kindBefore === 'organization' && r.start > person.end && /^\s+of\s+$/.test(text.slice(person.end, r.start)),
    );
    if (employer) addRole(found, person.canonical, employer.text, true);

    // "Commissioner Hollis" of Marek Hollis: the title of a titled surname the names stage merged ({@link titledSurname}).
    const written = text.slice(person.start, person.end);
    const key = written.includes(' ') && !run?.title ? foldText(written) : undefined;
    if (key !== undefined && titledSurname(key) !== undefined && key !== foldText(person.canonical))
      addRole(found, person.canonical, written.slice(0, written.lastIndexOf(' ')), true);

    // 1. Title before the name, widened leftwards.
    let titleFrom = first;
    if (run?.title) {
      const at = text.lastIndexOf(run.title, person.start);
      const idx = at >= 0 && person.start - (at + run.title.length) <= 2 ? indexAt(words, at) : -1;
      titleFrom = idx >= 0 ? idx : Math.max(0, first - run.title.split(' ').length);
    }
    const from = widenLeft(words, titleFrom, people);
    // "will host Darrow": after an auxiliary or an infinitive's "to" the word before a name is a verb.
    const lead = words[from - 1];
    const afterVerb = !run?.title && lead !== undefined && (lead.pos === 'AUX' || (lead.lower === 'to' && lead.pos === 'PART'));
    if (from < first && !afterVerb) addRole(found, person.canonical, slice(text, words, from, first - 1));
    // "chief scientist and deputy director Ana Ruiz": titles joined by "and" before a name are all hers, when no
    // article or preposition opens the first ("talks between the minister and envoy Li Wen" name two people).
    if (from < first && !afterVerb && words[from - 1]?.lower === 'and') {
      const joined = nounPhraseEndingAt(words, from - 2, people);
      // "defending champion": a participle that qualifies the role noun after it.
      const qualifier = joined ? words[joined[0] - 1] : undefined;
      if (joined && qualifier && modifierVerb(qualifier, words[joined[0]])) joined[0] -= 1;
      const opener = joined ? words[joined[0] - 1] : undefined;
      if (joined && !(opener && (DETERMINERS.has(opener.lower) || opener.pos === 'ADP')))
        addRole(found, person.canonical, slice(text, words, joined[0], joined[1]));
    }
    // A seeding or ranking: "the seventh-seeded Ana Ruiz" (a demonym may stand between: "Eighth-seeded American …").
    const seededBefore = rankBefore(words, run?.describer && words[first - 1]?.text === run.describer ? first - 2 : first - 1);
    if (seededBefore) addRole(found, person.canonical, slice(text, words, seededBefore[0], seededBefore[1]), true);

    // 2. Appositive after the name.
    const after = words[last + 1];
    if (after && APPOSITIVE_MARKS.has(after.text) && after.text !== ')') {
      const phrase = appositiveAfter(words, last + 2, people);
      if (phrase) addRole(found, person.canonical, slice(text, words, phrase[0], phrase[1]));
    }

    // "Ana Ruiz, seeded one, …", "Li Wen, ranked number two, …".
    const seededAfter = after && APPOSITIVE_MARKS.has(after.text) ? rankAfter(words, last + 2) : undefined;
    if (seededAfter) addRole(found, person.canonical, slice(text, words, seededAfter[0], seededAfter[1]), true);

    // 3. Appositive before the name: "<role>, Name," / "<role>, Name <end>".
    const before = words[first - 1];
    const bracketed = before?.text === '(' && after?.text === ')';
    if (before && (before.text === ',' || before.text === '—' || before.text === '–' || bracketed) && titleFrom === first) {
      const phrase = nounPhraseEndingAt(words, first - 2, people);
      if (phrase) {
        const [a] = phrase;
        const atClauseStart = a === 0 || PHRASE_STOP.test(words[a - 1]!.text);
        const closed = after === undefined || /^[,.;:!?—–)]$/.test(after.text);
        if (atClauseStart || closed || bracketed) addRole(found, person.canonical, slice(text, words, phrase[0], phrase[1]));
      }
    }

    // 4. Copula or "as" after the name: "Solvan had been Estonia's chief envoy", "took over as chief envoy".
    const rest = words.slice(last + 1, last + 5).map((w) => w.lower);
    const copula = COPULA_WORDS.find((parts) => parts.every((part, k) => rest[k] === part));
    let npFrom = -1;
    if (copula) npFrom = last + 1 + copula.length;
    else {
      // "Verin took over as …": up to three words (no punctuation, no other name) before "as".
      for (let k = last + 1; k <= last + 4 && k < words.length; k += 1) {
        const w = words[k]!;
        if (PHRASE_STOP.test(w.text) || personAt(people, w)) break;
        if (w.lower === 'as') {
          npFrom = k + 1;
          break;
        }
      }
    }
    if (npFrom > 0) {
      const phrase = nounPhraseFrom(words, npFrom, people);
      if (phrase) addRole(found, person.canonical, slice(text, words, phrase[0], phrase[1]));
    }

    // 5. "<role> had been Name": the copula right before the name, the role phrase before it.
    for (const parts of COPULA_WORDS) {
      const k0 = first - parts.length;
      if (k0 < 1 || !parts.every((part, k) => words[k0 + k]?.lower === part)) continue;
      const phrase = nounPhraseEndingAt(words, k0 - 1, people);
      if (phrase && (phrase[0] === 0 || PHRASE_STOP.test(words[phrase[0] - 1]!.text)))
        addRole(found, person.canonical, slice(text, words, phrase[0], phrase[1]));
      break;
    }

    // 6. The country the text ties them to: "Norway's Hugo Vane" (a country's possessive right before the name, no
    // title between), "Hugo Vane (Norway)" (a country in brackets right after it).
    const possessor = words[first - 2];
    if (before && isPossessiveMark(before.text) && possessor && titleFrom === first) {
      const nationality = nationalityOf(possessor.text);
      if (nationality && (first - 2 === 0 || !isCapitalised(words[first - 3]!.text))) addRole(found, person.canonical, nationality, true);
    }
    if (after?.text === '(' && words[last + 3]?.text === ')') {
      const nationality = nationalityOf(words[last + 2]!.text);
      if (nationality) addRole(found, person.canonical, nationality, true);
    }

    // 8. "the first Danish champion since Ole Brandt": "the first X since Name" says Name was an X too.
    if (words[first - 1]?.lower === 'since') {
      const phrase = nounPhraseEndingAt(words, first - 2, people);
      if (phrase && phrase[0] < phrase[1] && words[phrase[0]]!.lower === 'first')
        addRole(found, person.canonical, slice(text, words, phrase[0] + 1, phrase[1]));
    }

    // 7. A plural role noun before a list of names gives each of them the role: "Seeds Ana Ruiz, Li Wen and Mia Holt".
    const shared = sharedRole(words, first, people);
    if (shared) addRole(found, person.canonical, shared, true);
  }
  return found;
}

/** A place in a seeding or ranking: a number or an ordinal ("one", "4", "fourth", "16th"), or "top". */
const STANDING =
  /^(?:top|\d{1,3}(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/i;
const SEEDED = new Set(['seeded', 'ranked']);

/** "seventh-seeded", "top-ranked" ending at word `k` (one word, or "Eighth", "-", "seeded"): its span. */
/**
 * The person whose name holds a word, if any (module functions rather than closures made per sentence: tsx names every
 * closure bound to a name as it is made, a cost per sentence).
 */
function personAt(people: readonly PersonSpan[], w: Word | undefined): PersonSpan | undefined {
  return w ? people.find((p) => w.start >= p.start && w.end <= p.end) : undefined;
}

/** The index of the word starting at `offset` (-1 if none). */
function indexAt(words: readonly Word[], offset: number): number {
  return words.findIndex((w) => w.start === offset);
}

/** The index of the word ending at `offset` (-1 if none). */
function indexEndingAt(words: readonly Word[], offset: number): number {
  return words.findIndex((w) => w.end === offset);
}

/** Adds a role found for a person, cleaned unless it is a describer, once per person and text (case aside). */
function addRole(found: FoundRole[], canonical: string, phrase: string | undefined, describer = false): void {
  const role = describer ? phrase : cleanRole(phrase);
  if (role && !found.some((f) => f.canonical === canonical && f.text.toLowerCase() === role.toLowerCase()))
    found.push({ canonical, text: role });
}

function rankBefore(words: Word[], k: number): [number, number] | undefined {
  const w = words[k];
  if (!w) return undefined;
  const joined = /^(.+)-(?:seeded|ranked)$/i.exec(w.text);
  if (joined && STANDING.test(joined[1]!)) return [k, k];
  if (k < 2 || !SEEDED.has(w.lower) || words[k - 1]!.text !== '-' || !STANDING.test(words[k - 2]!.text)) return undefined;
  return [k - 2, k];
}

/** "seeded one", "ranked number two" from word `k`, closed by punctuation or the sentence's end: its span. */
function rankAfter(words: Word[], k: number): [number, number] | undefined {
  if (!SEEDED.has(words[k]?.lower ?? '')) return undefined;
  const at = words[k + 1]?.lower === 'number' ? k + 2 : k + 1;
  const standing = words[at];
  const next = words[at + 1];
  if (!standing || !STANDING.test(standing.text) || (next && !PHRASE_STOP.test(next.text))) return undefined;
  return [k, at];
}

/**
 * The role a plural role noun gives every name of the list it opens ("Seeds Ana Ruiz, Li Wen and Mia Holt" → "seed"):
 * read leftwards from the name over the names and commas or "and" of the list, to the plural noun that opens it.
 */
function sharedRole(words: Word[], first: number, people: readonly PersonSpan[]): string | undefined {
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < 40; steps += 1) {
    const w = words[k]!;
    const person = personAt(people, w);
    if (person) {
      while (k >= 0 && personAt(people, words[k]) === person) k -= 1;
      continue;
    }
    if (w.text !== ',' && w.lower !== 'and') break;
    k -= 1;
  }
  const head = words[k];
  // "Mrs" is an honorific, not the plural of "Mr".
  if (!head || !LETTERS_ENDING_IN_S.test(head.text) || (isCapitalised(head.text) && k > 0) || HONORIFICS.has(head.lower)) return undefined;
  // Any person sense will do for the noun right before the list's first name ("seeds", "stars").
  return singularNoun(head.lower, (singular) => isRoleNoun(singular) || isPersonNoun(singular, true));
}

function slice(text: string, words: Word[], from: number, to: number): string {
  return text.slice(words[from]!.start, words[to]!.end);
}

/** Drops determiners and edge punctuation; null when no role noun is left or it is only an honorific. */
function cleanRole(phrase: string | undefined): string | null {
  if (!phrase) return null;
  let parts = phrase.replace(/\s+/g, ' ').trim().split(' ');
  while (parts.length > 0 && (DETERMINERS.has(parts[0]!.toLowerCase()) || LEADING_LINKS.has(parts[0]!.toLowerCase())))
    parts = parts.slice(1);
  let role = parts.join(' ').replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/gu, '');
  // A final full stop is the sentence's, unless it ends an abbreviation ("Gen.").
  if (role.endsWith('.') && !ABBREVIATION_END.test(role)) role = role.slice(0, -1);
  role = role.replace(/\s+([,’'])/g, '$1');
  const lowerWords = role.toLowerCase().split(/[\s]+/);
  if (!lowerWords.some((w) => isRoleNoun(w) || isRoleNoun(w.replace(/['’]s$/, ''))) && !RANK.test(role)) return null;
  if (role.length < 3 || role.length > 120) return null;
  return role;
}

/**
 * Widens a title leftwards over the words that qualify it: lower-case nouns and adjectives ("military chief of
 * staff"), a proper noun just before it ("Palace", "Danish Trade Ministry"), capitalised words joined by "and"
 * ("National Trade and Industry Council"), and a possessor ("Marsk's", "Estonia's"), where it stops.
 */
function widenLeft(words: Word[], from: number, people: readonly PersonSpan[]): number {
  let i = from;
  let taken = 0;
  while (i > 0 && taken < 10) {
    const w = words[i - 1]!;
    const right = words[i];
    const left = words[i - 2];
    // A date before the title is no part of it ("On Thursday conciliator Ivo Brandt …").
    if (personAt(people, w) || isDateBeforeTitle(w.text, right?.text)) break;
    if (isPossessiveMark(w.text) && left && isCapitalised(left.text)) {
      // The possessor: the whole capitalised run before "'s" (a name, a country, "President Ivo Marsk").
      let k = i - 2;
      while (
        k > 0 &&
        isCapitalised(words[k - 1]!.text) &&
        !PHRASE_STOP.test(words[k - 1]!.text) &&
        !(k - 1 === 0 && !personAt(people, words[k - 1]) && words[k - 1]!.pos !== 'PROPN')
      )
        k -= 1;
      return k;
    }
    // A rank: "world number one Ana Ruiz", "British number two".
    if (w.pos === 'NUM' && left?.lower === 'number' && RANK.test(`${left.lower} ${w.lower}`)) {
      i -= 2;
      taken += 2;
      continue;
    }
    const lowerContent =
      !isCapitalised(w.text) &&
      !DETERMINERS.has(w.lower) &&
      (w.pos === 'NOUN' || w.pos === 'ADJ' || isRoleNoun(w.lower) || modifierVerb(w, right));
    if (lowerContent) {
      i -= 1;
      taken += 1;
      continue;
    }
    // "chief of staff": "of" between two lower-case words of the phrase.
    if (
      w.lower === 'of' &&
      right &&
      !isCapitalised(right.text) &&
      left &&
      !isCapitalised(left.text) &&
      (left.pos === 'NOUN' || isRoleNoun(left.lower))
    ) {
      i -= 1;
      taken += 1;
      continue;
    }
    // "National Trade and Industry Council": "and" inside a capitalised name.
    if (w.lower === 'and' && right && isCapitalised(right.text) && left && isCapitalised(left.text) && !personAt(people, left)) {
      i -= 1;
      taken += 1;
      continue;
    }
    if (isCapitalised(w.text) && (w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'ADJ')) {
      // A sentence-initial common word is not part of a title ("Diplomats Brisco …").
      if (i - 1 === 0 && w.pos !== 'PROPN' && w.pos !== 'ADJ') break;
      i -= 1;
      taken += 1;
      continue;
    }
    break;
  }
  return i;
}

/**
 * Whether a word is a month or weekday that dates the title after it rather than belongs to it: a written-out name
 * before a lower-case word or a role noun ("On Thursday conciliator Ivo Brandt", "in May Mayor Orsk"); before another
 * capitalised word it may open a name ("the Sunday Gazette columnist").
 *
 * @example isDateBeforeTitle('Thursday', 'conciliator') // → true
 * @example isDateBeforeTitle('Sunday', 'Gazette') // → false
 */
export function isDateBeforeTitle(word: string, next: string | undefined): boolean {
  if (!isSpelledCalendarName(word)) return false;
  return next === undefined || !isCapitalised(next) || isRoleNoun(next.toLowerCase());
}

/** The noun phrase that ends at word `end` (inclusive), read leftwards; [from, end] when it holds a role noun. */
function nounPhraseEndingAt(words: Word[], end: number, people: readonly PersonSpan[]): [number, number] | null {
  if (end < 0) return null;
  const last = words[end]!;
  if (PHRASE_STOP.test(last.text) || personAt(people, last)) return null;
  let i = end + 1;
  let taken = 0;
  while (i > 0 && taken < 10) {
    const w = words[i - 1]!;
    const left = words[i - 2];
    if (personAt(people, w) || isDateBeforeTitle(w.text, words[i]?.text)) break;
    if (isPossessiveMark(w.text) && left && isCapitalised(left.text)) {
      // The possessor, a person or not: "Berg's chief of staff", "Estonia's trade envoy".
      let k = i - 2;
      while (k > 0 && isCapitalised(words[k - 1]!.text) && !PHRASE_STOP.test(words[k - 1]!.text)) k -= 1;
      i = k;
      break;
    }
    const content =
      (w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'PROPN' || isRoleNoun(w.lower)) &&
      LETTER_INITIAL.test(w.text) &&
      !DETERMINERS.has(w.lower);
    if (content) {
      i -= 1;
      taken += 1;
      continue;
    }
    if ((w.lower === 'of' || w.lower === 'and') && left && left.pos !== 'PUNCT' && !PHRASE_STOP.test(left.text)) {
      i -= 1;
      taken += 1;
      continue;
    }
    break;
  }
  if (i > end) return null;
  // A phrase that starts with a connector is cut there ("of her deputy harbour master" → "deputy harbour master").
  while (i <= end && (words[i]!.lower === 'of' || words[i]!.lower === 'and')) i += 1;
  const span: [number, number] = [i, end];
  return hasRoleNoun(words, span) ? span : null;
}

/** The noun phrase starting at word `from`, read rightwards up to a verb, a relative pronoun or punctuation. */
function nounPhraseFrom(words: Word[], from: number, people: readonly PersonSpan[]): [number, number] | null {
  let i = from;
  while (i < words.length && DETERMINERS.has(words[i]!.lower)) i += 1;
  let end = i - 1;
  for (let k = i; k < words.length && k < i + 12; k += 1) {
    const w = words[k]!;
    if (PHRASE_STOP.test(w.text) || CLAUSE_OPENERS.has(w.lower) || personAt(people, w)) break;
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !modifierVerb(w, words[k + 1])) break;
    if (w.pos === 'ADP' && w.lower !== 'of' && !isPossessiveMark(w.text)) break;
    end = k;
  }
  while (end >= i && (words[end]!.lower === 'of' || words[end]!.lower === 'and' || isPossessiveMark(words[end]!.text))) end -= 1;
  if (end < i) return null;
  const span: [number, number] = [i, end];
  return hasRoleNoun(words, span) ? span : null;
}

/**
 * The appositive that starts at word `from` (after a comma or dash), up to the closing comma/dash: a noun phrase
 * with a role noun, cut at a relative pronoun or at a verb after the role noun; null for a relative clause.
 */
function appositiveAfter(words: Word[], from: number, people: readonly PersonSpan[]): [number, number] | null {
  const firstWord = words[from];
  if (!firstWord || CLAUSE_OPENERS.has(firstWord.lower)) return null;
  let end = from - 1;
  let sawRole = false;
  for (let k = from; k < words.length && k < from + 16; k += 1) {
    const w = words[k]!;
    if (/^[,;:.!?—–()"“”]$/.test(w.text) || CLAUSE_OPENERS.has(w.lower)) break;
    if (w.pos === 'VERB' || w.pos === 'AUX') {
      // "the recently named chief envoy": a participle that qualifies the noun after it.
      const nextWord = words[k + 1];
      const participle =
        /(ed|en)$/.test(w.lower) && !sawRole && nextWord !== undefined && (nextWord.pos === 'NOUN' || nextWord.pos === 'ADJ');
      if (!participle) {
        if (!sawRole) return null;
        break;
      }
    }
    if (isRoleNoun(w.lower)) sawRole = true;
    end = k;
  }
  if (end < from) return null;
  // "… to meet Ines Tolly, an aide to the minister said": a phrase a speech verb follows is who spoke, not the name's
  // appositive ("a mayor said to be close to him" is one).
  const verb = words[end + 1];
  if (verb && verb.pos === 'VERB' && SPEECH_VERBS.has(verb.lower) && words[end + 2]?.lower !== 'to') return null;
  // "Ambassador Ivanna Kerevan" after a comma is the next item of a list, not a role of the name before: a person
  // inside the appositive is only allowed as a possessor ("Marsk's son-in-law") or after "of" ("chief of staff of …").
  for (let k = from; k <= end; k += 1) {
    const p = personAt(people, words[k]);
    if (!p || words[k]!.start !== p.start) continue;
    const lastOfPerson = words.findIndex((w) => w.end === p.end);
    const possessed = lastOfPerson >= 0 && isPossessiveMark(words[lastOfPerson + 1]?.text ?? '');
    // "of" followed only by the person's capitalised title ("of Norwegian Prime Minister …").
    let of = k - 1;
    while (of >= from && words[of]!.lower !== 'of') of -= 1;
    const afterOf = of >= from && words.slice(of + 1, k).every((w) => isCapitalised(w.text));
    if (!possessed && !afterOf) return null;
  }
  const span: [number, number] = [from, end];
  return hasRoleNoun(words, span) ? span : null;
}

/** A word tagged as a verb that modifies the role noun after it ("lead negotiator", "acting president"). */
function modifierVerb(w: Word, right: Word | undefined): boolean {
  return w.pos === 'VERB' && right !== undefined && !isCapitalised(right.text) && isRoleNoun(right.lower) && !/ed$/.test(w.lower);
}

function hasRoleNoun(words: Word[], [from, to]: [number, number]): boolean {
  for (let k = from; k <= to; k += 1) if (isRoleWord(words[k]!)) return true;
  return false;
}

/** The PERSON entities of a sentence as spans with canonical names. */
export function personSpans(entities: Entity[]): PersonSpan[] {
  return entities
    .filter((e) => e.type === 'PERSON' && e.canonical !== undefined)
    .map((e) => ({ start: e.start, end: e.end, canonical: e.canonical! }));
}
