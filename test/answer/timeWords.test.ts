import { describe, expect, it } from 'vitest';
import { timeInWords } from '../../src/answer/timeWords.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const sentenceOf = (body: string) => oneArticleStory('a0', 'T0', body).sentences[0]!;

describe('timeInWords', () => {
  it('sees a time said in common words: a time noun or a phrase opened by "after"', () => {
    expect(timeInWords(sentenceOf('The guild repainted the old mill every season.'), 'DATE', new Set())).toBe(true);
    expect(timeInWords(sentenceOf('The guild repainted the old mill after the flood.'), 'DATE', new Set())).toBe(true);
  });
  it('leaves aside a time noun the question itself uses, and sentences that say no time', () => {
    expect(timeInWords(sentenceOf('The guild repainted the old mill every season.'), 'DATE', new Set(['season']))).toBe(false);
    expect(timeInWords(sentenceOf('The guild repainted the old mill with green paint.'), 'DATE', new Set())).toBe(false);
  });
  it('is for times only: a name is not said by a common noun', () => {
    expect(timeInWords(sentenceOf('The guild repainted the old mill after the flood.'), 'PERSON', new Set())).toBe(false);
  });
});
