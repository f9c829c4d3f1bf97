import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/answer/extractAnswer.js';
import { clauseShare } from '../../src/answer/clauseShare.js';
import { termOf } from '../../src/search/terms.js';

/** The question's terms as the extractor weighs them (every weight 1 here). */
function termsOf(...words: string[]): Map<string, number> {
  return new Map(words.map((w) => [termOf(w)!, 1]));
}

/** The index of the first word of `text` that is `word`. */
function wordAt(text: string, word: string): number {
  return wordsOf(text).findIndex((w) => text.slice(w.start, w.end) === word);
}

describe('clauseShare', () => {
  const text = 'The guild sold the old barge to a farmer, who later painted it green.';
  const words = wordsOf(text);
  const asked = termsOf('guild', 'sold', 'barge');

  it('gives 1 to a word in a piece holding every question term', () => {
    expect(clauseShare(text, words, wordAt(text, 'farmer'), asked)).toBe(1);
  });

  it('gives 0 to a word in a clause after a comma and "who" that holds no question term', () => {
    expect(clauseShare(text, words, wordAt(text, 'green'), asked)).toBe(0);
  });

  it('cuts before a clause opener without a comma', () => {
    const s = 'The guild sold the barge which the mayor had painted green.';
    const terms = termsOf('guild', 'sold', 'mayor');
    // The opening piece holds "guild" and "sold" (2 of 3); the "which" piece only "mayor" (1 of 3).
    expect(clauseShare(s, wordsOf(s), wordAt(s, 'barge'), terms)).toBeCloseTo(2 / 3);
    expect(clauseShare(s, wordsOf(s), wordAt(s, 'mayor'), terms)).toBeCloseTo(1 / 3);
  });

  it('is 0 where no piece holds a question term, or past the last word', () => {
    expect(clauseShare(text, words, 0, termsOf('harbour'))).toBe(0);
    expect(clauseShare(text, words, -1, asked)).toBe(0);
  });

  it('cuts at a dash and before a capitalised opener, not at a word that only starts like one', () => {
    const terms = termsOf('guild', 'sold', 'mayor');
    const dashed = 'The guild sold the barge — the mayor painted it.';
    expect(clauseShare(dashed, wordsOf(dashed), wordAt(dashed, 'barge'), terms)).toBeCloseTo(2 / 3);
    expect(clauseShare(dashed, wordsOf(dashed), wordAt(dashed, 'painted'), terms)).toBeCloseTo(1 / 3);
    const opener = 'The guild sold the barge WHICH the mayor painted.';
    expect(clauseShare(opener, wordsOf(opener), wordAt(opener, 'mayor'), terms)).toBeCloseTo(1 / 3);
    const lookalike = 'The guild sold the barge whichever the mayor painted.';
    expect(clauseShare(lookalike, wordsOf(lookalike), wordAt(lookalike, 'mayor'), terms)).toBe(1);
  });
});
