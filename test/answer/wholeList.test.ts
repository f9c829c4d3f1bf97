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
        'Currently, New Velmia, Upper Orsk and Tarrow are the only provinces where the ferry line has no licensed agent. ' +
        'Crowds came early.',
    );
    expect(askShort(story)('What are the only provinces where the ferry line has no licensed agent?')).toBe(
      'New Velmia, Upper Orsk and Tarrow',
    );
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
