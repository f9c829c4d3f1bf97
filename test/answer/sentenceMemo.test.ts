import { describe, expect, it } from 'vitest';
import { sentenceMemo, sentenceSlots } from '../../src/answer/sentenceMemo.js';

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

describe('sentenceSlots', () => {
  type Row = { id?: number; text: string };
  const counting = () => {
    const made: string[] = [];
    const make = (k: Row) => {
      made.push(k.text);
      return k.text.length;
    };
    return { made, make };
  };

  it('keeps a sentence’s value in its id’s slot and gives the same value back', () => {
    const memo = sentenceSlots<Row, number>(4);
    const { made, make } = counting();
    const tolly = { id: 1, text: 'The Tolly mill burned.' };
    const orsk = { id: 2, text: 'Orsk harbour froze.' };
    expect(memo.get(tolly, make)).toBe(22);
    memo.get(orsk, make);
    memo.get(tolly, make);
    memo.get(orsk, make);
    expect(made).toEqual(['The Tolly mill burned.', 'Orsk harbour froze.']);
  });

  it('lets a value go when a sentence of the same slot is read (ids a size apart), and tells keys apart by identity', () => {
    const memo = sentenceSlots<Row, number>(4);
    const { made, make } = counting();
    const first = { id: 1, text: 'Velden' };
    const sameSlot = { id: 5, text: 'Tarnby' };
    const otherStory = { id: 1, text: 'Velden' };
    memo.get(first, make);
    memo.get(sameSlot, make);
    memo.get(first, make);
    memo.get(otherStory, make);
    expect(made).toEqual(['Velden', 'Tarnby', 'Velden', 'Velden']);
  });

  it('reads a key with no id, by identity, from slot 0', () => {
    const memo = sentenceSlots<Row, number>(4);
    const { made, make } = counting();
    const loose = { text: 'Ivo Brandt' };
    memo.get(loose, make);
    memo.get(loose, make);
    memo.get({ id: 4, text: 'Dorn Vekla' }, make);
    memo.get(loose, make);
    expect(made).toEqual(['Ivo Brandt', 'Dorn Vekla', 'Ivo Brandt']);
  });

  it('wants a power of two', () => {
    expect(() => sentenceSlots<Row, number>(6)).toThrow(/power of two/);
  });
});
