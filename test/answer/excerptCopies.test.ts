import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';

/** One invented report carried by three outlets: with a source and a link, with a link only, with neither. */
const SAME = 'The ferry Morwen ran aground near Tallis Point on Friday.';
const articles: Article[] = [
  { id: 'a', title: 'Ferry aground', titleGiven: true, source: 'Tallis Post', file: 'a.md', body: `${SAME} Nobody was hurt.` },
  { id: 'b', title: 'Ferry aground b', titleGiven: true, source: 'Bay Wire', url: 'https://example.org/b', file: 'b.md', body: SAME },
  { id: 'c', title: 'Ferry aground c', titleGiven: true, url: 'https://example.org/c', file: 'c.md', body: SAME },
  { id: 'd', title: 'Ferry aground d', titleGiven: true, file: 'd.md', body: SAME },
];

describe("an excerpt's copies in other articles", () => {
  it('name each copy by article, sentence and title, with its source and link only where the article has them', () => {
    const story = buildStory(articles, 'excerpt-copies-fixture');
    const excerpt = answerQuestion(story, 'Where did the ferry Morwen run aground?').excerpts[0]!;
    const copies = Object.fromEntries(excerpt.alsoIn.map((c) => [c.articleId, Object.entries(c)]));
    expect(Object.keys(copies).length).toBe(3);
    const keysOf = (id: string) => copies[id]?.map(([k]) => k);
    const expected: Record<string, string[]> = {
      a: ['articleId', 'sentence', 'title', 'source'],
      b: ['articleId', 'sentence', 'title', 'source', 'url'],
      c: ['articleId', 'sentence', 'title', 'url'],
      d: ['articleId', 'sentence', 'title'],
    };
    for (const id of Object.keys(copies)) expect(keysOf(id)).toEqual(expected[id]);
  });
});
