import type { Token } from '../nlp/entities.js';
import { termOf, words } from '../search/terms.js';
import { tokenTerms } from './termMemo.js';

/** For each question term written in lower case: whether the question writes it in the plural, or null when both ways. */
export type AskedNumbers = ReadonlyMap<string, boolean | null>;

/**
 * Whether a lower-case word is written in the plural of its own term: "races" of "race", "boats" of "boat", "taxes"
 * of "tax" (the stemmer folds both numbers into one term); not "class", nor a word whose term lacks the s ("bus").
 */
function isPlural(word: string, term: string): boolean {
  if (!/^[a-z]{3,}s$/.test(word) || word.endsWith('ss')) return false;
  return termOf(word.slice(0, -1)) === term || (word.endsWith('es') && termOf(word.slice(0, -2)) === term);
}

/**
 * {@link isPlural} of a sentence's noun and its own term (`termOf(word)`, so the word alone decides it), kept for the
 * words read before: the ranker asks it of the same nouns question after question, and each asking cut one or two
 * strings from the word (answerReplay at 100k, first pass: otherNumberTerms allocated 65 → 58 MB). Cleared when full,
 * bounded like the extractor's word cache.
 */
function isPluralNoun(word: string, term: string): boolean {
  const known = pluralNouns.get(word);
  if (known !== undefined) return known;
  const plural = isPlural(word, term);
  if (pluralNouns.size >= PLURAL_NOUNS_KEPT) pluralNouns.clear();
  pluralNouns.set(word, plural);
  return plural;
}
const pluralNouns = new Map<string, boolean>();
const PLURAL_NOUNS_KEPT = 20_000;

/**
 * The number in which a question writes each of these terms, read from its lower-case words (names are left out).
 *
 * @example questionNumbers('When was the race?', ['race']) // → Map { 'race' => false }
 */
export function questionNumbers(question: string, terms: Iterable<string>): AskedNumbers {
  const wanted = new Set(terms);
  const out = new Map<string, boolean | null>();
  for (const w of words(question)) {
    if (!/^[a-z]/.test(w)) continue;
    const t = termOf(w);
    if (t === null || !wanted.has(t)) continue;
    const plural = isPlural(w, t);
    out.set(t, out.has(t) && out.get(t) !== plural ? null : plural);
  }
  return out;
}

/** What a sentence holding none of the asked terms in one number only gives (one set for all: read, never changed). */
const NONE: ReadonlySet<string> = new Set();

/**
 * The question's terms that the sentence writes only as nouns in the other number than the question ("the race"
 * against "the 1901 and 1902 races"): the same word, most often another referent. A term the question writes both
 * ways, or the sentence both ways or as another part of speech ("the crews raced"), is not among them.
 *
 * The ranker asks it of each of a question's 40 candidate sentences: the tokens' terms are the ones the sentence's
 * token list keeps (`tokenTerms`), and nothing is made for a sentence that holds no asked term. At 100k sentences
 * (scripts/answerReplay.ts, 2,000 SQuAD questions, the first pass) it was a third of `termOf`'s time and 55 MB of
 * what the pass allocated.
 *
 * @example otherNumberTerms(questionNumbers('Who won the race?', ['race']), tokensOf('She lost two races.')) // → Set { 'race' }
 */
export function otherNumberTerms(asked: AskedNumbers, tokens: readonly Token[]): ReadonlySet<string> {
  const terms = tokenTerms(tokens);
  const keys = askedKeys(asked);
  // Each asked term's number in the sentence, by its place among the asked terms (HELD_*): no map per sentence.
  const held = heldNumbers.length >= keys.length ? heldNumbers : (heldNumbers = new Uint8Array(keys.length * 2));
  held.fill(HELD_NONE, 0, keys.length);
  let any = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = terms[i]!;
    if (t === null) continue;
    const k = keys.indexOf(t);
    if (k < 0) continue;
    const tok = tokens[i]!;
    const plural = tok.pos === 'NOUN' && /^[a-z]/.test(tok.text) ? isPluralNoun(tok.text, t) : null;
    const number = plural === null ? HELD_BOTH : plural ? HELD_PLURAL : HELD_SINGULAR;
    held[k] = held[k] === HELD_NONE || held[k] === number ? number : HELD_BOTH;
    any = true;
  }
  if (!any) return NONE;
  let out: Set<string> | undefined;
  for (let k = 0; k < keys.length; k += 1) {
    const q = asked.get(keys[k]!);
    const number = held[k];
    if ((number === HELD_SINGULAR && q === true) || (number === HELD_PLURAL && q === false)) (out ??= new Set()).add(keys[k]!);
  }
  return out ?? NONE;
}

/** How a sentence writes an asked term: not at all, only in the singular, only in the plural, or both ways (or not as a noun). */
const HELD_NONE = 0;
const HELD_SINGULAR = 1;
const HELD_PLURAL = 2;
const HELD_BOTH = 3;

/**
 * Each asked term's `HELD_*` in the sentence being read, reused from call to call (a map made for each candidate
 * sentence holding an asked term was 16 MB of answerReplay's first pass at 100k, and a cleared map makes a new table).
 */
let heldNumbers = new Uint8Array(16);

/** The asked terms in a list, kept for the latest question's numbers (the ranker reads 40 sentences against one). */
function askedKeys(asked: AskedNumbers): readonly string[] {
  if (asked !== keysOf) {
    keysOf = asked;
    keys = [...asked.keys()];
  }
  return keys;
}
let keysOf: AskedNumbers | undefined;
let keys: readonly string[] = [];
