import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Invented: two minerals named after the noun that says what they are. */
const ARTICLE: Article = {
  id: 'dye',
  title: 'Dye works',
  titleGiven: true,
  file: 'dye.md',
  body:
    'The dye works in Dunmore opened in spring. ' +
    'The dyers grind the minerals ambrelite and toskite into a fine powder. ' +
    'Crowds came at noon.',
};

describe('a question that names the members of a list', () => {
  it('is answered by its best candidate alone, not by the list the question names', () => {
    const story = buildStory([ARTICLE], 'list-named-members');
    const answer = traceAnswer(story, 'What are ambrelite and toskite?', { command: 'ask', limit: 1 }).short?.text;
    expect(answer).toBe('minerals');
  });
});
