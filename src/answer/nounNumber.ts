import type { Token } from '../nlp/entities.js';
import { termOf, termOfSpan, words } from '../search/terms.js';
import { sentenceSlots } from './sentenceMemo.js';
import { type TokenWords, tokenWordLists, wordText } from '../story/tokenColumns.js';
import { glancedWords, type TokenHolder, wordsOfTokens } from '../story/tokenWords.js';
import { tokenTerms } from './termMemo.js';
import { textMemo } from '../text/textMemo.js';

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
  const known = pluralNouns.find(word, undefined);
  if (known !== undefined) return known;
  const plural = isPlural(word, term);
  return pluralNouns.get(word, () => plural);
}
const pluralNouns = textMemo<boolean>(20_000);

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
 * The ranker asks it of each of a question's 40 candidate sentences, and a story's questions find the same sentences
 * again and again: each sentence's nouns are read once and kept for the sentence ({@link sentenceNouns}), and a
 * question looks up only its own few terms. Reading every token of the sentence against the asked terms on each call
 * was 5% of the slowest 200 questions' CPU in a warm replay at 100k (scripts/answerReplay.ts, 2,000 SQuAD questions,
 * the second pass); in a CPU profile of that pass the ranker's scoring loop with this function fell from 616 to 283
 * samples of 10,295 / 9,496 (about 3% of the pass).
 *
 * @example otherNumberTerms(questionNumbers('Who won the race?', ['race']), { tokens: tokensOf('She lost two races.') }) // → Set { 'race' }
 */
export function otherNumberTerms(asked: AskedNumbers, sentence: TokenHolder): ReadonlySet<string> {
  const nouns = sentenceNouns(sentence);
  if (nouns === NO_NOUNS) return NONE;
  const keys = askedKeys(asked);
  let out: Set<string> | undefined;
  for (let k = 0; k < keys.length; k += 1) {
    const pluralAsked = asked.get(keys[k]!);
    if (pluralAsked === null || pluralAsked === undefined) continue;
    if ((pluralAsked ? nouns.singular : nouns.plural).includes(keys[k]!)) (out ??= new Set()).add(keys[k]!);
  }
  return out ?? NONE;
}

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

/** The terms a sentence writes only as lower-case nouns and only in one number (oneNumberNouns). */
export interface OneNumberNouns {
  readonly singular: readonly string[];
  readonly plural: readonly string[];
}

/** A sentence writing no term as a noun in one number only (one object for all: read, never changed). */
const NO_NOUNS: OneNumberNouns = { singular: [], plural: [] };

/**
 * Sentences whose {@link oneNumberNouns} are kept (two short lists a sentence, one shared object for a sentence with
 * none): more than the distinct sentences 2,000 SQuAD questions rank at 500k, so a repeat pass reads none of their
 * tokens again.
 */
export const NOUNS_KEPT = 131_072;

/**
 * Each sentence's {@link oneNumberNouns}, kept for the sentence (not its token list: a story too large to keep every
 * sentence's tokens makes them again once they leave its RecentRows, and the ranker would decode each candidate's
 * tokens only to read its nouns again — 239 MB of the 762 MB a repeat pass of 2,000 questions at 500k allocated);
 * in the slot of the sentence's id (`sentenceSlots`), so bounded however many sentences a story holds.
 */
const nounsMemo = sentenceSlots<TokenHolder, OneNumberNouns>(NOUNS_KEPT);

/** {@link oneNumberNouns} of a sentence, kept for it (nounsMemo). */
export function sentenceNouns(sentence: TokenHolder): OneNumberNouns {
  return nounsMemo.get(sentence, nounsOfHolder);
}

/**
 * A module function, not a closure made per call. A sentence whose story neither keeps nor holds its token list is
 * read from the story's columns, no list made (glancedWords), each word's term found by its place in the sentence
 * (termOfSpan) and only a noun's text cut out: cutting every word's text to look its term up was ~81 MB of a first
 * pass of 2,000 questions at 500k sentences.
 */
