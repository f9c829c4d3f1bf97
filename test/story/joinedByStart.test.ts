import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/nlp/entities.js';
import { joinedByStart } from '../../src/story/stages.js';

const at = (text: string, start: number, type: Entity['type'] = 'DATE'): Entity => ({ type, text, start, end: start + text.length });

describe('joinedByStart', () => {
  it('merges two lists in order of their starts, the first list first where two start together', () => {
    const read = [at('Tuesday', 0), at('40 crates', 20, 'QUANTITY'), at('noon', 44)];
    const names = [at('Oskar Tamm', 8, 'PERSON'), at('Veldhaven', 44, 'PLACE')];
    expect(joinedByStart(read, names).map((e) => e.text)).toEqual(['Tuesday', 'Oskar Tamm', '40 crates', 'noon', 'Veldhaven']);
  });

  it('gives what a stable sort of the two joined gives when a list is out of order', () => {
    const read = [at('March', 30), at('1998', 5)];
    const names = [at('Lund', 5, 'PLACE')];
    expect(joinedByStart(read, names)).toEqual([...read, ...names].sort((a, b) => a.start - b.start));
    expect(joinedByStart(read, names).map((e) => e.text)).toEqual(['1998', 'Lund', 'March']);
  });

  it('makes a new list, even when the second is empty', () => {
    const read = [at('Friday', 3)];
    const joined = joinedByStart(read, []);
    expect(joined).toEqual(read);
    expect(joined).not.toBe(read);
  });
});
