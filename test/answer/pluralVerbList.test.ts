import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

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
    const answer = askShort(story)('What are some dangers to small boats in the bay?');
    expect(answer).toBe('fog, ice and sudden squalls');
  });
});