function nounsOfHolder(sentence: TokenHolder): OneNumberNouns {
  const glanced = glancedWords(sentence);
  if (glanced === undefined) return oneNumberNouns(sentence.tokens);
  const { count, owns, starts, ends, text } = glanced;
  const terms = wordTerms;
  for (let i = 0; i < count; i += 1) {
    const own = owns[i];
    terms[i] = own === undefined ? termOfSpan(text, starts[i]!, ends[i]!) : termOf(own);
  }
  return nounsOfWords(glanced, terms);
}

/** Each token's term, of the sentence nounsOfHolder reads from its story's columns. */
const wordTerms: (string | null)[] = [];

/**
 * The terms a sentence writes only as lower-case nouns and only in one number, in the singular and in the plural:
 * "the races … a race" holds race both ways and "the crews raced" holds race as a verb, so neither lists it. Each
 * token's term is `termOf` of its text (as `tokenTerms` gives it). A term is read at its first token, against the
 * tokens after it (no map made: a sentence is read once, and what it keeps is what the first pass allocates).
 * Worked out on each call: {@link sentenceNouns} keeps it for a sentence.
 *
 * @example oneNumberNouns(tokensOf('Two races were rowed.')) // → { singular: [], plural: ['race'] }
 */
export function oneNumberNouns(tokens: readonly Token[]): OneNumberNouns {
  return nounsOfWords(wordsOfTokens(tokens, ownWords), tokenTerms(tokens));
}

/** What oneNumberNouns reads its tokens into. */
const ownWords = tokenWordLists();

/** {@link oneNumberNouns} of a sentence's tokens read as lists, with each token's term (`terms`). */
function nounsOfWords(words: TokenWords, terms: readonly (string | null)[]): OneNumberNouns {
  const count = words.count;
  let singular = 0;
  let plural = 0;
  for (let i = 0; i < count; i += 1) {
    const t = terms[i]!;
    if (t === null) continue;
    const number = nounNumberAt(words, i, t);
    if (number === null || termBefore(terms, t, i)) continue;
    let one = true;
    for (let j = i + 1; j < count && one; j += 1) if (terms[j] === t) one = nounNumberAt(words, j, t) === number;
    if (!one) continue;
    if (number) pluralFound[plural++] = t;
    else singularFound[singular++] = t;
  }
  // Gathered in lists reused from sentence to sentence and copied at their length: a list grown by push holds room for
  // 17 (a first pass at 500k kept 23.6 MB of nouns), and growing one was made anew for each sentence read.
  return singular > 0 || plural > 0
    ? {
        singular: singular > 0 ? singularFound.slice(0, singular) : NO_NOUNS.singular,
        plural: plural > 0 ? pluralFound.slice(0, plural) : NO_NOUNS.plural,
      }
    : NO_NOUNS;
}

/** The nouns nounsOfWords finds in each number: only the first entries are read, those of the sentence it reads now. */
const singularFound: string[] = [];
const pluralFound: string[] = [];

/** Whether term `t` is among the first `i` terms. */
function termBefore(terms: readonly (string | null)[], t: string, i: number): boolean {
  for (let k = 0; k < i; k += 1) if (terms[k] === t) return true;
  return false;
}

/**
 * Whether word `j` (of term `t`) is a lower-case noun in the plural (true) or the singular (false); null when no such
 * noun. Read in place: a noun not ending in "s" is singular ({@link isPlural}), so only one that does is cut from the
 * sentence (`wordText`) where it has no text of its own.
 */
function nounNumberAt(words: TokenWords, j: number, t: string): boolean | null {
  if (words.tags[j] !== 'NOUN') return null;
  const own = words.owns[j];
  const text = own ?? words.text;
  const start = own === undefined ? words.starts[j]! : 0;
  const end = own === undefined ? words.ends[j]! : own.length;
  const first = end > start ? text.charCodeAt(start) : 0;
  if (first < 97 || first > 122) return null;
  return text.charCodeAt(end - 1) === 115 ? isPluralNoun(own ?? wordText(words, j), t) : false;
}
