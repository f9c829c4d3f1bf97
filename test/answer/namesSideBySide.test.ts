import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: rooms named after two people who share a surname. */
const ask = (question: string) =>
  traceAnswer(
    oneArticleStory(
      'library',
      'Library',
      'The library in Dunmore is old. ' +
        'Last spring the board added the Ada and Rolf Marrow reading rooms to the east wing. ' +
        'Stalls sold apples and wool.',
    ),
    question,
    { command: 'ask', limit: 1 },
  ).short?.text;

describe('a question that names no noun for its answer', () => {
  it('is answered with the names its best name stands beside', () => {
    expect(ask('Who did the board name the reading rooms after?')).toBe('Ada and Rolf Marrow');
  });

  it('keeps one name when the question sets one apart ("other")', () => {
    expect(ask('Who did the board name the other reading rooms after?')).toBe('Rolf Marrow');
  });
});

describe('a who-question asking for several people by its plural verb', () => {
  it('is answered with the list its best name stands in ("Who were …?")', () => {
    expect(ask('Who were the new reading rooms named after?')).toBe('Ada and Rolf Marrow');
  });
});
