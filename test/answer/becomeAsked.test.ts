import { describe, expect, it } from 'vitest';
import { becomingUntold } from '../../src/answer/becomeAsked.js';
import type { StorySentence } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: one sentence that names someone by a post, or tells them taking it. */
function sentenceOf(body: string): StorySentence {
  return oneArticleStory('one', 'One', body).sentences.at(-1)!;
}

describe('becomingUntold', () => {
  it('holds for a date of another deed of someone the sentence names by the post asked about', () => {
    const s = sentenceOf('Harbour warden Ivo Brandt opened the Tolly pier on Friday.');
    expect(becomingUntold('When did Ivo Brandt become harbour warden?', s, 'Friday')).toBe(true);
  });
  it('holds for a date from a sentence that does not name the one asked about', () => {
    const s = sentenceOf('The Velden ferry sailed for Orsk on Friday.');
    expect(becomingUntold('When did Ivo Brandt become mayor of Tarnby?', s, 'Friday')).toBe(true);
  });
  it('is false where the sentence tells the becoming: a verb of it, "as", "since" or "by" the date', () => {
    const cases: [string, string][] = [
      ['Ivo Brandt became harbour warden on Friday.', 'Friday'],
      ['The guild elected Ivo Brandt warden in 1901.', '1901'],
      ['In 1901, Ivo Brandt followed Ada Vell as warden.', '1901'],
      ['Ivo Brandt, warden since 1901, opened the pier.', '1901'],
      ['By 1901, Ivo Brandt was the warden of the harbour.', '1901'],
    ];
    for (const [body, date] of cases)
      expect(becomingUntold('When did Ivo Brandt become harbour warden?', sentenceOf(body), date)).toBe(false);
  });
  it('is false where the sentence names neither the post nor a way of becoming but does name the one asked about', () => {
    const s = sentenceOf('In 1901, Ivo Brandt met Ada Vell at the Tolly mill.');
    expect(becomingUntold('When did Ivo Brandt become a partner of Ada Vell?', s, '1901')).toBe(false);
  });
  it('is false where a verb WordNet relates to the post tells it, the one asked about not named', () => {
    const s = sentenceOf('In 1901, she governed the Orsk guild.');
    expect(becomingUntold('When did Ada Vell become governor of the Orsk guild?', s, '1901')).toBe(false);
    expect(
      becomingUntold('When did Ada Vell become governor of the Orsk guild?', sentenceOf('In 1901, she sold the Orsk guild hall.'), '1901'),
    ).toBe(true);
  });
  it('leaves other questions alone, and one whose subject holds a clause of its own', () => {
    const s = sentenceOf('Harbour warden Ivo Brandt opened the Tolly pier on Friday.');
    expect(becomingUntold('When did Ivo Brandt open the Tolly pier?', s, 'Friday')).toBe(false);
    expect(becomingUntold('When did the guild that would become the harbour board meet?', s, 'Friday')).toBe(false);
  });
});
