import { describe, expect, it } from 'vitest';
import { thresholdUnmet } from '../../src/answer/thresholdAsked.js';

describe('thresholdUnmet', () => {
  const above = 'When did the Velden index first close above 5,000?';
  it('holds for a sentence that writes the figure only from the other side, or not at all', () => {
    expect(thresholdUnmet(above, 'On Friday the Velden index stayed below 5,000.')).toBe(true);
    expect(thresholdUnmet(above, 'By noon it fell further below the 5000 mark.')).toBe(true);
    expect(thresholdUnmet(above, 'On Friday the Velden index closed well over 4,000 points.')).toBe(true);
    expect(thresholdUnmet('When did the Orsk toll fall below 300?', 'The Orsk toll rose above 300 in May.')).toBe(true);
  });
  it('is false for a sentence writing the figure from the asked side or from neither, in any spelling', () => {
    expect(thresholdUnmet(above, 'On Friday the Velden index closed above 5000.')).toBe(false);
    expect(thresholdUnmet(above, 'The Velden index closed at 5,000 for the first time on Friday.')).toBe(false);
    expect(thresholdUnmet(above, 'It stayed below 5,000 in May but broke past 5,000 on Friday.')).toBe(false);
  });
  it('is false for a question crossing no figure, or one with a scale word', () => {
    expect(thresholdUnmet('When did the Velden index fall?', 'On Friday the Velden index stayed below 5,000.')).toBe(false);
    expect(thresholdUnmet('When did Orsk grow above 2 million people?', 'Orsk stayed below 2 million in 1990.')).toBe(false);
  });
});
