import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: dangers the story lists, asked for with a plural verb and no plural noun after the question word. */
describe('a question asking for several things by its plural verb', () => {
  it('is answered with the list its best candidate stands in ("What are some …?")', () => {
    const story = oneArticleStory(
      'bay',
      'Bay',
      'The harbour board met on Tuesday. ' +
        'Among the dangers to small boats in the bay are fog, ice and sudden squalls, the pilots said. ' +
        'Crowds came early.',
    );
    const answer = traceAnswer(story, 'What are some dangers to small boats in the bay?', { command: 'ask', limit: 1 }).short?.text;
    expect(answer).toBe('fog, ice and sudden squalls');
  });
});
