import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: things the story lists side by side, asked for as several. */
describe('a list asked for whose last members also make a list', () => {
  it('is answered with the whole list, not its tail', () => {
    // "New Velmia" holds a name of its own, which breaks the run the lists are made of.
    const story = oneArticleStory(
      'ferry',
      'Ferry',
      'The ferry line opened new routes this spring. ' +
        'Since May, New Velmia, Upper Orsk and Tarrow have been the provinces with no ferry agent. ' +
        'Crowds came early.',
    );
    expect(askShort(story)('What have been the provinces with no ferry agent since May?')).toBe('New Velmia, Upper Orsk and Tarrow');
  });

  it('is not widened over the object of a phrase opening the sentence', () => {
    const story = oneArticleStory(
      'tolls',
      'Tolls',
      'The harbour board met on Tuesday. In this view, tolls and fees are set by the harbour board each spring. Crowds came early.',
    );
    expect(askShort(story)('What are set by the harbour board each spring?')).toBe('tolls and fees');
  });
});

/** Invented: people named by common nouns, asked for by a plural noun. */
describe('a plural focus answered by one phrase of a list', () => {
  it('is answered with the list of phrases the sentence joins it to', () => {
    const story = oneArticleStory(
      'season',
      'Season',
      'The harbour season opened on Monday. Typically, deckhands or harbour pilots open the season. Crowds came early.',
    );
    expect(askShort(story)('What members typically open the season?')).toBe('deckhands or harbour pilots');
  });
});
