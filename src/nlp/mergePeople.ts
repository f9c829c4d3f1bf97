/**
 * Groups the spellings of people's names into people: a surname joins the one full name it ends, a given name alone
 * the one full name it starts; given-name variants and nicknames ("Robbie"/"Robert", "Tom"/"Thomas"), middle
 * initials and names ("Harold J. Fennimore"), double surnames ("Luis Ortega Vidal") and transliterations a letter or
 * two apart ("Lutsky"/"Lutskyy") are one person; a surname after a title the word lists do not hold ("Commissioner
 * Hollis") joins the one full name it ends; two people who share a surname stay two ("Marta Olsen", "Ingrid Olsen"),
 * and their bare surname is left to each mention's context.
 */
import { isMainlyAdjective } from '../lexicon/index.js';
import { editDistance } from '../text/editDistance.js';
import { isGivenName } from '../text/places.js';
import { KEPT_HONORIFICS, PARTICLES, REALM_TITLES, isPersonNoun } from './cueWords.js';

/** A spelling (folded) with how often it is used. */
export interface Spelling {
  key: string;
  count: number;
}

/** One person: the folded spellings that name them, fullest first. */
export interface SpellingGroup {
  keys: string[];
  count: number;
}

/** Endings that transliterations of one name differ by ("Oleksii"/"Oleksiy", "Lutsky"/"Lutskyy"). */
const TRANSLITERATION_ENDING = /(ii|iy|yy|y|i)$/;
/** Endings of diminutives, dropped before comparing with the full given name ("Robbie" → "robb"). */
const DIMINUTIVE_ENDING = /(ie|ey|y|i|o)$/;

/** Whether two words are one name spelt two ways: equal, one edit apart (two for long words), or a transliteration. */
export function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 4) return false;
  const allowed = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  return editDistance(a, b, allowed) <= allowed || a.replace(TRANSLITERATION_ENDING, '') === b.replace(TRANSLITERATION_ENDING, '');
}

/**
 * Whether two given names can name one person: spelling variants, transliterations ("Nikolay" and "Nikolai"), or a short
 * form and the full name ("Robbie" and "Robert", "Tom" and "Thomas", "Bill" and "William"). Two other given names are
 * two names ("Julia" and "Julio"), however close their spelling.
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = short.length > 3 ? short.replace(DIMINUTIVE_ENDING, '') : short;
  if (stem.length >= 3 && long.startsWith(stem) && long.length > short.length) return true;
  if (a.replace(TRANSLITERATION_ENDING, '') === b.replace(TRANSLITERATION_ENDING, '')) return true;
  if (isGivenName(a) && isGivenName(b)) return false;
  return similarWord(a, b);
}

/**
 * Words of a folded name without middle initials ("harold j fennimore" → ["harold", "fennimore"]), a sovereign's title
 * or an honorific kept in the name ("king aldric iv" → ["aldric", "iv"], "sir alric penwood" → ["alric", "penwood"]).
 */
function nameWords(key: string): readonly string[] {
  let words = nameWordsCache.get(key);
  if (words === undefined) {
    if (nameWordsCache.size >= 50_000) nameWordsCache.clear();
    let all = key.split(' ');
    if (all.length > 1 && (REALM_TITLES.has(all[0]!) || KEPT_HONORIFICS.has(all[0]!))) all = all.slice(1);
    words = all.length <= 2 ? all : [all[0]!, ...all.slice(1, -1).filter((w) => w.length > 1), all[all.length - 1]!];
    nameWordsCache.set(key, words);
  }
  return words;
}
/** Spellings are compared pairwise while grouping: their words are split once. */
const nameWordsCache = new Map<string, readonly string[]>();

/**
 * Whether two folded person spellings can name the same person: the same given name (up to variants) and surname, with
 * or without middle names and initials, or a double surname and its first part; or one is the other's last word(s)
 * ("brisco" ~ "nils brisco").
 *
 * @example sameName('bernie ebbers', 'bernard ebbers') // → true
 * @example sameName('serena williams', 'venus williams') // → false
 */
