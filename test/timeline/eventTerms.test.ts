import { describe, expect, it } from 'vitest';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import { eventTerms, storyNames } from '../../src/timeline/eventTerms.js';
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
