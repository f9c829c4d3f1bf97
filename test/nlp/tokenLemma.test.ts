import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';
import { tokenLemma } from '../../src/nlp/tokenLemma.js';

describe('tokenLemma', () => {
  it('reads the lemma a token has', () => {
    expect(tokenLemma({ text: 'Moored', start: 0, end: 6, pos: 'VERB', lemma: 'moor' })).toBe('moor');
  });

  it('reads the lower-cased text of a token with no lemma', () => {
    expect(tokenLemma({ text: 'Harbour', start: 0, end: 7, pos: 'NOUN' })).toBe('harbour');
  });

  it('gives a tagged verb written in capitals its lemma lower case', () => {
    const tokens = tagSentence('Sailed from Velden, the Tolly barge REACHED Orsk.').tokens;
    const verbs = tokens.filter((t) => t.pos === 'VERB');
    expect(verbs.map(tokenLemma)).toEqual(['sail', 'reach']);
    // The lemma is stored lower case, so lower-casing it again changes nothing.
    for (const t of tokens) expect(tokenLemma(t)).toBe((t.lemma ?? t.text).toLowerCase());
  });
});
