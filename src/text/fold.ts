import { textMemo } from './textMemo.js';

/**
 * Folds text for matching names and words: no diacritics, lower case, straight apostrophes, no dots, other
 * punctuation (hyphens and apostrophes kept) as spaces, single spaces.
 *
 * @example foldText('Lutskyy’s') // → "lutskyy's"
 * @example foldText('Olé  U.S.') // → 'ole us'
 */
export function foldText(text: string): string {
  return foldedCache.get(text, foldUncached);
}

/** Names and words repeat throughout a story: folded forms are kept for this many distinct texts. */
const foldedCache = textMemo<string>(50_000);

/** Texts whose folded forms foldText keeps now (at most FOLDED_CACHE_SIZE): for tests and measurements. */
export function foldedCacheSize(): number {
  return foldedCache.size;
}

/**
 * Words of ASCII letters, digits, apostrophes and hyphens, one space between two: what the fold keeps as it is but for
 * the case (most names and words: "Alan Berg", "O'Neill", "al-Bashir").
 */
const ASCII_WORDS = /^[A-Za-z0-9'-]+(?: [A-Za-z0-9'-]+)*$/;

/** Combining marks, left by NFKD (module constants: tsx writes a literal with \p{…} in a function as a RegExp made at each call). */
export const COMBINING_MARKS = /\p{M}/gu;
/** What a folded name keeps no more than a space of. */
const NOT_NAME_CHAR = /[^\p{L}\p{N}'\s-]/gu;

/**
 * foldText without its cache: for a table folded once (the gazetteer's hundred thousand names), which would
 * otherwise fill the cache twice over, empty it of the story's words and leave it full of names no text repeats.
 *
 * @example foldUncached('Olé  U.S.') // → 'ole us'
 */
export function foldUncached(text: string): string {
  // ASCII words with single spaces (most names and words) fold to their lower case: every step below leaves them as they are.
  if (ASCII_WORDS.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(NOT_NAME_CHAR, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
