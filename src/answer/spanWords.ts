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

/**
 * The last of `words` (in text order, none overlapping) that ends at or before `at`, or -1:
 * `words.findLastIndex((w) => w.end <= at)` by binary search (a who-question asks it of every person-like phrase of
 * every candidate sentence; the scan from the end was 1.7 ms of one slow question's 16 in a warm replay at 100k).
 */
export function lastEndingBy(words: readonly Offsets[], at: number): number {
  const after = firstEndingAfter(words, at);
  return (after < 0 ? words.length : after) - 1;
}
