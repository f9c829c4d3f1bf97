import { describe, expect, it } from 'vitest';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import { termOf } from '../../src/search/terms.js';
import { StoryNamesReader, eventTerms, storyNames } from '../../src/timeline/eventTerms.js';
import { article } from '../actors/fixtures.js';

const weight = () => 1;

describe("a report's event terms, as held for the merge", () => {
  const list = [
    article('a', 'The ferry crews walked out on Tuesday over the new rota.', '2031-03-05'),
    article('b', 'Ferry crews walked out on Tuesday, stranding lorries at the port.', '2031-03-05'),
  ];
  const story = buildStory(list, corpusHash(list));

  it('share one empty set for the participants and actors of reports that name nobody', () => {
    const names = storyNames(story);
    const [first, second] = story.sentences.map((s) => eventTerms(s, 'Tuesday', names, weight, true));
    expect(first!.participants?.size).toBe(0);
    expect(first!.participants).toBe(second!.participants);
    expect(first!.actors?.size).toBe(0);
    expect(first!.actors).toBe(second!.actors);
    expect(first!.parts).toBe(second!.parts);
    // Reading the clause and the related terms later still works from the fields kept.
    expect(first!.near?.size ?? 0).toBeGreaterThanOrEqual(0);
    expect(first!.clause === undefined || first!.clause.terms.size > 0).toBe(true);
  });
});

describe("a person's name and the role nouns only they hold", () => {
  const list = [
    article(
      'z',
      'Clara Voss, the mayor of Tarnby, was elected in 2029. Ivo Brandt, a judge, and Nell Orme, a judge, sat on the panel.',
      '2031-05-10',
    ),
    article('a', "Tarnby's mayor stepped down on Friday.", '2031-05-17'),
    article('b', 'Clara Voss, the mayor, cut the ribbon on Friday.', '2031-05-17'),
    article('c', 'A judge threw out the case on Friday.', '2031-05-17'),
  ];
  const story = buildStory(list, corpusHash(list));
  const names = storyNames(story);
  const report = (articleId: string) => eventTerms(story.sentences.find((s) => s.articleId === articleId)!, 'Friday', names, weight, true);

  it("tie a role noun to its one holder's name, both ways", () => {
    expect(names.roles.get('@clara voss')).toContain(termOf('mayor'));
    expect(report('a').near?.get(termOf('mayor')!)).toContain('@clara voss');
  });

  it('tie nothing in a report that writes both, nor a role noun several people hold', () => {
    expect(report('b').near?.get('@clara voss')).toBeUndefined();
    expect(names.roles.get(termOf('judge')!)).toBeUndefined();
    expect(report('c').near?.get(termOf('judge')!) ?? []).not.toContain('@ivo brandt');
  });
});

describe('the story names read a sentence at a time', () => {
  it('are the names read in one pass over the story', () => {
    const list = [
      article('a', 'The Harbour Workers Union met the Port Authority of Tarnby on Monday. The HWU asked for 4.5 pct more.', '2031-05-10'),
      article('b', 'The Port Authority of Tarnby offered 4.5 pct to the Harbour Workers Union.', '2031-05-11'),
    ];
    const story = buildStory(list, corpusHash(list));
    const reader = new StoryNamesReader();
    for (const s of story.sentences) reader.add(s.entities);
    const read = reader.names(story.actors);
    expect(read).toEqual(storyNames(story));
    expect(read.figures.size).toBeGreaterThan(0);
    expect(read.keys.size).toBeGreaterThan(0);
  });
});