export function sameName(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  // A surname of two words ("Ibarra Solis" of "Ramona Ibarra Solis"): the shorter is the longer's tail and opens
  // with no given name.
  if (wa.length !== wb.length && Math.min(wa.length, wb.length) >= 2) {
    const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
    const tail = long.slice(long.length - short.length);
    // A first part that is also a given name ("García" of "María José García Lorca") counts only after two given
    // names: "Paul Smith" may be someone other than "James Paul Smith".
    // A surname opening with a particle ("El Haddad", "De la Cruz") is one, though lists give "El" and "De" as names.
    const surnameFirst = !isGivenName(short[0]!) || PARTICLES.has(short[0]!) || (short.length === 2 && long.length >= 4);
    if (surnameFirst && short.every((w, i) => similarWord(w, tail[i]!))) return true;
  }
  if (wa.length >= 2 && wb.length >= 2) {
    if (!sameGivenName(wa[0]!, wb[0]!)) return false;
    const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    // Same surname (middle names dropped), or a double surname and its first part ("Ortega" of "Ortega Vidal").
    if (similarWord(short[short.length - 1]!, long[long.length - 1]!)) return true;
    return short.every((w, i) => i === 0 || similarWord(w, long[i]!));
  }
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  if (short.length === long.length) return similarWord(short[0]!, long[0]!);
  // "King Aldric", "Saint Varnek": the one name after a sovereign's or a saint's title is a given or regnal name, no
  // one's surname ("Saint Varnek" is not Aldo Varnek).
  if (titledByRealm(short === wa ? a : b)) return false;
  return similarWord(short[0]!, long[long.length - 1]!);
}

/** Whether a folded spelling opens with a sovereign's, a noble's, a prelate's or a saint's title ("king aldric"). */
function titledByRealm(key: string): boolean {
  const space = key.indexOf(' ');
  return space > 0 && REALM_TITLES.has(key.slice(0, space));
}

/**
 * The surname of a spelling that is a title and a surname ("commissioner hollis", "harbour registrar vell" → "hollis",
 * "vell"): the word before the surname a noun whose most frequent WordNet sense is a person and not mainly an
 * adjective, no word before the surname a given name, the surname no person noun. Undefined for any other spelling,
 * and for a sovereign's, a noble's or a prelate's title, which names someone by a given name ("King Aldric",
 * "Archduke Aldric" are two people). The title words the name runs split off ("Judge", "Senator") never reach here.
 */
export function titledSurname(key: string): string | undefined {
  const words = key.split(' ');
  if (words.length < 2) return undefined;
  const surname = words[words.length - 1]!;
  const title = words[words.length - 2]!;
  // A sovereign's, a noble's or a prelate's title, or a knight's, is written before a given name ("King Aldric").
  if (REALM_TITLES.has(title) || KEPT_HONORIFICS.has(title)) return undefined;
  if (!isPersonNoun(title) || isMainlyAdjective(title) || isPersonNoun(surname)) return undefined;
  return words.slice(0, -1).some((w) => isGivenName(w)) ? undefined : surname;
}

/**
 * How long a spelling is as a name, for ordering spellings fullest first: its words, but a title and a surname
 * ({@link titledSurname}) after every full name and before a bare surname.
 */
export function nameLength(key: string): number {
  return titledSurname(key) === undefined ? key.split(' ').length : 1.5;
}

/**
 * Groups person spellings into people, longest spellings first. A title and a surname ({@link titledSurname}) joins
 * the one group with a full name that surname ends, as a bare surname would. A spelling that matches several groups (a surname two
 * people share) joins none of them and is returned in `ambiguous`. `similar` finds the groups a further spelling may
 * join (see {@link groupOfBareSpelling}).
 */
export function groupSpellings(found: Spelling[]): {
  groups: SpellingGroup[];
  ambiguous: Set<string>;
  givenNames: GivenNameIndex;
  similar: TailWordIndex;
} {
  // Each spelling's length read once, not at every comparison.
  const lengths = new Map(found.map((f) => [f.key, nameLength(f.key)]));
  const sorted = [...found].sort((a, b) => lengths.get(b.key)! - lengths.get(a.key)! || b.count - a.count || (a.key < b.key ? -1 : 1));
  const groups: SpellingGroup[] = [];
  const ambiguous = new Set<string>();
  const givenNames = new GivenNameIndex();
  const similar = new TailWordIndex();
  for (const item of sorted) {
    let matches = titledMatches(item.key, similar);
    if (matches.length !== 1) matches = similar.candidates(item.key).filter((g) => g.keys.some((k) => sameName(item.key, k)));
    if (matches.length === 0 && !item.key.includes(' ')) matches = givenNames.startingWith(item.key);
    if (matches.length === 1) {
      matches[0]!.keys.push(item.key);
      matches[0]!.count += item.count;
      givenNames.add(matches[0]!, item.key);
      similar.add(matches[0]!, item.key);
    } else if (matches.length === 0) {
      const group = { keys: [item.key], count: item.count };
      groups.push(group);
      givenNames.add(group, item.key);
      similar.add(group, item.key);
    } else ambiguous.add(item.key);
  }
  return { groups, ambiguous, givenNames, similar };
}

/** The groups with a full name (no title and surname) that a title and a surname's surname ends. */
function titledMatches(key: string, similar: TailWordIndex): SpellingGroup[] {
  const surname = titledSurname(key);
  if (surname === undefined) return [];
  return similar
    .candidates(surname)
    .filter((g) => g.keys.some((k) => k.includes(' ') && titledSurname(k) === undefined && sameName(surname, k)));
}

