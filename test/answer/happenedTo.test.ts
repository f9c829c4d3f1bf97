import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: what was done to a pier, and what a lamp did. */
const story = oneArticleStory(
  'pier',
  'Pier',
  'The harbour board of Port Alder met on Tuesday. ' +
    'The old north pier was pulled down in 1911 after the winter storms. ' +
    'The brass signal lamps glowed faintly through the fog. ' +
    'Crowds came early.',
);
const ask = askShort(story);

describe('a question asking what happened to something', () => {
  it('is answered with the verb phrase after its words, passive too', () => {
    expect(ask('What happened to the old north pier?')).toBe('pulled down in 1911 after the winter storms');
    expect(ask('What happened to the brass signal lamps?')).toBe('glowed faintly through the fog');
  });

  it('leaves a question on what happened at a place to the excerpts', () => {
    expect(ask('What happened at the north pier?')).toBeUndefined();
  });
});
