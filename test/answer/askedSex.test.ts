import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { askedSex, nameSex, ofAskedSex } from '../../src/answer/askedSex.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('askedSex', () => {
  it("reads an event's category of one sex", () => {
    expect(askedSex("Who rowed in the men's relay?")).toBe('m');
    expect(askedSex("Who trailed Ada Vell in the women's sprint?")).toBe('f');
    expect(askedSex("won the girls' relay")).toBe('f');
  });
  it('reads the person noun or sex adjective a who-is question asks about, and a which-NOUN of one sex', () => {
    expect(askedSex("Who was Ada Vell's husband?")).toBe('m');
    expect(askedSex('Who was the first female mayor of Pellridge?')).toBe('f');
    expect(askedSex('Who became queen in 1402?')).toBe('f');
    expect(askedSex('Which actress played the lead?')).toBe('f');
  });
  it('reads a pronoun only the one asked about can stand for', () => {
    expect(askedSex('Who sold his boat at Pellridge?')).toBe('m');
    expect(askedSex('Who said she would stand again?')).toBe('f');
  });
  it('reads no sex where the pronoun or noun is about someone else, or the question names none', () => {
    expect(askedSex('Who paid Tom Bard for his boat?')).toBeUndefined();
    expect(askedSex('Who gave her the prize?')).toBeUndefined();
    expect(askedSex('Who did he marry?')).toBeUndefined();
    expect(askedSex('Who painted the wife of the mayor?')).toBeUndefined();
    expect(askedSex('Who opened the bridge?')).toBeUndefined();
    expect(askedSex("Who rowed in the men's and women's relays?")).toBeUndefined();
  });
});

describe('nameSex', () => {
  it('reads an honorific, a title of one sex or a given name of one sex', () => {
    expect(nameSex('Mrs Vell')).toBe('f');
    expect(nameSex('Queen Ada')).toBe('f');
    expect(nameSex('Harriet Vell')).toBe('f');
    expect(nameSex('John Bard')).toBe('m');
  });
  it('reads nothing from a surname alone, a name of either sex or a pair', () => {
    expect(nameSex('Vell')).toBeUndefined();
    expect(nameSex('Andrea Vell')).toBeUndefined();
    expect(nameSex('Harriet Vell and John Bard')).toBeUndefined();
  });
});

describe('ofAskedSex', () => {
  const names = ['John Bard', 'Vell', 'Harriet Vell'];
  it('drops the other sex where one candidate agrees, keeping those of no known sex', () => {
    expect(ofAskedSex(names, (n) => n, 'f')).toEqual(['Vell', 'Harriet Vell']);
  });
  it('keeps every candidate where none agrees or no sex is asked', () => {
    expect(ofAskedSex(['John Bard', 'Vell'], (n) => n, 'f')).toEqual(['John Bard', 'Vell']);
    expect(ofAskedSex(names, (n) => n, undefined)).toEqual(names);
  });
});

/** Invented stories whose person of the other sex is the likelier answer by the question's words alone. */
const women = oneArticleStory(
  'women',
  'Final',
  "Coach John Bard said the women's Pellridge sprint was taken by a runner he had trained, Harriet Vell.",
);
const men = oneArticleStory(
  'men',
  'Final',
  "Harriet Vell, the fastest starter, passed Clara Rolt on the last bend. The women's Pellridge sprint was taken by Harriet Vell, watched by coach John Bard.",
);

describe('a question asking for one sex', () => {
  it('is answered with a person of that sex', () => {
    expect(answerQuestion(women, "Who took the women's Pellridge sprint?").answer?.text).toBe('Harriet Vell');
    expect(answerQuestion(men, "Who took the men's Pellridge sprint?").answer?.text).toBe('John Bard');
  });
});
