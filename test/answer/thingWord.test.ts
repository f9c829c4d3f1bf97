import { describe, expect, it } from 'vitest';
import { namesThing } from '../../src/answer/thingWord.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

describe('namesThing', () => {
  it('is true of a capitalised common noun WordNet files as a thing', () => {
    expect(namesThing('Reports')).toBe(true);
    expect(namesThing('Salvation')).toBe(true);
  });

  it('is false of a body or kind of people, a people of a place, a given name, and a run of several words', () => {
    expect(namesThing('Tribunal')).toBe(false);
    expect(namesThing('Council')).toBe(false);
    expect(namesThing('Scots')).toBe(false);
    expect(namesThing('Hope')).toBe(false);
    expect(namesThing('Orla Finch')).toBe(false);
  });
});

describe('a who-question', () => {
  it('is not answered by a capitalised word for a thing', () => {
    const story = oneArticleStory(
      'a',
      'Harbour',
      'Orla Finch sailed home in May. The Directives drafted by the harbour board changed the night crossing in June.',
    );
    const answer = askShort(story)('Who changed the night crossing?') ?? '';
    expect(answer).not.toMatch(/Directives/);
    expect(answer).toMatch(/harbour board/);
  });
});
