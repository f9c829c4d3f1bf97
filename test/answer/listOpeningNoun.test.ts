import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/nlp/entities.js';
import { listNounReadAsVerb } from '../../src/answer/listOpeningNoun.js';

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

describe('listNounReadAsVerb', () => {
  it('reads a noun the tagger took for a verb after "are" as the list\'s first member', () => {
    const tokens = tokensOf('Hazards/NOUN are/AUX fog/VERB ,/PUNCT ice/NOUN and/CCONJ sudden/ADJ squalls/NOUN');
    expect(listNounReadAsVerb(tokens, 2)).toBe(true);
  });

  it('leaves a verb that opens a list of verbs', () => {
    const tokens = tokensOf('Sails/NOUN were/AUX cut/VERB ,/PUNCT sewn/VERB and/CCONJ dyed/VERB');
    expect(listNounReadAsVerb(tokens, 2)).toBe(false);
  });

  it('leaves a participle, and a word after no form of "be"', () => {
    expect(listNounReadAsVerb(tokensOf('Boats/NOUN were/AUX painted/VERB and/CCONJ masts/NOUN'), 2)).toBe(false);
    expect(listNounReadAsVerb(tokensOf('They/PRON fish/VERB ,/PUNCT nets/NOUN and/CCONJ lines/NOUN'), 1)).toBe(false);
  });
});
