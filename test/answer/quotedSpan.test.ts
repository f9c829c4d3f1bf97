import { describe, expect, it } from 'vitest';
import { writtenInQuotes } from '../../src/answer/quotedSpan.js';

/** Offsets of `part` in `text`, as [start, end). */
function at(text: string, part: string): [number, number] {
  const start = text.indexOf(part);
  return [start, start + part.length];
}

describe('writtenInQuotes', () => {
  it('reads a whole quotation, with curly or straight marks', () => {
    const curly = 'Locals call the road the “Tolly Way” to this day.';
    expect(writtenInQuotes(curly, ...at(curly, 'Tolly Way'))).toBe(true);
    const straight = 'The move was dubbed "harbour drift" by the press.';
    expect(writtenInQuotes(straight, ...at(straight, 'harbour drift'))).toBe(true);
    const spaced = 'The board named it the " Orsk Lantern" at last.';
    expect(writtenInQuotes(spaced, ...at(spaced, 'Orsk Lantern'))).toBe(true);
  });

  it('reads no piece of a quotation, nor a phrase outside one', () => {
    const text = 'Locals call the road the “Tolly Way” to this day.';
    expect(writtenInQuotes(text, ...at(text, 'Way'))).toBe(false);
    expect(writtenInQuotes(text, ...at(text, 'Tolly'))).toBe(false);
    expect(writtenInQuotes(text, ...at(text, 'road'))).toBe(false);
  });

  it('reads no quotation ending in punctuation of its own, nor one at the text’s start', () => {
    const text = '“Velden,” she said, “is the harbour.”';
    expect(writtenInQuotes(text, ...at(text, 'Velden'))).toBe(false);
    expect(writtenInQuotes('Velden” was all.', 0, 6)).toBe(false);
  });

  it('reads no quotation in brackets right after a word: a gloss of that word', () => {
    const gloss = 'The rowers keep the tollens (“little oars”) in the shed.';
    expect(writtenInQuotes(gloss, ...at(gloss, 'little oars'))).toBe(false);
    const tight = 'The rowers keep the tollens(“little oars”) in the shed.';
    expect(writtenInQuotes(tight, ...at(tight, 'little oars'))).toBe(false);
    const opening = 'The board met at dusk. (“the Orsk Lantern” was its name.)';
    expect(writtenInQuotes(opening, ...at(opening, 'the Orsk Lantern'))).toBe(true);
  });
});
