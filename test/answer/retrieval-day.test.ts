import { describe, expect, it } from 'vitest';
import { idf, rankSentences } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';

// An invented harbour story: the day's article says "today", an older one names another October.
const story = buildStory(
  [
    {
      id: 'tuesday',
      title: 'Harbour tolls',
      titleGiven: true,
      file: 'tuesday.md',
      published: '2031-10-14',
      body: 'The harbour board raised the ferry toll by 4% today. Fishermen protested outside the office.',
    },
    {
      id: 'history',
      title: 'Harbour history',
      titleGiven: true,
      file: 'history.md',
      published: '2031-10-02',
      body: 'The harbour board raised the ferry toll to record levels in October 1999. The board has met monthly since.',
    },
  ],
  'retrieval-day-fixture',
);

describe('rankSentences and a day the question names', () => {
  it('counts the day words only where the sentence speaks of that day, not for another date in the same month', () => {
    const q = 'How much did the harbour board raise the ferry toll on October 14?';
    const ranked = rankSentences(story, { terms: termsOf(q), kind: 'number', text: q.toLowerCase() });
    expect(ranked[0]!.sentence.text).toContain('by 4% today');
    const other = ranked.find((r) => r.sentence.text.includes('October 1999'))!;
    const w = (terms: string[]) => terms.reduce((a, t) => a + idf(story, t), 0);
    const asked = ['harbour', 'board', 'rais', 'ferri', 'toll'];
    expect(other.coverage).toBeCloseTo(w(asked) / w([...asked, 'octob', '14']), 5);
  });
});
