import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Invented: sentences whose subject or object of the question's verb stands away from the question's other words. */
const ARTICLE: Article = {
  id: 'valley',
  title: 'Valley',
  titleGiven: true,
  file: 'valley.md',
  body:
    'The council of Orvell met on Tuesday. ' +
    'In early spring, strong northern winds damaged the old grain mills of the Varn valley near the river. ' +
    'The Orvell tapestries, rare weavings of the Keltra school, depict the harvest of various grains. ' +
    'Crowds came early.',
};

const story = buildStory([ARTICLE], 'role-answer');
const ask = (question: string) => traceAnswer(story, question, { command: 'ask', limit: 1 }).short?.text;

describe('a what-question whose answer does the question’s verb, or undergoes it', () => {
  it('is answered with the subject of the question’s verb in the best excerpt', () => {
    expect(ask('What damaged the grain mills of the Varn valley?')).toBe('strong northern winds');
  });

  it('is answered with the object of the question’s verb, not a phrase nearer its subject', () => {
    expect(ask('What do the Orvell tapestries depict?')).toBe('harvest of various grains');
    expect(ask('What did strong winds damage in the Varn valley?')).toBe('old grain mills');
  });
});
