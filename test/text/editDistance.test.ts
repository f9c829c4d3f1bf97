import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/editDistance.js';

/** The row-by-row table with its early exit, an array per row: what the reused rows must give, number for number. */
function reference(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1)
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    if (Math.min(...cur) > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

describe('editDistance', () => {
  it('gives the examples', () => {
    expect(editDistance('lutsky', 'lutskyy')).toBe(1);
    expect(editDistance('pellow', 'farrant', 2)).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kestrel', '')).toBe(7);
  });

  it('agrees with the table row by row on many invented pairs (long ones after short ones)', () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const word = (n: number) => Array.from({ length: n }, () => 'abcdeé'[Math.floor(next() * 6)]).join('');
    for (let k = 0; k < 3000; k += 1) {
      const a = word(Math.floor(next() * (k < 2000 ? 8 : 120)));
      const b = word(Math.floor(next() * (k < 2000 ? 8 : 120)));
      const max = [0, 1, 2, 3, Number.POSITIVE_INFINITY][k % 5]!;
      expect(editDistance(a, b, max), JSON.stringify({ a, b, max })).toBe(reference(a, b, max));
    }
  });
});
