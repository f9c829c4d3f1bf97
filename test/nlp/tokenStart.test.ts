import { describe, expect, it } from 'vitest';
import { tokenStart } from '../../src/nlp/entities.js';

describe('tokenStart', () => {
  it('finds a token where indexOf does, spaces before it or not', () => {
    const text = 'Mara  Quell paid  $5m . then  left';
    const cases: [string, number][] = [
      ['Mara', 0],
      ['Quell', 4],
      ['$', 11],
      ['5m', 12],
      ['.', 14],
      ['left', 20],
      [' ', 4],
      ['', 4],
      ['absent', 0],
      ['paid', 0],
    ];
    for (const [value, cursor] of cases) expect(tokenStart(text, value, cursor)).toBe(text.indexOf(value, cursor));
  });

  it('matches indexOf on random spaced text', () => {
    const words = ['a', 'b', 'ab', ' ', '  a', 'ba', '.'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 2000; n += 1) {
      let text = '';
      for (let k = 0; k < 8; k += 1) text += words[Math.floor(next() * words.length)]!;
      const value = words[Math.floor(next() * words.length)]!;
      const cursor = Math.floor(next() * (text.length + 2));
      expect(tokenStart(text, value, cursor)).toBe(text.indexOf(value, cursor));
    }
  });
});
