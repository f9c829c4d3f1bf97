import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termWordsOf } from '../../src/answer/extractAnswer.js';
import { clauseShare } from '../../src/answer/clauseShare.js';
import { termOf } from '../../src/search/terms.js';

/** The question's terms as the extractor weighs them (every weight 1 here). */
function termsOf(...words: string[]): Map<string, number> {
  return new Map(words.map((w) => [termOf(w)!, 1]));
}

/** The index of the first word of `text` that is `word`. */
function wordAt(text: string, word: string): number {
  return termWordsOf(text).findIndex((w) => text.slice(w.start, w.end) === word);
}

describe('clauseShare', () => {
  const text = 'The guild sold the old barge to a farmer, who later painted it green.';
  const words = termWordsOf(text);
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
    expect(clauseShare(s, termWordsOf(s), wordAt(s, 'barge'), terms)).toBeCloseTo(2 / 3);
    expect(clauseShare(s, termWordsOf(s), wordAt(s, 'mayor'), terms)).toBeCloseTo(1 / 3);
  });

  it('is 0 where no piece holds a question term, or past the last word', () => {
    expect(clauseShare(text, words, 0, termsOf('harbour'))).toBe(0);
    expect(clauseShare(text, words, -1, asked)).toBe(0);
  });

  it('cuts at a dash and before a capitalised opener, not at a word that only starts like one', () => {
    const terms = termsOf('guild', 'sold', 'mayor');
    const dashed = 'The guild sold the barge — the mayor painted it.';
    expect(clauseShare(dashed, termWordsOf(dashed), wordAt(dashed, 'barge'), terms)).toBeCloseTo(2 / 3);
    expect(clauseShare(dashed, termWordsOf(dashed), wordAt(dashed, 'painted'), terms)).toBeCloseTo(1 / 3);
    const opener = 'The guild sold the barge WHICH the mayor painted.';
    expect(clauseShare(opener, termWordsOf(opener), wordAt(opener, 'mayor'), terms)).toBeCloseTo(1 / 3);
    const lookalike = 'The guild sold the barge whichever the mayor painted.';
    expect(clauseShare(lookalike, termWordsOf(lookalike), wordAt(lookalike, 'mayor'), terms)).toBe(1);
  });

  it('gives what cutting the whole sentence into pieces gives, for every word of invented sentences', () => {
    /** The sentence cut into pieces by regular expressions over slices, each piece's distinct question terms counted. */
    function reference(text: string, words: ReturnType<typeof termWordsOf>, first: number, terms: Map<string, number>): number {
      const pieceOf: number[] = [];
      const perPiece = [0];
      let seen = new Set<string>();
      for (let i = 0; i < words.length; i += 1) {
        const w = words[i]!;
        const gap = i > 0 ? text.slice(words[i - 1]!.end, w.start) : '';
        const opener = /^(?:which|who|whom|whose|that|while|whereas|although|though|but|because|since|when|where)$/i;
        if (i > 0 && (/[,;:()"“”—–]/.test(gap) || opener.test(text.slice(w.start, w.end)))) {
          perPiece.push(0);
          seen = new Set();
        }
        pieceOf.push(perPiece.length - 1);
        if (w.term !== null && terms.has(w.term) && !seen.has(w.term)) {
          seen.add(w.term);
          perPiece[perPiece.length - 1]! += 1;
        }
      }
      return first < 0 || first >= words.length || terms.size === 0 ? 0 : perPiece[pieceOf[first]!]! / terms.size;
    }
    const word = fc.constantFrom('guild', 'sold', 'barge', 'Which', 'when', 'whenever', 'But', 'mayor', 'the', 'Sold', 'a');
    const gap = fc.constantFrom(' ', ', ', ' — ', ' (', ') ', '; ', ' “', '” ', ': ', ' – ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 14 }),
        fc.subarray(['guild', 'sold', 'mayor', 'barge']),
        (parts, asked) => {
          const text = parts.map(([w, g]) => w + g).join('');
          const words = termWordsOf(text);
          const terms = termsOf(...asked);
          for (let first = -1; first <= words.length; first += 1)
            expect(clauseShare(text, words, first, terms)).toBe(reference(text, words, first, terms));
        },
      ),
      { numRuns: 300 },
    );
  });
});
