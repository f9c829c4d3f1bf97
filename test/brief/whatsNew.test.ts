import { describe, expect, it } from 'vitest';
import { whatsNew } from '../../src/brief/whatsNew.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';

/** An invented story: two earlier reports of a bridge closure, then an update that repeats one old fact. */
function article(id: string, source: string, published: string, body: string): Article {
  return { id, title: `Bridge ${id}`, titleGiven: true, source, published, file: `${id}.md`, body };
}

const EARLIER: Article[] = [
  article(
    'valley-times',
    'Valley Times',
    '2032-03-02',
    'Engineers closed the Arnholt suspension bridge over the Velle river on Monday after inspectors found cracked cables. ' +
      'About 14,000 commuters cross the bridge every weekday. A ferry service across the Velle river will start on Thursday.',
  ),
  article(
    'river-post',
    'River Post',
    '2032-03-02',
    'Engineers closed the Arnholt suspension bridge on Monday after inspectors found cracked cables, officials said. ' +
      'Schools on the east bank will open an hour later until the crossing reopens.',
  ),
];
const UPDATE = article(
  'evening-star',
  'Evening Star',
  '2032-03-04',
  'Engineers closed the Arnholt suspension bridge on Monday after inspectors found cracked cables. ' +
    'The regional parliament voted on Wednesday to pay for a complete replacement of the cables. ' +
    'Cyclists have been told to use the old rail bridge downstream until the summer. ' +
    'Tolls on the ferry will be waived for pensioners and pupils.',
);
const story = buildStory([...EARLIER, UPDATE], 'update');

describe('whatsNew', () => {
  it('lists the new articles and only the facts no earlier article reported', () => {
    const news = whatsNew(story, ['evening-star']);
    expect(news.articles.map((a) => a.id)).toEqual(['evening-star']);
    expect(news.facts.length).toBeGreaterThanOrEqual(3);
    expect(news.facts.every((f) => f.articleId === 'evening-star')).toBe(true);
    expect(news.facts.some((f) => /closed the Arnholt/.test(f.text))).toBe(false);
    expect(news.facts.map((f) => f.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/voted on Wednesday to pay/), expect.stringMatching(/Cyclists have been told/)]),
    );
    expect(news.facts.map((f) => f.rank)).toEqual(news.facts.map((_, k) => k + 1));
  });

  it('is silent when nothing new is in the story', () => {
    expect(whatsNew(story, [])).toEqual({ articles: [], facts: [] });
    expect(whatsNew(story, ['not-an-article'])).toEqual({ articles: [], facts: [] });
  });

  it('gives at most the number of facts asked for, 3 to 5', () => {
    expect(whatsNew(story, ['evening-star'], { facts: 3 }).facts).toHaveLength(3);
    expect(() => whatsNew(story, ['evening-star'], { facts: 6 })).toThrow('whatsNew: facts must be a whole number from 3 to 5, not 6');
  });
});
