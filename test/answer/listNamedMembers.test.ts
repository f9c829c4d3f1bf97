import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: two minerals named after the noun that says what they are. */
describe('a question that names the members of a list', () => {
  it('is answered by its best candidate alone, not by the list the question names', () => {
    const story = oneArticleStory(
      'dye',
      'Dye works',
      'The dye works in Dunmore opened in spring. ' +
        'The dyers grind the minerals ambrelite and toskite into a fine powder. ' +
        'Crowds came at noon.',
    );
    const answer = askShort(story)('What are ambrelite and toskite?');
    expect(answer).toBe('minerals');
  });
});
