import { describe, expect, it } from 'vitest';
import { foldWord, foldWordFully } from '../../src/search/terms.js';

describe('foldWord on plain ASCII', () => {
  it('folds as the full chain does, ASCII or not', () => {
    const words = `Harbour ferry's O'Neill U.S. 1,200 12,50 3.5 e-mail ROCK-solid it’s Zoë café naïve Œuvre ﬁne x,y a.b.c 2,000,000`;
    for (const w of words.split(' ')) expect(foldWord(w), w).toBe(foldWordFully(w));
  });

  it('only lowers the case of ASCII words with no dot or comma', () => {
    expect(foldWord('Harrowby')).toBe('harrowby');
    expect(foldWord("Marrow's")).toBe("marrow's");
    expect(foldWord('U.K.')).toBe('uk');
  });
});
