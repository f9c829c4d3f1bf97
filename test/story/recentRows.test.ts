import { describe, expect, it } from 'vitest';
import { KEPT_SENTENCES_MAX, keepsMadeValues, RecentRows } from '../../src/story/recentRows.js';

describe('RecentRows', () => {
  it('gives back the value of a row held, and none once another row of its slot was set or the row forgotten', () => {
    const recent = new RecentRows<string[]>(4);
    const a = ['a'];
    recent.set(1, a);
    recent.set(2, ['b']);
    expect(recent.get(1)).toBe(a);
    expect(recent.get(5)).toBeUndefined();
    recent.set(5, ['e']);
    expect(recent.get(1)).toBeUndefined();
    expect(recent.get(5)).toEqual(['e']);
    recent.forget(2);
    expect(recent.get(2)).toBeUndefined();
    recent.clear();
    expect(recent.get(5)).toBeUndefined();
  });

  it('refuses a size that is no power of two', () => {
    expect(() => new RecentRows(6)).toThrow(/^recentRows: size 6/);
  });
});

describe('keepsMadeValues', () => {
  it('keeps the made values of a story up to the limit, not of a larger one', () => {
    expect(keepsMadeValues(KEPT_SENTENCES_MAX)).toBe(true);
    expect(keepsMadeValues(KEPT_SENTENCES_MAX + 1)).toBe(false);
  });
});
