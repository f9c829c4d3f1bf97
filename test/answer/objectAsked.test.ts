import { describe, expect, it } from 'vitest';
import { objectUnasked, subjectUnasked } from '../../src/answer/objectAsked.js';
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
  it('reads past an apposition whose name holds a symbol back to the dated verb', () => {
    const s = sentenceOf('The Tarn Guild launched its cable service, Tarn+ Vision, on 2 May 2006.');
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

describe('subjectUnasked', () => {
  it('holds when the dated verb is told of another named doer', () => {
    const s = sentenceOf('When Ada Vell died in 1901, Bo Vell was called home to Tarnby.');
    expect(subjectUnasked('When did Bo Vell die?', s, '1901')).toBe(true);
    expect(subjectUnasked('When did Bo Vell die?', sentenceOf('Ada Rand, who died in 1901, left the mill to Bo Vell.'), '1901')).toBe(true);
    expect(subjectUnasked('When was Bo Vell elected?', sentenceOf('Ada Rand was elected in 1901.'), '1901')).toBe(true);
  });
  it('is false for the one asked about, by a shorter or longer name, a title, a pronoun or a common noun', () => {
    expect(subjectUnasked('When did Bo Vell die?', sentenceOf('Bo Anton Vell died in 1901 at Tarnby.'), '1901')).toBe(false);
    expect(subjectUnasked('When did Bo Vell die?', sentenceOf('Vell died in 1901.'), '1901')).toBe(false);
    expect(subjectUnasked('When did Bo Vell die?', sentenceOf('President Vell died in 1901.'), '1901')).toBe(false);
    expect(subjectUnasked('When did Bo Vell die?', sentenceOf('He died in 1901.'), '1901')).toBe(false);
    expect(
      subjectUnasked('When did Ivo come home?', sentenceOf('When at last Ivo the Elder came home in 1901, he sold the mill.'), '1901'),
    ).toBe(false);
    expect(subjectUnasked('When did the Tolly mill close?', sentenceOf('The old mill closed in 1901.'), '1901')).toBe(false);
  });
  it('leaves a pronoun after a name, and a name after a preposition, alone', () => {
    const book = sentenceOf("In the Tarn Guild's Roll of Oarsmen he is toasted on 9 May.");
    expect(subjectUnasked('When is Bo Vell toasted by the Tarn Guild?', book, '9 May')).toBe(false);
    const aside = sentenceOf('No word came on Ada Rand, captain of the Tolly Rovers, who died in 1901.');
    expect(subjectUnasked('When did Ada Rand die?', aside, '1901')).toBe(false);
  });
  it('leaves an abbreviation alone, which may stand for the other name', () => {
    const s = sentenceOf('In 1901, the Tarn Guild Council bought the Tolly mill.');
    expect(subjectUnasked('When did the TGC buy the Tolly mill?', s, '1901')).toBe(false);
  });
  it('is false where the voices differ or the date is another verb’s', () => {
    expect(subjectUnasked('When was Bo Vell elected?', sentenceOf('The Tarn Council elected Bo Vell in 1901.'), '1901')).toBe(false);
    expect(subjectUnasked('When did Bo Vell die?', sentenceOf('Ada Rand sold the mill in 1901.'), '1901')).toBe(false);
    // The question's own subject of the dated verb, not that of a participle after it.
    const treaty = sentenceOf('Tarnby signed a Charter in 1901 giving it a seat.');
    expect(subjectUnasked('When did Tarnby sign a Charter granting them a seat?', treaty, '1901')).toBe(false);
  });
});
