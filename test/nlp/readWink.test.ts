import { describe, expect, it } from 'vitest';
import { readWink } from '../../src/nlp/entities.js';
import { nlp } from '../../src/nlp/wink.js';

describe('readWink', () => {
  it('gives each entity its own type and token span', () => {
    const r = readWink(nlp.readDoc('On Monday the firm paid 40 percent more than in 2019.'));
    const seen = r.entities.map((e) => `${e.type} ${r.words.slice(e.first, e.last + 1).join(' ')}`);
    expect(seen).toContain('DATE Monday');
    expect(seen).toContain('PERCENT 40 percent');
    expect(seen.indexOf('DATE Monday')).toBeLessThan(seen.indexOf('PERCENT 40 percent'));
  });

  it('reads no entity from a text without one', () => {
    expect(readWink(nlp.readDoc('The cat sat on the mat.')).entities).toEqual([]);
  });
});
