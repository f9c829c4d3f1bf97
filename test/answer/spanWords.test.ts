import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstEndingAfter, lastEndingBy, lastStartingBefore } from '../../src/answer/spanWords.js';
import { termWordsOf } from '../../src/answer/extractAnswer.js';

describe('spanWords', () => {
  it('finds what findIndex / findLastIndex find, on the words of invented texts, at every offset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('glim', 'Orvek', '1,200', "mar's", 'U.K', ',', ' ', '  ', '-', '.'), { maxLength: 30 }),
        (parts) => {
          const text = parts.join(' ');
          const words = termWordsOf(text);
          for (let at = -1; at <= text.length + 1; at += 1) {
            expect(firstEndingAfter(words, at)).toBe(words.findIndex((w) => w.end > at));
            expect(lastStartingBefore(words, at)).toBe(words.findLastIndex((w) => w.start < at));
            expect(lastEndingBy(words, at)).toBe(words.findLastIndex((w) => w.end <= at));
          }
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it('gives -1 when no word qualifies', () => {
    expect(firstEndingAfter([], 0)).toBe(-1);
    expect(lastStartingBefore([{ start: 4, end: 9 }], 4)).toBe(-1);
    expect(firstEndingAfter([{ start: 4, end: 9 }], 9)).toBe(-1);
    expect(lastEndingBy([{ start: 4, end: 9 }], 8)).toBe(-1);
    expect(lastEndingBy([], 8)).toBe(-1);
  });
});
