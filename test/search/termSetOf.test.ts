import { describe, expect, it } from 'vitest';
import { termSetOf, termsOf } from '../../src/search/terms.js';

describe('termSetOf', () => {
  it('holds the distinct terms of termsOf, in first-occurrence order', () => {
    const text = 'The kettles of Varnholt whistled, and the kettles cooled.';
    expect([...termSetOf(text)]).toEqual([...new Set(termsOf(text))]);
  });

  it('gives one shared set per text, so the ranker and the corroboration do not each build it', () => {
    const text = 'A lantern maker in Quessby mended nine lanterns.';
    expect(termSetOf(text)).toBe(termSetOf(text));
    expect(termSetOf(`${text} `)).not.toBe(termSetOf(text));
  });
});
