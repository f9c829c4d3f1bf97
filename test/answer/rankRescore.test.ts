import { afterEach, describe, expect, it } from 'vitest';
import { rankSentences, rescoreRanking } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';
import { queryOf } from './rankQuery.js';

/** An invented story: two sentences about the Velmian ferry, one holding more of the question's words. */
const story = buildStory(
  [
    {
      id: 'ferry',
      title: 'Ferry news',
      titleGiven: true,
      file: 'ferry.md',
      body: 'Orla Tellin steered the Velmian ferry into Fort Mirela.\n\nThe ferry was old.\n\nGulls rested on the quay.',
    },
  ],
  'rank-rescore-fixture',
);
const asked = queryOf('Who steered the Velmian ferry into Fort Mirela?');

afterEach(() => rescoreRanking(undefined));

describe('a screened variant of the hand score (rescoreRanking, for scripts/rankRefit.ts --screen)', () => {
  it('adds its change to each candidate, before the order is taken', () => {
    const plain = rankSentences(story, asked);
    expect(plain[0]!.sentence.text).toContain('Orla Tellin');
    let seen = 0;
    rescoreRanking((list) => {
      seen = list.length;
      expect(list.every((c) => c.parts !== undefined)).toBe(true);
      return list.map((c) => (c.sentence.text.includes('Orla') ? -10 : 0));
    });
    const moved = rankSentences(story, asked);
    expect(seen).toBe(plain.length);
    expect(moved[0]!.sentence.text).toBe('The ferry was old.');
  });
  it('changes nothing once stopped', () => {
    rescoreRanking(() => undefined);
    const kept = rankSentences(story, asked).map((r) => r.score);
    rescoreRanking(undefined);
    expect(rankSentences(story, asked).map((r) => r.score)).toEqual(kept);
  });
});
