import { describe, expect, it } from 'vitest';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { listNounReadAsVerb } from '../../src/answer/listOpeningNoun.js';

describe('listNounReadAsVerb', () => {
  it('reads a noun the tagger took for a verb after "are" as the list\'s first member', () => {
    const tokens = taggedTokens('Hazards/NOUN are/AUX fog/VERB ,/PUNCT ice/NOUN and/CCONJ sudden/ADJ squalls/NOUN');
    expect(listNounReadAsVerb(tokens, 2)).toBe(true);
  });

  it('leaves a verb that opens a list of verbs', () => {
    const tokens = taggedTokens('Sails/NOUN were/AUX cut/VERB ,/PUNCT sewn/VERB and/CCONJ dyed/VERB');
    expect(listNounReadAsVerb(tokens, 2)).toBe(false);
  });

  it('leaves a participle, and a word after no form of "be"', () => {
    expect(listNounReadAsVerb(taggedTokens('Boats/NOUN were/AUX painted/VERB and/CCONJ masts/NOUN'), 2)).toBe(false);
    expect(listNounReadAsVerb(taggedTokens('They/PRON fish/VERB ,/PUNCT nets/NOUN and/CCONJ lines/NOUN'), 1)).toBe(false);
  });
});
