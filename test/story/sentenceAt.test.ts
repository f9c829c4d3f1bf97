import { describe, expect, it } from 'vitest';
import { sentenceAt, type Story } from '../../src/story/story.js';

/** A made-up story whose sentences count how often their article is read. */
function countingStory(articles: [string, number][]): { story: Story; reads: () => number } {
  let reads = 0;
  const sentences = articles.flatMap(([articleId, count]) =>
    Array.from({ length: count }, (_, i) => ({
      index: i + 1,
      get articleId() {
        reads += 1;
        return articleId;
      },
    })),
  );
  sentences.forEach((s, id) => Object.assign(s, { id }));
  return { story: { sentences } as unknown as Story, reads: () => reads };
}

describe('sentenceAt', () => {
  it('finds an article’s sentence by its number from the article’s first sentence', () => {
    const { story } = countingStory([
      ['a', 3],
      ['b', 4],
    ]);
    expect(sentenceAt(story, 'b', 2)?.id).toBe(4);
    expect(sentenceAt(story, 'a', 3)?.id).toBe(2);
    expect(sentenceAt(story, 'a', 4)).toBeUndefined();
    expect(sentenceAt(story, 'c', 1)).toBeUndefined();
  });

  it('reads every sentence once per story, not once per lookup', () => {
    const { story, reads } = countingStory([
      ['a', 500],
      ['b', 500],
    ]);
    sentenceAt(story, 'a', 1);
    const once = reads();
    for (let i = 1; i <= 100; i += 1) sentenceAt(story, 'b', i);
    expect(reads() - once).toBeLessThanOrEqual(100);
  });

  it('finds a sentence of an article whose sentences are out of order', () => {
    const story = {
      sentences: [
        { id: 0, articleId: 'a', index: 2 },
        { id: 1, articleId: 'a', index: 1 },
      ],
    } as unknown as Story;
    expect(sentenceAt(story, 'a', 1)?.id).toBe(1);
  });
});
