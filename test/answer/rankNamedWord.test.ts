import { describe, expect, it } from 'vitest';
import { namedInQuestion, startsWord } from '../../src/answer/rankSentences.js';

/** What `startsWord` stands in for: the word after a regular expression's `\b` (ASCII word characters, `u` flag). */
const oracle = (text: string, word: string) => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text);

describe('startsWord (the question names a word of an entity)', () => {
  const cases: [string, string][] = [
    ['who founded the brightwater mill?', 'brightwater'],
    ['who founded the brightwater mill?', 'water'],
    ['who founded the brightwater mill?', 'mill'],
    ['when did o_brien sail?', 'brien'],
    ['when did 3rd street open?', 'rd'],
    ['when did élodie sail?', 'élodie'],
    ['when did mélodie sail?', 'élodie'],
    ['when did xélodie sail?', 'élodie'],
    ['what did the cafés serve?', 'és'],
    ['which ölands club won?', 'ölands'],
    ['which 𝒜rden team won?', '𝒜rden'],
    ['which rivers-end ferry sank?', 'end'],
    ['was it the river or the rivers?', 'rivers'],
    ['', 'word'],
  ];
  it.each(cases)('in %j finds %j as /\\bword/u does', (text, word) => {
    expect(startsWord(text, word)).toBe(oracle(text, word));
  });

  it('agrees with the regular expression on many invented strings', () => {
    const pieces = ['a', 'b', 'é', 'ß', '1', '_', ' ', '-', "'", 'ü', '.', 'ab', 'ba'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = (n: number) => Array.from({ length: n }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    for (let i = 0; i < 5000; i += 1) {
      const text = pick(1 + Math.floor(next() * 10));
      const word = pick(1 + Math.floor(next() * 2)).match(/[\p{L}\p{N}]+/u)?.[0] ?? 'a';
      expect(startsWord(text, word), JSON.stringify({ text, word })).toBe(oracle(text, word));
    }
  });

  it('reads an entity as named only at a word start', () => {
    expect(namedInQuestion('Harlow Quay', 'Harlow Quay', 'who built harlow quay?')).toBe(true);
    expect(namedInQuestion('Arlow Bank', 'Arlow Bank', 'who built harlow quay?')).toBe(false);
  });
});
