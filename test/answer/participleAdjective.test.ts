import { describe, expect, it } from 'vitest';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { participleAsAdjective, participleBeforeNoun } from '../../src/answer/participleAdjective.js';

describe('participleAsAdjective', () => {
  it('reads a participle after a list joiner and before a noun as describing it', () => {
    expect(participleAsAdjective(taggedTokens('salt/NOUN and/CCONJ dried/VERB figs/NOUN'), 2)).toBe(true);
  });

  it('leaves a participle after its subject, and one no noun follows', () => {
    expect(participleAsAdjective(taggedTokens('They/PRON painted/VERB masts/NOUN'), 1)).toBe(false);
    expect(participleAsAdjective(taggedTokens('salt/NOUN and/CCONJ dried/VERB quickly/ADV'), 2)).toBe(false);
  });
});

describe('participleBeforeNoun', () => {
  it('reads a regular participle right before a noun, wherever it stands', () => {
    expect(participleBeforeNoun(taggedTokens('which/DET failed/VERB firm/NOUN'), 1)).toBe(true);
    expect(participleBeforeNoun(taggedTokens('which/DET failed/VERB quickly/ADV'), 1)).toBe(false);
    expect(participleBeforeNoun(taggedTokens('which/DET sank/VERB boats/NOUN'), 1)).toBe(false);
  });
});
