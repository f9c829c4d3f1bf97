import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/escapeRegExp.js';

describe('escapeRegExp', () => {
  it('escapes every mark a regular expression reads as syntax', () => {
    expect(escapeRegExp('Orsk (harbour) board.')).toBe('Orsk \\(harbour\\) board\\.');
    expect(escapeRegExp('a*b+c?^$|[x]{2}\\')).toBe('a\\*b\\+c\\?\\^\\$\\|\\[x\\]\\{2\\}\\\\');
  });

  it('makes a pattern that matches the text as written, twice in a row', () => {
    for (let i = 0; i < 2; i += 1) {
      const pattern = new RegExp(`^${escapeRegExp('Velden (1.5 km)')}$`);
      expect(pattern.test('Velden (1.5 km)')).toBe(true);
      expect(pattern.test('Velden 1x5 km')).toBe(false);
    }
  });
});
