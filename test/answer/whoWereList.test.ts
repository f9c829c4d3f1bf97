import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Invented: rooms named after two people who share a surname, asked for with "Who were …?". */
const ARTICLE: Article = {
  id: 'library',
  title: 'Library',
  titleGiven: true,
  file: 'library.md',
  body:
    'The library in Dunmore is old. ' +
    'Last spring the board added the Ada and Rolf Marrow reading rooms to the east wing. ' +
    'Stalls sold apples and wool.',
};

describe('a who-question asking for several people by its plural verb', () => {
  it('is answered with the list its best name stands in ("Who were …?")', () => {
    const story = buildStory([ARTICLE], 'who-were-list');
    const answer = traceAnswer(story, 'Who were the new reading rooms named after?', { command: 'ask', limit: 1 }).short?.text;
    expect(answer).toBe('Ada and Rolf Marrow');
  });
});
