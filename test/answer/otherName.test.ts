import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Invented: things the story also calls by another word, in brackets and after "also called". */
const ARTICLE: Article = {
  id: 'boats',
  title: 'Boats',
  titleGiven: true,
  file: 'boats.md',
  body:
    'The harbour board met on Tuesday. ' +
    'Each boat carries a tide basin (tidewell) near its stern, and the crews clean it weekly. ' +
    'The old wharf, also called the Long Arm, was rebuilt in 1950. ' +
    'The pilots fix the outer (seaward) mooring each spring.',
};

const story = buildStory([ARTICLE], 'other-name');
const ask = (question: string) => traceAnswer(story, question, { command: 'ask', limit: 1 }).short?.text;

describe('a question asking for another name of a thing', () => {
  it('is answered with the word in brackets after the thing', () => {
    expect(ask('What is another term for a tide basin?')).toBe('tidewell');
  });

  it('is answered with the name after "also called"', () => {
    expect(ask('What is another name for the old wharf?')).toBe('Long Arm');
  });

  it('is answered with the word the thing glosses in brackets', () => {
    expect(ask('What is another word for seaward?')).toBe('outer');
  });
});
