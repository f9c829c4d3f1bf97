import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/buildBrief.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/** An invented story: a bridge closure in a made-up river town, told by four outlets. */
function article(id: string, source: string, published: string, body: string): Article {
  return { id, title: `Bridge closure ${id}`, titleGiven: true, source, published, file: `${id}.md`, body };
}

const ARTICLES: Article[] = [
  article(
    'valley-times',
    'Valley Times',
    '2032-03-02',
    'Engineers closed the Arnholt suspension bridge over the Velle river on Monday after inspectors found cracked cables. ' +
      'About 14,000 commuters cross the bridge every weekday. ' +
      'The town council has asked the regional government for emergency repair funds.\n\n' +
      'Local bakers said deliveries now take an extra hour. ' +
      'A ferry service across the Velle river will start on Thursday to carry commuters.',
  ),
  article(
    'river-post',
    'River Post',
    '2032-03-02',
    'Engineers closed the Arnholt suspension bridge on Monday after inspectors found cracked cables, officials said. ' +
      'Mayor Odile Fenwick called the closure painful but necessary. ' +
      'Schools on the east bank will open an hour later until the crossing reopens.\n\n' +
      'The bridge was last renovated in 1998.',
  ),
  article(
    'north-wire',
    'North Wire',
    '2032-03-03',
    'The Arnholt suspension bridge was closed on Monday after inspectors found cracked cables. ' +
      'A ferry service across the Velle river will start on Thursday, the council said. ' +
      'Repairs could take six months, according to the engineering firm Halder & Voss.\n\n' +
      'Shopkeepers on the west bank fear a long winter without customers.',
  ),
  article(
    'evening-star',
    'Evening Star',
    '2032-03-04',
    'The regional government approved emergency funds on Wednesday to repair the Arnholt bridge. ' +
      'Work on the cracked cables will begin next week, officials said. ' +
      'Mayor Odile Fenwick thanked the regional government for acting quickly.\n\n' +
      'Cyclists have been told to use the old rail bridge downstream.',
  ),
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'test');
});

describe('buildBrief', () => {
  it('gives the asked number of lines, 5 to 8, and refuses other lengths', () => {
    for (const n of [5, 6, 7, 8]) expect(buildBrief(story, { sentences: n })).toHaveLength(n);
    expect(() => buildBrief(story, { sentences: 4 })).toThrow('brief: sentences must be a whole number from 5 to 8, not 4');
    expect(() => buildBrief(story, { sentences: 9 })).toThrow(RangeError);
  });

  it('leads with the fact most outlets report, citing its article and the others', () => {
    const [first] = buildBrief(story, { sentences: 5 });
    expect(first!.text).toMatch(/closed the Arnholt suspension bridge/);
    expect(first!.outlets).toBe(3);
    expect(first!.articles).toBe(3);
    expect([first!.articleId, ...first!.alsoIn.map((a) => a.articleId)].sort()).toEqual(['north-wire', 'river-post', 'valley-times']);
    const s = story.sentences[first!.sentenceId]!;
    expect(first).toMatchObject({ articleId: s.articleId, sentence: s.index, text: s.text, rank: 1 });
    expect(first!.source).toBe(ARTICLES.find((a) => a.id === first!.articleId)!.source);
  });

  it('never has two lines saying the same thing', () => {
    const lines = buildBrief(story, { sentences: 8 });
    expect(lines.filter((l) => /closed/.test(l.text))).toHaveLength(1);
    expect(lines.filter((l) => /ferry service/.test(l.text))).toHaveLength(1);
    expect(new Set(lines.map((l) => l.sentenceId)).size).toBe(8);
  });

  it('counts a fact reported by two outlets as two, and a lone one as one', () => {
    const lines = buildBrief(story, { sentences: 8 });
    const ferry = lines.find((l) => /ferry service/.test(l.text));
    expect(ferry?.outlets).toBe(2);
    expect(lines.every((l) => l.outlets === 1 + l.alsoIn.length)).toBe(true);
  });

  it('counts one publisher once among outlets, though its articles all count', () => {
    const sameHouse = ARTICLES.map((a) => ({ ...a, source: 'Valley Group' }));
    const [first] = buildBrief(buildStory(sameHouse, 'one-publisher'), { sentences: 5 });
    const closed = buildBrief(buildStory(sameHouse, 'one-publisher'), { sentences: 8 }).find((l) => /closed the Arnholt/.test(l.text));
    expect(first).toBeDefined();
    expect(closed).toMatchObject({ outlets: 1, articles: 3 });
  });

  it('dates a line by the timeline when it reports a dated event', () => {
    const lines = buildBrief(story, { sentences: 8 });
    const funds = lines.find((l) => /approved emergency funds on Wednesday/.test(l.text));
    expect(funds?.date).toBe('2032-03-03');
  });

  it('is deterministic, and its first lines are the shorter brief', () => {
    const eight = buildBrief(buildStory(ARTICLES, 'again'), { sentences: 8 });
    expect(JSON.stringify(buildBrief(story, { sentences: 8 }))).toBe(JSON.stringify(eight));
    expect(buildBrief(story, { sentences: 5 })).toEqual(eight.slice(0, 5));
  });

  it('gives an empty brief for an empty story', () => {
    expect(buildBrief(buildStory([], 'empty'), { sentences: 5 })).toEqual([]);
  });
});
