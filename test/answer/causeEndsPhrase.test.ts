import { beforeAll, describe, expect, it } from 'vitest';
import { phraseChunks } from '../../src/answer/mentions.js';
import type { Story } from '../../src/story/story.js';
import { plainQuery } from '../fixtures/plainQuery.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('phraseChunks before a cause marker', () => {
  let story: Story;
  beforeAll(() => {
    story = oneArticleStory('a', 'Quarry', 'Over the years the soft clay at Brannock became brittle slate due to frost.');
  });

  it('ends the phrase before "due to", which opens its cause', () => {
    const query = plainQuery('What did the soft clay become over the years?');
    const chunks = phraseChunks(story.sentences[0]!, query).map((m) => m.text);
    expect(chunks).toContain('brittle slate');
    expect(chunks.some((t) => /\bdue\b/.test(t))).toBe(false);
  });
});
