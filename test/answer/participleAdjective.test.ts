import { describe, expect, it } from 'vitest';
import { participleAsAdjective } from '../../src/answer/participleAdjective.js';
import type { Token } from '../../src/nlp/entities.js';

/** Tokens from "word/POS" pairs, one space apart. */
function tokensOf(tagged: string): Token[] {
  let at = 0;
  return tagged.split(' ').map((pair) => {
    const [text, pos] = pair.split('/') as [string, string];
    const t = { text, start: at, end: at + text.length, pos };
    at = t.end + 1;
    return t;
  });
}

describe('participleAsAdjective', () => {
  it('reads a participle after a list joiner and before a noun as describing it', () => {
    expect(participleAsAdjective(tokensOf('salt/NOUN and/CCONJ dried/VERB figs/NOUN'), 2)).toBe(true);
  });

  it('leaves a participle after its subject, and one no noun follows', () => {
    expect(participleAsAdjective(tokensOf('They/PRON painted/VERB masts/NOUN'), 1)).toBe(false);
    expect(participleAsAdjective(tokensOf('salt/NOUN and/CCONJ dried/VERB quickly/ADV'), 2)).toBe(false);
  });
});
