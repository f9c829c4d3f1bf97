import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Invented: what was done to a pier, and what a lamp did. */
const ARTICLE: Article = {
  id: 'pier',
  title: 'Pier',
  titleGiven: true,
  file: 'pier.md',
  body:
    'The harbour board of Port Alder met on Tuesday. ' +
    'The old north pier was torn down in 1904 after the winter storms. ' +
    'The brass signal lamps glowed faintly through the fog. ' +
    'Crowds came early.',
};

const story = buildStory([ARTICLE], 'happened-to');
const ask = (question: string) => traceAnswer(story, question, { command: 'ask', limit: 1 }).short?.text;

describe('a question asking what happened to something', () => {
  it('is answered with the verb phrase after its words, passive too', () => {
    expect(ask('What happened to the old north pier?')).toBe('torn down in 1904 after the winter storms');
    expect(ask('What happened to the brass signal lamps?')).toBe('glowed faintly through the fog');
  });

  it('leaves a question on what happened at a place to the excerpts', () => {
    expect(ask('What happened at the north pier?')).toBeUndefined();
  });
});
