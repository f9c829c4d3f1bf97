import { describe, expect, it } from 'vitest';
import { definedThing, describesThing, thingPattern } from '../../src/answer/defineThing.js';
import { rankSentences } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';
import { queryOf } from './rankQuery.js';

/** Invented sentences naming a "tidewell", only the second of them saying what one is. */
const story = buildStory(
  [
    {
      id: 'named',
      title: 'Harbour',
      titleGiven: true,
      file: 'named.md',
      body: 'Visitors to the harbour walked past the tidewell near the quay on the way to the market.',
    },
    {
      id: 'described',
      title: 'Harbour',
      titleGiven: true,
      file: 'described.md',
      body: 'A tidewell is a stone basin that fills at high water.',
    },
  ],
  'rank-description-fixture',
);

describe('a description for a "What is X?" question', () => {
  it('reads a sentence as describing X the ways the answer is read', () => {
    const named = thingPattern('tidewell');
    const sentence = (id: string) => story.sentences.find((s) => s.articleId === id)!;
    expect(describesThing(sentence('described'), named)).toBe(true);
    expect(describesThing(sentence('named'), named)).toBe(false);
  });

  it('gives the sentence describing X the answer-type bonus', () => {
    const question = 'What is a tidewell?';
    const asked = { ...queryOf(question), define: definedThing(question)! };
    const ranked = rankSentences(story, asked);
    const plain = rankSentences(story, queryOf(question));
    const score = (list: typeof ranked, id: string) => list.find((r) => r.sentence.articleId === id)!.score;
    expect(score(ranked, 'described')).toBeGreaterThan(score(plain, 'described'));
    expect(score(ranked, 'named')).toBeCloseTo(score(plain, 'named'), 9);
    expect(ranked[0]!.sentence.articleId).toBe('described');
  });
});
