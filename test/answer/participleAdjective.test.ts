import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/nlp/entities.js';
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

  it('reads a past or present participle between an adjective and a noun as describing it', () => {
    expect(participleAsAdjective(taggedTokens('holds/VERB former/ADJ flooded/VERB meadows/NOUN'), 2)).toBe(true);
    expect(participleAsAdjective(taggedTokens('carries/VERB complete/ADJ sailing/VERB gear/NOUN'), 2)).toBe(true);
    // After a noun the participle may be the clause's verb ("barges carrying coal"); an irregular one is left as well.
    expect(participleAsAdjective(taggedTokens('the/DET barges/NOUN carrying/VERB coal/NOUN'), 2)).toBe(false);
    expect(participleAsAdjective(taggedTokens('the/DET old/ADJ sank/VERB boats/NOUN'), 2)).toBe(false);
  });

  it('reads a present participle after an article or a possessive as describing the noun after it', () => {
    expect(participleAsAdjective(taggedTokens('and/CCONJ their/PRON growing/VERB debts/NOUN'), 2)).toBe(true);
    expect(participleAsAdjective(taggedTokens('the/DET ruling/VERB board/NOUN'), 1)).toBe(true);
    // After a list's joiner it may open a clause ("and using tools").
    expect(participleAsAdjective(taggedTokens('and/CCONJ using/VERB tools/NOUN'), 1)).toBe(false);
  });

  it('reads the last part of a word joined close up by a hyphen as describing the noun after it', () => {
    const winch = closeUp(taggedTokens('a/DET steam/NOUN -/PUNCT powered/VERB winch/NOUN'), 1, 3);
    expect(participleAsAdjective(winch, 3)).toBe(true);
    // Written apart, the dash sets off a clause: "the steam - powered by coal - …".
    expect(participleAsAdjective(taggedTokens('a/DET steam/NOUN -/PUNCT powered/VERB winch/NOUN'), 3)).toBe(false);
    // No noun or describing word after it: nothing to describe.
    expect(participleAsAdjective(closeUp(taggedTokens('is/AUX steam/NOUN -/PUNCT powered/VERB ./PUNCT'), 1, 3), 3)).toBe(false);
  });
});

/** The tokens with tokens [from, to] written close up, as a hyphenated word is ("steam-powered"). */
function closeUp(tokens: Token[], from: number, to: number): Token[] {
  let shift = 0;
  return tokens.map((t, k) => {
    if (k > from && k <= to) shift += 1;
    return { ...t, start: t.start - shift, end: t.end - shift };
  });
}

describe('participleBeforeNoun', () => {
  it('reads a regular participle right before a noun, wherever it stands', () => {
    expect(participleBeforeNoun(taggedTokens('which/DET failed/VERB firm/NOUN'), 1)).toBe(true);
    expect(participleBeforeNoun(taggedTokens('which/DET failed/VERB quickly/ADV'), 1)).toBe(false);
    expect(participleBeforeNoun(taggedTokens('which/DET sank/VERB boats/NOUN'), 1)).toBe(false);
  });
});
