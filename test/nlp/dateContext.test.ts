import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_WINDOW,
  asciiLower,
  contextWords,
  contextWordsAfter,
  contextWordsBefore,
  contextWordsOf,
} from '../../src/nlp/dates/dateContext.js';

/** What the context words were before the short window: the whole window tokenised. */
const wholeBefore = (text: string, at: number, max: number) => {
  const from = Math.max(0, at - CONTEXT_WINDOW);
  return contextWords(contextWordsOf(text.slice(from, at), from).reverse(), max);
};
const wholeAfter = (text: string, offset: number, max: number) => contextWords(contextWordsOf(text, offset), max);

const piece = fc.constantFrom(
  'the',
  'week',
  "rock'n",
  "Marsk's",
  'long-running',
  'negotiations',
  'a',
  '-',
  ',',
  "'",
  ' ',
  '  ',
  '\n',
  '1,200',
  'x',
);

describe('context words around a date mention', () => {
  it('reads the nearest words up to a mark, as the whole window would', () => {
    const text = 'After years of delay, the long-awaited talks opened on Thursday in the capital.';
    const at = text.indexOf('Thursday');
    expect(contextWordsBefore(text, at, 6).map((w) => w.lower)).toEqual(['on', 'opened', 'talks', 'awaited', 'long', 'the']);
    expect(contextWordsAfter(text.slice(at + 8), at + 8, 4).map((w) => w.lower)).toEqual(['in', 'the', 'capital']);
  });

  it('never cuts a word with an apostrophe at the edge of the short window', () => {
    for (let pad = 0; pad < 60; pad += 1) {
      const left = `Minister ${'x'.repeat(pad)} Marsk's alpha bravo charlie delta echo Thursday`;
      const at = left.indexOf('Thursday');
      expect(contextWordsBefore(left, at, 6)).toEqual(wholeBefore(left, at, 6));
      const right = ` alpha ${'y'.repeat(pad)} charlie Marsk's rock'n'roll delta echo foxtrot golf hotel india`;
      expect(contextWordsAfter(right, 0, 4)).toEqual(wholeAfter(right, 0, 4));
    }
  });

  it('gives the same words as tokenising the whole window, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.nat(), fc.integer({ min: 1, max: 8 }), (parts, cut, max) => {
        const text = parts.join(' ');
        const at = text.length === 0 ? 0 : cut % (text.length + 1);
        expect(contextWordsBefore(text, at, max)).toEqual(wholeBefore(text, at, max));
        const right = text.slice(at, at + CONTEXT_WINDOW);
        expect(contextWordsAfter(right, at, max)).toEqual(wholeAfter(right, at, max));
      }),
      { numRuns: 400 },
    );
  });
});

describe('asciiLower', () => {
  it('lowers A–Z only, so offsets hold, with or without letters beyond ASCII', () => {
    expect(asciiLower('Met Varn ON 3 May')).toBe('met varn on 3 may');
    expect(asciiLower('İLSA Øre Met Varn')).toBe('İlsa Øre met varn');
    expect(asciiLower('İLSA Øre').length).toBe('İLSA Øre'.length);
  });
});
