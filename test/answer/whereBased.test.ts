import { describe, expect, it } from 'vitest';
import { seatUntold } from '../../src/answer/whereBased.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('seatUntold', () => {
  // An invented banking story: some sentences tell where Tarn Bank is, others name a place beside it for something else.
  const bank = oneArticleStory(
    'bank',
    'Tarn Bank',
    'Ada Vell, an economist at Tarn Bank, spoke of the mood in Velden. ' +
      'Tarn Bank of Orsk lost a fifth of its value. ' +
      'Tarn Bank, based in Orsk, cut its rates. ' +
      'Velden saw the fall of the lender Tarn Bank. ' +
      'The Tarrow mill stands in Velden.',
  );
  const sentence = (start: string) => bank.sentences.find((s) => s.text.startsWith(start))!;

  it('holds for a place the sentence names after the thing and a verb, or a sentence not naming it', () => {
    expect(seatUntold('Where is Tarn Bank based?', sentence('Ada Vell'), 'Velden')).toBe(true);
    expect(seatUntold('Where is Tarn Bank headquartered?', sentence('The Tarrow mill'), 'Velden')).toBe(true);
  });

  it('does not hold for a place beside the thing, a seat told, a place written first, or another question', () => {
    expect(seatUntold('Where is Tarn Bank based?', sentence('Tarn Bank of Orsk'), 'Orsk')).toBe(false);
    expect(seatUntold('Where is Tarn Bank based?', sentence('Tarn Bank, based'), 'Orsk')).toBe(false);
    expect(seatUntold('Where is Tarn Bank based?', sentence('Velden saw'), 'Velden')).toBe(false);
    expect(seatUntold('Where did Ada Vell speak?', sentence('Ada Vell'), 'Velden')).toBe(false);
  });
});
