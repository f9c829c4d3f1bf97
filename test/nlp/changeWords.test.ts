import { describe, expect, it } from 'vitest';
import { FALL_WORDS, isChangeWord, RISE_WORDS } from '../../src/nlp/changeWords.js';

describe('change words', () => {
  it('tell a fall from a rise', () => {
    expect(FALL_WORDS.has('slumped') && !RISE_WORDS.has('slumped')).toBe(true);
    expect(RISE_WORDS.has('growth') && !FALL_WORDS.has('growth')).toBe(true);
  });
  it('hold every form the differences and the how-many refusal read, and no other word', () => {
    for (const word of ['losses', 'cut', 'soaring', 'added', 'down', 'higher']) expect(isChangeWord(word)).toBe(true);
    for (const word of ['mill', 'by', 'percent']) expect(isChangeWord(word)).toBe(false);
  });
});
