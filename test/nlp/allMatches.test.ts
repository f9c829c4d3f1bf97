import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/nlp/allMatches.js';

const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it('gives what matchAll gives, groups and places', () => {
    const text = 'Tovin paid $12m, then 3 in 4 of 70 kroner; Ilsa 6-4 7-5.';
    for (const re of [/\d+/g, /(\d+)-(\d+)/gu, /(?<=\s)(\p{Lu})\p{Ll}+/gu, /x*/g, /(?:)/gu, /\b\w/g]) {
      expect(plain(allMatches(re, text))).toEqual(plain(text.matchAll(re)));
    }
  });

  it('steps over a surrogate pair on an empty match under u, and by one unit without it', () => {
    const text = 'a😀b';
    expect(plain(allMatches(/(?:)/gu, text))).toEqual(plain(text.matchAll(/(?:)/gu)));
    expect(plain(allMatches(/(?:)/g, text))).toEqual(plain(text.matchAll(/(?:)/g)));
  });

  it('starts from the beginning whatever the pattern last matched, and leaves it reset', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(allMatches(re, '1 2 3').map((m) => m[0])).toEqual(['1', '2', '3']);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(TypeError);
  });
});
