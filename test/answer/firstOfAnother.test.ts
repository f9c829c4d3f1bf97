import { describe, expect, it } from 'vitest';
import { firstOfAnother, firstSinceDated } from '../../src/answer/firstOfAnother.js';
import type { StorySentence } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: one sentence telling of a first, or of a deed. */
function sentenceOf(body: string): StorySentence {
  return oneArticleStory('one', 'One', body).sentences.at(-1)!;
}

describe('firstOfAnother', () => {
  const asked = 'When did Ivo Brandt first win the Velden cup?';
  it("holds for a sentence whose first is another's, even when it writes a word of the question's names", () => {
    expect(firstOfAnother(asked, sentenceOf('Ada Vik hopes to become the first Velden rower to win the cup since 1931.'))).toBe(true);
    const rival = 'When did Ivo Brandt first beat Ada Vik?';
    expect(firstOfAnother(rival, sentenceOf('Ada Vik became the first Orsk rower to take the cup in 1998.'))).toBe(true);
  });
  it('is false where the sentence names the doer by any of their names, or a pronoun may stand for them', () => {
    expect(firstOfAnother(asked, sentenceOf('Brandt became the first Velden rower to win the cup in 1998.'))).toBe(false);
    expect(firstOfAnother(asked, sentenceOf('In 1998 he became the first Velden rower to win the cup.'))).toBe(false);
    const guild = 'When did the Orsk harbour board first meet?';
    expect(firstOfAnother(guild, sentenceOf('Its first meeting was held in 1998 at the Tolly mill.'))).toBe(false);
  });
  it('is false for a sentence without "first", and for a question that asks no first or names no doer', () => {
    expect(firstOfAnother(asked, sentenceOf('Ada Vik won the Velden cup in 1998.'))).toBe(false);
    const other = sentenceOf('Ada Vik became the first Orsk rower to take the cup in 1998.');
    expect(firstOfAnother('When did Ivo Brandt win the Velden cup?', other)).toBe(false);
    expect(firstOfAnother('When was the cup first won?', other)).toBe(false);
  });
});

describe('firstSinceDated', () => {
  const asked = 'When did Ivo Brandt first win the Velden cup?';
  it('holds for the date a first is counted since, wherever else the sentence writes it', () => {
    expect(firstSinceDated(asked, sentenceOf('It was his first Velden cup since the regatta of 1931.'), '1931')).toBe(true);
    const twice = sentenceOf('Ivo Brandt lost at Orsk in 1931 and on Friday rowed to his first cup since 1931.');
    expect(firstSinceDated(asked, twice, '1931')).toBe(true);
    expect(
      firstSinceDated(
        'When was the Velden cup first won by a rower from Orsk?',
        sentenceOf('Ada Vik became the first rower from Orsk to take it since the 1931 regatta.'),
        '1931',
      ),
    ).toBe(true);
  });
  it('is false for a date that no first is counted since, or a since with no first before it', () => {
    expect(firstSinceDated(asked, sentenceOf('Ivo Brandt first won the Velden cup in 1931.'), '1931')).toBe(false);
    expect(firstSinceDated(asked, sentenceOf('Ivo Brandt has rowed for Velden since 1931.'), '1931')).toBe(false);
    expect(firstSinceDated(asked, sentenceOf('It was his first cup. He had rowed since 1931.'), '1931')).toBe(false);
  });
  it('is false for a question that asks no first', () => {
    expect(
      firstSinceDated(
        'When did Ivo Brandt win the Velden cup?',
        sentenceOf('It was his first Velden cup since the regatta of 1931.'),
        '1931',
      ),
    ).toBe(false);
  });
});
