import { describe, expect, it } from 'vitest';
import { answerKind } from '../../src/answer/answerKind.js';
import { asksMarketLevel } from '../../src/answer/marketLevel.js';

describe('asksMarketLevel', () => {
  it('reads a where-question about an index, a share or a currency closing or trading as asking for a level', () => {
    expect(asksMarketLevel('Where did the Orvex index close on Friday?')).toBe(true);
    expect(asksMarketLevel('Where did the Orvex 250 finish?')).toBe(true);
    expect(asksMarketLevel('Where did the dollar settle?')).toBe(true);
  });

  it('does not read people closing, finishing or settling as a market', () => {
    expect(asksMarketLevel('Where did the settlers settle?')).toBe(false);
    expect(asksMarketLevel('Where did the shepherds settle in the valley?')).toBe(false);
    expect(asksMarketLevel('Where did they settle?')).toBe(false);
    expect(asksMarketLevel('Where did the Danes settle?')).toBe(false);
    expect(asksMarketLevel('Where did Mara Tollen finish?')).toBe(false);
  });
});

describe('answerKind of a where-question with a verb markets share', () => {
  it('wants a number for a market and a place for people', () => {
    expect(answerKind('ask', 'Where did the Orvex index close?')).toBe('number');
    expect(answerKind('ask', 'Where did the settlers settle?')).toBe('place');
    expect(answerKind('ask', 'After the flood, where did the farmers settle?')).toBe('place');
  });
});
