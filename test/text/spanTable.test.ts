import { describe, expect, it } from 'vitest';
import { SpanTable, spanHash } from '../../src/text/spanTable.js';

function added(table: SpanTable, word: string): number {
  return table.add(word, spanHash(word, 0, word.length));
}

function found(table: SpanTable, text: string, start: number, end: number): number {
  return table.find(text, start, end, spanHash(text, start, end));
}

describe('SpanTable', () => {
  it('finds a word by the span of a text that writes it, and nothing else', () => {
    const table = new SpanTable();
    expect(added(table, 'ferry')).toBe(0);
    expect(added(table, 'harbour')).toBe(1);
    const text = 'The ferry left the harbours.';
    expect(found(table, text, 4, 9)).toBe(0);
    expect(found(table, text, 19, 26)).toBe(1);
    expect(found(table, text, 19, 27)).toBe(-1);
    expect(found(table, text, 0, 3)).toBe(-1);
  });

  it('keeps finding thousands of words as its slots grow', () => {
    const table = new SpanTable();
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}x`);
    for (const word of words) added(table, word);
    const text = words.join(' ');
    let start = 0;
    for (const [k, word] of words.entries()) {
      expect(found(table, text, start, start + word.length)).toBe(k);
      start += word.length + 1;
    }
  });

  it('made with room for a count of words, holds them all in the slots it was made with', () => {
    const words = Array.from({ length: 3000 }, (_, k) => `harbour${k.toString(36)}`);
    const roomy = new SpanTable(words.length);
    const slots = roomy.slots;
    for (const word of words) added(roomy, word);
    expect(roomy.slots).toBe(slots);
    for (const [k, word] of words.entries()) expect(found(roomy, word, 0, word.length)).toBe(k);
    // Made with the default room, the same words grow its slots.
    const small = new SpanTable();
    const first = small.slots;
    for (const word of words) added(small, word);
    expect(small.slots).not.toBe(first);
  });

  it('forgets all but the words kept, and numbers the next word after every number given', () => {
    const table = new SpanTable();
    for (const word of ['quay', 'dock', 'pier']) added(table, word);
    table.keepOnly(new Set([1]));
    expect(found(table, 'quay', 0, 4)).toBe(-1);
    expect(found(table, 'dock', 0, 4)).toBe(1);
    expect(table.words[0]).toBeUndefined();
    expect(added(table, 'quay')).toBe(3);
    expect(found(table, 'quay', 0, 4)).toBe(3);
  });
});
