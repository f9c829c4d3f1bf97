import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: sentences whose subject or object of the question's verb stands away from the question's other words. */
const story = oneArticleStory(
  'valley',
  'Valley',
  'The council of Orvell met on Tuesday. ' +
    'In early spring, strong northern winds damaged the old grain mills of the Varn valley near the river. ' +
    'The Orvell tapestries, rare weavings of the Keltra school, depict the harvest of various grains. ' +
    'Crowds came early.',
);
const ask = askShort(story);

describe('a what-question whose answer does the question’s verb, or undergoes it', () => {
  it('is answered with the subject of the question’s verb in the best excerpt', () => {
    expect(ask('What damaged the grain mills of the Varn valley?')).toBe('strong northern winds');
  });

  it('is answered with the object of the question’s verb, not a phrase nearer its subject', () => {
    expect(ask('What do the Orvell tapestries depict?')).toBe('harvest of various grains');
    expect(ask('What did strong winds damage in the Varn valley?')).toBe('old grain mills');
  });
});
