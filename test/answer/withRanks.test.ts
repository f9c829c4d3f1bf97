import { describe, expect, it } from 'vitest';
import { type Mention, withRanks } from '../../src/answer/mentions.js';

const phrase = (text: string, start: number): Mention => ({ type: 'PHRASE', text, start, end: start + text.length });

describe('withRanks', () => {
  it('gives the mentions back unchanged where there is no rank', () => {
    const mentions = [phrase('the blue barge', 0)];
    expect(withRanks(mentions, [])).toBe(mentions);
  });

  it('drops the mentions a rank overlaps, keeps the others in order, and adds the ranks last', () => {
    const mentions = [phrase('the crew', 0), phrase('third place', 20), phrase('the regatta', 40)];
    const rank: Mention = { type: 'ORDINAL', text: 'third', start: 20, end: 25, rank: true };
    expect(withRanks(mentions, [rank]).map((m) => m.text)).toEqual(['the crew', 'the regatta', 'third']);
    expect(mentions).toHaveLength(3);
  });
});
