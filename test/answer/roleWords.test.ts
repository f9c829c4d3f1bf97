import { describe, expect, it } from 'vitest';
import { roleWordsHeld } from '../../src/answer/roleWords.js';
import { taggedTokens } from '../fixtures/taggedTokens.js';

describe('roleWordsHeld', () => {
  const weights = new Map([
    ['ferri', 2],
    ['trust', 1],
    ['harbour', 2],
    ['chair', 1],
  ]);
  it('weighs the question words of the apposition after a name, not the role itself nor the next clause', () => {
    const tokens = taggedTokens('Ada/PROPN Vell/PROPN ,/PUNCT chair/NOUN of/ADP the/DET ferry/NOUN trust/NOUN said/VERB harbour/NOUN');
    expect(roleWordsHeld(tokens, 0, 1, weights, 'chair')).toBe(3);
  });
  it('weighs the title before a name and the bracket after it', () => {
    const title = taggedTokens('the/DET harbour/NOUN chair/NOUN Ivo/PROPN Brandt/PROPN left/VERB');
    expect(roleWordsHeld(title, 3, 4, weights, 'chair')).toBe(2);
    const bracket = taggedTokens('Ivo/PROPN Brandt/PROPN (/PUNCT chair/NOUN of/ADP the/DET trust/NOUN )/PUNCT left/VERB');
    expect(roleWordsHeld(bracket, 0, 1, weights, 'chair')).toBe(1);
  });
  it('reads no title back past a verb or a preposition', () => {
    const tokens = taggedTokens('the/DET ferry/NOUN trust/NOUN met/VERB with/ADP Ivo/PROPN Brandt/PROPN');
    expect(roleWordsHeld(tokens, 5, 6, weights, 'chair')).toBe(0);
  });
});
