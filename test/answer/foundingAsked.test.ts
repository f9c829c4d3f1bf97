import { describe, expect, it } from 'vitest';
import { foundingUntold } from '../../src/answer/foundingAsked.js';
import type { StorySentence } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: one sentence about the Tolly mill, the Orsk harbour board or the Velden regatta. */
function sentenceOf(body: string): StorySentence {
  return oneArticleStory('mill', 'Mill', body).sentences.at(-1)!;
}

describe('foundingUntold', () => {
  const built = 'When was the Tolly mill built?';
  const board = 'When was the Orsk harbour board founded?';
  it('holds for a date from a sentence that tells no coming to be of the thing', () => {
    expect(foundingUntold(built, sentenceOf('The Velden guild met at the Tolly mill on Sunday.'), 'Sunday')).toBe(true);
    expect(foundingUntold(board, sentenceOf('The Orsk harbour board voted on Friday.'), 'Friday')).toBe(true);
    expect(
      foundingUntold('When was the Velden regatta first held?', sentenceOf('Ada Vik won the Velden regatta on Monday.'), 'Monday'),
    ).toBe(true);
    // A founding word inside a name tells no founding: the Velden Open is a race.
    const open = sentenceOf('Ada Vik won the Velden Open at the Tolly stadium in 1998.');
    expect(foundingUntold('When was the Tolly stadium built?', open, '1998')).toBe(true);
  });
  it("is false where the sentence writes the question's verb, a WordNet relative of it, or any word of a founding or an age", () => {
    expect(foundingUntold(built, sentenceOf('The Tolly mill was built in 1790 by the guild.'), '1790')).toBe(false);
    expect(foundingUntold(board, sentenceOf('The guild launched the Orsk harbour board in 1921.'), '1921')).toBe(false);
    expect(foundingUntold(board, sentenceOf("The board's formation in 1921 raised the Orsk tolls."), '1921')).toBe(false);
    expect(foundingUntold(built, sentenceOf('The Tolly mill, which dates from 1790, shut on Sunday.'), 'Sunday')).toBe(false);
    expect(foundingUntold(built, sentenceOf('The Tolly mill has stood on the Velden weir since 1790.'), '1790')).toBe(false);
    const first = sentenceOf('The first Velden regatta was rowed in 1840.');
    expect(foundingUntold('When was the Velden regatta first held?', first, '1840')).toBe(false);
  });
  it('is false for a date written as part of a name the question writes', () => {
    const act = 'When was the Harbour Toll Act created?';
    expect(foundingUntold(act, sentenceOf('Velden then adopted the 1921 Harbour Toll Act.'), '1921')).toBe(false);
    expect(foundingUntold(act, sentenceOf('The guild then obeyed the Harbour Toll Act 1921.'), '1921')).toBe(false);
    expect(foundingUntold(act, sentenceOf('The guild then obeyed the Harbour Toll Act in 1921.'), '1921')).toBe(true);
  });
  it('is false for a question that asks no founding', () => {
    const tolls = sentenceOf('The guild backed new tolls from the spring of 1932.');
    expect(foundingUntold('In what year were the harbour tolls introduced?', tolls, '1932')).toBe(false);
    const met = sentenceOf('The Velden guild met at the Tolly mill on Sunday.');
    expect(foundingUntold('When was the Tolly mill sold?', met, 'Sunday')).toBe(false);
    expect(foundingUntold('When did the guild meet at the Tolly mill?', met, 'Sunday')).toBe(false);
  });
});
