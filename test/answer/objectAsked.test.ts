import { describe, expect, it } from 'vitest';
import { objectUnasked } from '../../src/answer/objectAsked.js';
import type { StorySentence } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: one sentence dating a verb done to one thing or another. */
function sentenceOf(body: string): StorySentence {
  return oneArticleStory('one', 'One', body).sentences.at(-1)!;
}

describe('objectUnasked', () => {
  it('holds when the dated verb acts on a noun the question never writes', () => {
    expect(objectUnasked('When was Bo elected chair?', sentenceOf('In 1201, a council elected Ada as chair.'), '1201')).toBe(true);
  });
  it('holds when the question’s noun carries another describing word than the sentence’s', () => {
    const s = sentenceOf('The Tarn Guild launched its cable service on 2 May 2006.');
    expect(objectUnasked('When did the Tarn Guild launch its radio service?', s, '2 May 2006')).toBe(true);
  });
  it('is false for the same object, a verb with no object, or another verb', () => {
    expect(objectUnasked('When was Bo elected chair?', sentenceOf('In 1201, a council elected Bo as chair.'), '1201')).toBe(false);
    const s = sentenceOf('The Tarn Guild launched its radio service on 2 May 2006.');
    expect(objectUnasked('When did the Tarn Guild launch its radio service?', s, '2 May 2006')).toBe(false);
    expect(objectUnasked('When did the new hall open?', sentenceOf('The new hall opened in 1901.'), '1901')).toBe(false);
    const other = sentenceOf('The Tarn Guild sold its wool mill in 1901.');
    expect(objectUnasked('When did the Tarn Guild launch its radio service?', other, '1901')).toBe(false);
  });
  it('is false for a verb in the passive, which acts on nothing after it', () => {
    const s = sentenceOf('In 2006, the Tarn Guild was awarded two Velden Cup packages.');
    expect(objectUnasked('When was the Tarn Guild awarded the Orsk rights?', s, '2006')).toBe(false);
  });
  it('leaves a quantifying word before the question’s noun alone', () => {
    const s = sentenceOf('The Tarn Guild joined several guilds in 1901.');
    expect(objectUnasked('When did the Tarn Guild join many guilds?', s, '1901')).toBe(false);
  });
});