/**
 * The group a spelling that was not classified a person on its own belongs to: the one group with a full name it
 * ends ("hale" → "nico hale") or, for a given name, the one it starts ("marta" → "marta olsen"). Undefined when
 * none or several match. A spelling that joins is added to the indexes by the caller ({@link TailWordIndex.add}).
 */
export function groupOfBareSpelling(
  key: string,
  givenNames: GivenNameIndex,
  similar: TailWordIndex,
): SpellingGroup | 'ambiguous' | undefined {
  const words = key.split(' ');
  const bySurname = similar.candidates(key).filter((g) => g.keys.some((k) => k.split(' ').length >= words.length && sameName(key, k)));
  if (bySurname.length === 1) return bySurname[0];
  if (bySurname.length > 1) return 'ambiguous';
  if (words.length !== 1) return undefined;
  const byGiven = givenNames.startingWith(key);
  return byGiven.length === 1 ? byGiven[0] : undefined;
}

/**
 * The groups of spellings indexed by their tail words (every word after the first, or the one word of a one-word
 * spelling), so that the groups a spelling may join are found without comparing it with every group. Every way two
 * spellings can name one person ({@link sameName}) pairs a tail word of each, equal or {@link similarWord}: a surname
 * with a surname, a surname with the last word of a full name, a double surname's first part with the middle of the
 * longer name. Similar words are found by their deletion neighbourhoods (the word with one letter left out, two for
 * words of eight letters or more, which may be two edits apart), and transliterations by the stem without their
 * ending: two words within the edit distance {@link similarWord} allows share one of these forms.
 */
export class TailWordIndex {
  readonly #byForm = new Map<string, Set<SpellingGroup>>();

  /** Records that `key` is a spelling of `group`. */
  add(group: SpellingGroup, key: string): void {
    for (const word of tailWords(key)) {
      for (const form of similarForms(word)) {
        let set = this.#byForm.get(form);
        if (!set) this.#byForm.set(form, (set = new Set()));
        set.add(group);
      }
    }
  }

  /** Groups with a tail word that may be `key`'s tail word spelt alike: a superset of the groups `key` can join. */
  candidates(key: string): SpellingGroup[] {
    // Most spellings looked up match nothing: nothing is allocated for them.
    let out: Set<SpellingGroup> | undefined;
    for (const word of tailWords(key)) {
      for (const form of similarForms(word)) {
        const groups = this.#byForm.get(form);
        if (groups) for (const g of groups) (out ??= new Set()).add(g);
      }
    }
    return out ? [...out] : [];
  }
}

/** The words of a folded spelling a match with another spelling always goes through (see {@link TailWordIndex}). */
function tailWords(key: string): readonly string[] {
  const words = nameWords(key);
  return words.length === 1 ? words : words.slice(1);
}

/**
 * The forms under which a word is indexed and looked up: itself, its stem without a transliteration ending, and its
 * deletion neighbourhood (words shorter than four letters are only ever similar when equal).
 */
function similarForms(word: string): readonly string[] {
  let forms = formsCache.get(word);
  if (forms === undefined) {
    if (formsCache.size >= 50_000) formsCache.clear();
    const set = new Set([word]);
    if (word.length >= 4) {
      set.add(`~${word.replace(TRANSLITERATION_ENDING, '')}`);
      const once = deletions(word);
      for (const d of once) set.add(d);
      // Words of eight letters or more may be two edits apart.
      if (word.length >= 8) for (const d of once) for (const dd of deletions(d)) set.add(dd);
    }
    forms = [...set];
    formsCache.set(word, forms);
  }
  return forms;
}
const formsCache = new Map<string, readonly string[]>();

/** The word with each one of its letters left out. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * The groups whose full names start with a word ("serena" → "serena williams"), kept up to date as spellings join
 * groups, so that looking a bare given name up costs one map read instead of a walk over every group. A word that is
 * the last word of any full name is a surname, not a given name, and starts none.
 */
export class GivenNameIndex {
  readonly #byFirstWord = new Map<string, Set<SpellingGroup>>();
  readonly #lastWords = new Set<string>();

  /** Records that `key` is a spelling of `group` (one-word spellings start nothing). */
  add(group: SpellingGroup, key: string): void {
    const words = nameWords(key);
    if (words.length < 2) return;
    this.#lastWords.add(words[words.length - 1]!);
    let set = this.#byFirstWord.get(words[0]!);
    if (!set) this.#byFirstWord.set(words[0]!, (set = new Set()));
    set.add(group);
  }

  /** The groups with a full name starting with `word`, none when `word` ends a full name. */
  startingWith(word: string): SpellingGroup[] {
    if (this.#lastWords.has(word)) return [];
    return [...(this.#byFirstWord.get(word) ?? [])];
  }
}
