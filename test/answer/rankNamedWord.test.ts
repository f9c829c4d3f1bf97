import { describe, expect, it } from 'vitest';
import { holdsNumber, namedInQuestion, opensWithWhichFocus, startsWord } from '../../src/answer/rankSentences.js';

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

/** A seeded run of invented strings made of `pieces`, for comparing a hand-written test with the pattern it stands in for. */
function inventedStrings(pieces: readonly string[], seed: number): (most: number) => string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return (most) => Array.from({ length: 1 + Math.floor(next() * most) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
}

describe('opensWithWhichFocus (a question opening "which/what" and its focus)', () => {
  /** What it stands in for: the pattern once made and compiled for each question's focus. */
  const oracle = (text: string, focus: string) =>
    new RegExp(`^(?:which|what)\\s+${focus.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(text);

  it.each([
    ['which ferry left orsk harbour?', 'ferry', true],
    ['what  ferry left orsk harbour?', 'ferry', true],
    ['which ferryman left orsk harbour?', 'ferry', false],
    ['which ferry-boat left orsk harbour?', 'ferry', true],
    ['who ran which ferry?', 'ferry', false],
    ['which ferry', 'ferry', true],
    ['which  ferry', ' ferry', true],
    ['which mill?', '', true],
    ['which ?', '', false],
  ] as const)('in %j finds %j: %s', (text, focus, found) => {
    expect(opensWithWhichFocus(text, focus)).toBe(found);
    expect(oracle(text, focus)).toBe(found);
  });

  it('agrees with the regular expression on many invented strings', () => {
    const pick = inventedStrings(['which', 'what', ' ', '  ', '\t', 'mill', 'é', '_', '1', '-', '?', 's'], 11);
    for (let i = 0; i < 5000; i += 1) {
      const text = pick(6);
      const focus = pick(2).trimEnd();
      expect(opensWithWhichFocus(text, focus), JSON.stringify({ text, focus })).toBe(oracle(text, focus));
    }
  });
});

describe('holdsNumber (the question already writes a short number)', () => {
  /** What it stands in for: the pattern once made and compiled for each number. */
  const oracle = (text: string, number: string) => new RegExp(`(?<![\\d.,])${number}(?![\\d.,]\\d)`).test(text);

  it.each([
    ['a 20-minute delay at velden', '20', true],
    ['the 120 boats of velden', '20', false],
    ['a 20.5 knot ferry', '20', false],
    ['the boats numbered 20.', '20', true],
    ['in 1,20 and then 20', '20', true],
    ['of 3,500 sheep', '3', false],
  ] as const)('in %j finds %j: %s', (text, number, found) => {
    expect(holdsNumber(text, number)).toBe(found);
    expect(oracle(text, number)).toBe(found);
  });

  it('agrees with the regular expression on many invented strings', () => {
    const pick = inventedStrings(['1', '2', '12', '.', ',', ' ', 'a', '-'], 5);
    for (let i = 0; i < 5000; i += 1) {
      const text = pick(8);
      const number = pick(2).replace(/\D/g, '').slice(0, 2) || '1';
      expect(holdsNumber(text, number), JSON.stringify({ text, number })).toBe(oracle(text, number));
    }
  });
});
