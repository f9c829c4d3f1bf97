import { describe, expect, it } from 'vitest';
import { thresholdUnmet } from '../../src/answer/thresholdAsked.js';

describe('thresholdUnmet', () => {
  const above = 'When did the Velden index first close above 7,500?';
  it('holds for a sentence that writes the figure only from the other side, or not at all', () => {
    expect(thresholdUnmet(above, 'On Friday the Velden index stayed below 7,500.')).toBe(true);
    expect(thresholdUnmet(above, 'By noon it slid under the 7500 line.')).toBe(true);
    expect(thresholdUnmet(above, 'On Friday the Velden index ended just over 6,800.')).toBe(true);
    expect(thresholdUnmet('When did the Orsk toll fall below 300?', 'The Orsk toll rose above 300 in May.')).toBe(true);
  });
  it('is false for a sentence writing the figure from the asked side or from neither, in any spelling', () => {
    expect(thresholdUnmet(above, 'On Friday the Velden index closed above 7500.')).toBe(false);
    expect(thresholdUnmet(above, 'The Velden index ended at 7,500 on Friday.')).toBe(false);
    expect(thresholdUnmet(above, 'It stayed below 7,500 in May but broke past 7,500 on Friday.')).toBe(false);
  });
  it('is false for a question crossing no figure, or one with a scale word', () => {
    expect(thresholdUnmet('When did the Velden index fall?', 'On Friday the Velden index stayed below 7,500.')).toBe(false);
    expect(thresholdUnmet('When did Orsk grow above 2 million people?', 'Orsk stayed below 2 million in 1990.')).toBe(false);
  });
});
