import { describe, expect, it } from 'vitest';
import { placeOwnsPerson } from '../../src/answer/placeOwner.js';
import type { StorySentence } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: one sentence naming a place beside a person. */
function sentenceOf(body: string): StorySentence {
  return oneArticleStory('one', 'One', body).sentences.at(-1)!;
}

describe('placeOwnsPerson', () => {
  it('holds for a place written as whose a person is, before a title', () => {
    const s = sentenceOf('Velden’s mayor, Ivo Brandt, opened the pier on Friday.');
    expect(placeOwnsPerson('Where was Ivo Brandt born?', s, 'Velden')).toBe(true);
  });
  it('reads a describing word the tagger takes for a verb before the person noun', () => {
    const s = sentenceOf('Brandt had been Tarnby’s lead negotiator before the vote.');
    expect(placeOwnsPerson('Where did Brandt grow up?', s, 'Tarnby')).toBe(true);
  });
  it('holds for a place standing before people as a describing word', () => {
    const s = sentenceOf('The plan drew praise from several Orsk harbour officials, including Ada Vell.');
    expect(placeOwnsPerson('Where did Ada Vell grow up?', s, 'Orsk')).toBe(true);
  });
  it('holds for a body a person noun belongs to by "of", "for" or "at", but not a name’s', () => {
    const s = sentenceOf('Ada Vell, a spokesperson for the Tarn Board, said the pier would reopen.');
    expect(placeOwnsPerson('Where was Ada Vell born?', s, 'Tarn Board')).toBe(true);
    const named = sentenceOf('Planners such as Ivo Brandt of Velden backed the pier.');
    expect(placeOwnsPerson('Where was Ivo Brandt born?', named, 'Velden')).toBe(false);
    const student = sentenceOf('Ada Vell, a student at Orsk College, won the prize.');
    expect(placeOwnsPerson('Where did Ada Vell study?', student, 'Orsk College')).toBe(false);
  });
  it('is false for a place where something is or happens', () => {
    expect(placeOwnsPerson('Where was Ivo Brandt born?', sentenceOf('Ivo Brandt was born in Velden in 1950.'), 'Velden')).toBe(false);
    const lake = sentenceOf('The cold stream meets the green waters of Orsk Lake.');
    expect(placeOwnsPerson('Where does the cold stream meet the lake?', lake, 'Orsk Lake')).toBe(false);
    const owned = sentenceOf('Velden’s oldest mill stands on the river.');
    expect(placeOwnsPerson('Where is the mill?', owned, 'Velden')).toBe(false);
  });
  it('is false for a question asking where someone comes from or works, or one asking no place', () => {
    const s = sentenceOf('Velden’s mayor, Ivo Brandt, opened the pier on Friday.');
    expect(placeOwnsPerson('Where is Ivo Brandt from?', s, 'Velden')).toBe(false);
    expect(placeOwnsPerson('Where does Ivo Brandt work?', s, 'Velden')).toBe(false);
    expect(placeOwnsPerson('Who opened the pier?', s, 'Velden')).toBe(false);
  });
  it('is false where the question writes the person noun itself, or for an answer that is no name', () => {
    const s = sentenceOf('In 1402 Ivo Brandt was made mayor of Velden by the guild.');
    expect(placeOwnsPerson('Where was Ivo Brandt mayor of?', s, 'Velden')).toBe(false);
    expect(placeOwnsPerson('Where was Ivo Brandt born?', s, 'Velden')).toBe(true);
    const rank = sentenceOf('Velden is the second-largest grower of rye in the valley.');
    expect(placeOwnsPerson('Where does Velden rank among rye growers?', rank, 'second-largest')).toBe(false);
  });
});
