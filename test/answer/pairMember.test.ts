import { describe, expect, it } from 'vitest';
import { askShort } from '../fixtures/askShort.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: members of a list, the later one opening with "a" or "its". */
describe('a list whose last member opens with a determiner', () => {
  it('answers with both members joined by "or a"', () => {
    const story = oneArticleStory(
      'lamp',
      'Lamp',
      'The old harbour lamp burns whale oil. To light the wick, heat or a spark is needed. Crowds came early.',
    );
    expect(askShort(story)('What is needed to light the wick?')).toBe('heat or a spark');
  });

  it('answers with both members joined by "and its"', () => {
    const story = oneArticleStory(
      'guild',
      'Guild',
      'The Velmian guild was founded long ago. Its charter is usually read as governing the guild and its members. Crowds came early.',
    );
    expect(askShort(story)('What does the charter govern?')).toBe('guild and its members');
  });
});
