import type { Token } from '../nlp/entities.js';

/** A word of a sentence: a wink token, with hyphen-joined pieces ("son - in - law") put back together. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
}

/**
 * Whether a token is one hyphen (ASCII, U+2010 or U+2011): read by its code, not by a pattern, as `wordsOf` asks it
 * of every token of every sentence the people stage reads.
 */
function isHyphen(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** A word opening in lower case (a module constant: tsx writes a literal with \p{…} inside a function as a RegExp made at each call). */
const LOWER_INITIAL = /^\p{Ll}/u;
/** A text ending in a lower-case word or a number, what a hyphen joins to a lower-case word. */
const LOWER_WORD_END = /(?:^|\s|-)[\p{Ll}\p{N}][\p{L}\p{N}]*$/u;

/**
 * Words of a tagged sentence: tokens glued back where wink split a hyphenated lower-case word ("son-in-law",
 * "four-hour"), never a capitalised compound ("Darrow-scheduled" stays three words).
 */
export function wordsOf(tokens: readonly Token[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (
      prev &&
      next &&
      prev.end === t.start &&
      next.start === t.end &&
      isHyphen(t.text) &&
      LOWER_INITIAL.test(next.text) &&
      LOWER_WORD_END.test(prev.text)
    ) {
      prev.text += t.text + next.text;
      prev.end = next.end;
      prev.lower = prev.text.toLowerCase();
      i += 1;
      continue;
    }
    out.push({ text: t.text, lower: t.text.toLowerCase(), start: t.start, end: t.end, pos: t.pos });
  }
  return out;
}

const CAPITAL_INITIAL = /^\p{Lu}/u;

/** Whether a word starts with a capital letter ("Émile", "Anke"; not "zeta", "4"). */
export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  // An ASCII first letter is answered without the pattern (the names stage asks this several times of every token):
  // A–Z are its only upper-case letters.
  if (first < 128) return first >= 65 && first <= 90;
  return CAPITAL_INITIAL.test(word);
}

/** A word of figures alone, a bare figure ("46", "2030"). */
export const FIGURES = /^\d+$/;

/** Three or four figures, what a year written in figures looks like ("862", "1887"). */
export const YEAR_DIGITS = /^\d{3,4}$/;

/** Whether a UTF-16 code unit is a figure 0–9 (NaN, read off either end of a string, is not). */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a UTF-16 code unit is one a regular expression's `\w` matches: A–Z, a–z, 0–9 or "_". */
export function isWordCode(code: number): boolean {
  return isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Whether a token is the possessive mark ("'s", "’s", or a bare apostrophe after a plural). */
export function isPossessiveMark(word: string): boolean {
  return /^['’]s$/.test(word) || word === "'" || word === '’';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `needle` first occurs in `text` with no letter or digit joined to either end, else -1. */
export function wholeWordAt(text: string, needle: string): number {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    const joinedBefore = before !== undefined && WORD_CHAR.test(before) && WORD_CHAR.test(needle[0]!);
    const joinedAfter = after !== undefined && WORD_CHAR.test(after) && WORD_CHAR.test(needle[needle.length - 1]!);
    if (!joinedBefore && !joinedAfter) return at;
  }
  return -1;
}
