import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textHash, textMemo } from '../../src/text/textMemo.js';

/** A memo's make that counts what it was asked to make. */
function counting() {
  const made: string[] = [];
  return {
    made,
    make: (text: string) => {
      made.push(text);
      return text.length;
    },
  };
}

describe('textMemo', () => {
  it('makes a text’s value once and gives the same value back', () => {
    const memo = textMemo<string[]>(8);
    let made = 0;
    const make = (text: string) => {
      made += 1;
      return text.split(' ');
    };
    const first = memo.get('Orla Penwick sailed.', make);
    expect(memo.get('Orla Penwick sailed.', make)).toBe(first);
    expect(made).toBe(1);
    expect(memo.size).toBe(1);
  });

  it('finds a text by its letters, whichever string writes them', () => {
    const memo = textMemo<number>(8);
    const { made, make } = counting();
    memo.get('Velden', make);
    memo.get(['Vel', 'den'].join(''), make);
    expect(made).toEqual(['Velden']);
  });

  it('keeps apart long texts of one length, one beginning and one end', () => {
    const opening = 'The Orsk harbour board met on the quay ';
    const end = ' before the Tolly mill closed for the winter.';
    const a = `${opening}and voted${end}`;
    const b = `${opening}and waved${end}`;
    expect(a.length).toBe(b.length);
    const memo = textMemo<string>(8);
    memo.get(a, () => 'voted');
    expect(memo.get(b, () => 'waved')).toBe('waved');
    expect(memo.get(a, () => 'again')).toBe('voted');
  });

  it('tells a value kept from none, a kept null or undefined included', () => {
    const memo = textMemo<string | null | undefined>(8);
    const absent = Symbol('absent');
    expect(memo.find('ferry', absent)).toBe(absent);
    memo.get('ferry', () => null);
    memo.get('dawn', () => undefined);
    expect(memo.find('ferry', absent)).toBeNull();
    expect(memo.find('dawn', absent)).toBeUndefined();
    expect(memo.size).toBe(2);
  });

  it('keeps a value whose make kept other texts in the same memo', () => {
    const memo = textMemo<number>(4);
    const outer = memo.get('quay', () => memo.get('pier', () => 1) + memo.get('dock', () => 2));
    expect(outer).toBe(3);
    expect(memo.find('quay', -1)).toBe(3);
    expect(memo.size).toBe(3);
  });

  it('holds up to its size: the next new text clears it and is the first kept', () => {
    const memo = textMemo<number>(2);
    const { made, make } = counting();
    for (const text of ['quay', 'pier', 'dock']) memo.get(text, make);
    expect(memo.size).toBe(1);
    memo.get('dock', make);
    memo.get('quay', make);
    expect(made).toEqual(['quay', 'pier', 'dock', 'quay']);
  });

  it('makes exactly what a map cleared when full makes, for any texts asked in any order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(fc.string({ maxLength: 60 }), { maxLength: 400 }), (size, texts) => {
        const memo = textMemo<number>(size);
        const kept = new Map<string, number>();
        const { made, make } = counting();
        const expected: string[] = [];
        for (const text of texts) {
          memo.get(text, make);
          if (kept.has(text)) continue;
          expected.push(text);
          if (kept.size >= size) kept.clear();
          kept.set(text, text.length);
        }
        expect(made).toEqual(expected);
        expect(memo.size).toBe(kept.size);
      }),
    );
  });

  it('hashes a long text by a few of its characters: texts alike there share a hash, and a slot is found by comparing', () => {
    const a = `Velden${'x'.repeat(200)}quay`;
    // The 101st character is none of those read (the first and last 8, and 16 spread 12 apart from the 9th).
    const b = `${a.slice(0, 100)}y${a.slice(101)}`;
    expect(textHash(b)).toBe(textHash(a));
    expect(textHash('Velden quay')).not.toBe(textHash('Velden quai'));
    const memo = textMemo<string>(4);
    memo.get(a, () => 'a');
    expect(memo.get(b, () => 'b')).toBe('b');
    expect(memo.get(a, () => 'again')).toBe('a');
  });

  it('finds each of thousands of texts kept, however their hashes fall', () => {
    const memo = textMemo<number>(5000);
    const texts = Array.from({ length: 5000 }, (_, k) => `Tarnby ward ${k}`);
    const { made, make } = counting();
    for (const text of texts) memo.get(text, make);
    for (const text of texts) memo.get(text, make);
    expect(made).toHaveLength(5000);
  });
});
