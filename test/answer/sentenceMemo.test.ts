import { describe, expect, it } from 'vitest';
import { sentenceMemo } from '../../src/answer/sentenceMemo.js';

describe('sentenceMemo', () => {
  it('makes a key’s value once and gives the same value back', () => {
    const memo = sentenceMemo<{ text: string }, string[]>(4);
    const key = { text: 'Orla Penwick sailed.' };
    let made = 0;
    const make = (k: { text: string }) => {
      made += 1;
      return k.text.split(' ');
    };
    const first = memo.get(key, make);
    expect(memo.get(key, make)).toBe(first);
    expect(made).toBe(1);
  });

  it('tells keys apart by identity, not by content', () => {
    const memo = sentenceMemo<{ text: string }, number>(4);
    let made = 0;
    memo.get({ text: 'same' }, () => (made += 1));
    memo.get({ text: 'same' }, () => (made += 1));
    expect(made).toBe(2);
  });

  it('holds no more than its size: a full memo starts again', () => {
    const memo = sentenceMemo<object, number>(2);
    const keys = [{}, {}, {}];
    let made = 0;
    for (const k of keys) memo.get(k, () => (made += 1));
    expect(made).toBe(3);
    // The third key cleared the first two: asking for the first makes it again, the third is still kept.
    memo.get(keys[2]!, () => (made += 1));
    expect(made).toBe(3);
    memo.get(keys[0]!, () => (made += 1));
    expect(made).toBe(4);
  });
});
