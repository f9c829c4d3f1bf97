import { describe, expect, it } from 'vitest';
import { sayingDated } from '../../src/answer/sayingDated.js';
import type { StorySentence } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: one sentence dating what someone said, or a deed. */
function sentenceOf(body: string): StorySentence {
  return oneArticleStory('one', 'One', body).sentences.at(-1)!;
}

describe('sayingDated', () => {
  it('holds for a date of a verb of saying before what was said, wherever the date stands', () => {
    const cases: [string, string][] = [
      ['Ada Vell said on Friday that the Tolly mill had closed.', 'Friday'],
      ['The Velden guild today said that the Tolly mill had closed.', 'today'],
      ['The Orsk Herald reported in 2031 that the Tolly mill had closed.', '2031'],
      ['In 2031, Ada Vell wrote that the Tolly mill had closed.', '2031'],
      ['Ada Vell said last week she had closed the Tolly mill.', 'last week'],
    ];
    for (const [body, date] of cases) expect(sayingDated('When did the Tolly mill close?', sentenceOf(body), date)).toBe(true);
  });
  it('is false where the question asks when it was said, or in a word WordNet relates to saying', () => {
    const s = sentenceOf('Ada Vell said on Friday that the Tolly mill had closed.');
    expect(sayingDated('When did Ada Vell say the mill had closed?', s, 'Friday')).toBe(false);
    expect(sayingDated('When did Ada Vell make her statement about the mill?', s, 'Friday')).toBe(false);
  });
  it('is false for a verb of saying with no saying after it, and for a date of another verb', () => {
    expect(sayingDated('When did Ada Vell sell the mill?', sentenceOf('Ada Vell wrote to the guild on Friday.'), 'Friday')).toBe(false);
    const sold = sentenceOf('Ada Vell sold the Tolly mill on Friday, the guild said.');
    expect(sayingDated('When did Ada Vell sell the mill?', sold, 'Friday')).toBe(false);
  });
});
