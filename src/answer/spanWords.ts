/** A span of text by its offsets (a word of `wordsOf`, a token). */
export interface Offsets {
  start: number;
  end: number;
}

/**
 * The first of `words` (in text order, none overlapping) that ends after `at`, or -1: what
 * `words.findIndex((w) => w.end > at)` gives, by binary search (the extractor asks it for every mention).
 */
export function firstEndingAfter(words: readonly Offsets[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo < words.length ? lo : -1;
}

/** The last of `words` (in text order, none overlapping) that starts before `at`, or -1: `words.findLastIndex((w) => w.start < at)`. */
export function lastStartingBefore(words: readonly Offsets[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
