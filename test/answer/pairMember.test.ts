import { describe, expect, it } from 'vitest';
import { askShort } from '../fixtures/askShort.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: members of a list, the later one opening with "a" or "its". */
describe('a list whose last member opens with a determiner', () => {
  it('answers with both members joined by "or a"', () => {
    const story = oneArticleStory(
      'lamp',
      'Lamp',
      'The old harbour lamp burns whale oil. To warm the glass, tallow or a brazier is needed. Crowds came early.',
    );
    expect(askShort(story)('What is needed to warm the glass?')).toBe('tallow or a brazier');
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

/** Invented: two things joined by "and" or "or", the question writing one of them. */
describe('a pair of phrases whose one member the question writes', () => {
  it('answers with the member the question does not write', () => {
    const story = oneArticleStory(
      'quay',
      'Quay',
      'Fort Mirela opened its new quay in 1902. A rule of the port allowed handcarts and bicycles to share the quay road. Crowds came early.',
    );
    expect(askShort(story)('The port rule allowed handcarts to share the quay road with what?')).toBe('bicycles');
  });

  it('answers with the first member where the question writes the second', () => {
    const story = oneArticleStory(
      'quay',
      'Quay',
      'Fort Mirela opened its new quay in 1902. A rule of the port allowed handcarts and bicycles to share the quay road. Crowds came early.',
    );
    expect(askShort(story)('The port rule allowed bicycles to share the quay road with what?')).toBe('handcarts');
  });

  it('keeps a pair inside an "of" phrase whole', () => {
    const story = oneArticleStory(
      'sailing',
      'Sailing',
      'Fort Mirela has old customs. The skippers follow the principle of wind and tide when they sail. Crowds came early.',
    );
    expect(askShort(story)('What principle, besides the wind, do the skippers follow?')).toContain('wind and tide');
  });
});
