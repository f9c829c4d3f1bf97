import { describe, expect, it } from 'vitest';
import { sentenceSlots } from '../../src/answer/sentenceMemo.js';

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
