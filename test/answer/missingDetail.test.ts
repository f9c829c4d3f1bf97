import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { corroborate } from '../../src/answer/corroborate.js';
import { figuresOf, missingDetail } from '../../src/answer/missingDetail.js';
import { questionFrame } from '../../src/answer/questionFrame.js';
import { rankSentences } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';

// An invented port story: two dated articles saying "today", one undated saying "on Sunday".
const story = buildStory(
  [
    {
      id: 'monday',
      title: 'Port markets',
      titleGiven: true,
      file: 'monday.md',
      published: '2031-05-12',
      body: 'The Marlow index closed at 4,210.5 points today after ferry shares recovered. Dock workers at Marlow said the strike would go on.',
    },
    {
      id: 'friday',
      title: 'Port strike',
      titleGiven: true,
      file: 'friday.md',
      published: '2031-05-09',
      body: 'The Marlow index fell 3.2% today as the dock strike began.',
    },
    {
      id: 'regatta',
      title: 'Regatta',
      titleGiven: true,
      file: 'regatta.md',
      body: 'The Kellstad regatta ended on Sunday with a win for the harbour crew.',
    },
  ],
  'missing-detail-fixture',
);

/** The detail of a question the best excerpts lack. */
function missing(question: string) {
  const query = { ...questionFrame('ask', question), terms: termsOf(question), text: question.toLowerCase() };
  return missingDetail(story, corroborate(rankSentences(story, query)), question);
}

describe('missingDetail', () => {
  it('covers a question about a day an article reports as "today"', () => {
    expect(answerQuestion(story, 'Where did the Marlow index close on May 12?').covered).toBe(true);
  });
  it('refuses a question about a day no excerpt speaks of, however well its other words match', () => {
    expect(answerQuestion(story, 'Where did the Marlow index close on May 14?').covered).toBe(false);
  });
  it('cannot rule out a day for an undated article that names only a weekday', () => {
    expect(missing('Which crew won the Kellstad regatta on June 3?')).toBeUndefined();
    expect(missing('Where did the Marlow index close on June 3?')).toBe('06-03');
  });
  it('refuses a question tied to a specific figure no excerpt writes, not one the excerpts hold', () => {
    expect(answerQuestion(story, 'When did the Marlow index fall 3.2%?').covered).toBe(true);
    expect(answerQuestion(story, 'When did the Marlow index fall 7.9%?').covered).toBe(false);
  });
  it('reads figures without thousands separators, ordinals aside', () => {
    expect(figuresOf('It closed at 4,210.5 on the 3rd, up 12%.')).toEqual(['4210.5', '12']);
  });
});

describe('missingDetail on a question naming no day or figure', () => {
  it("does not gather the excerpts' sentences at all", () => {
    const groups = corroborate(
      rankSentences(story, {
        terms: termsOf('Where did the Marlow index close?'),
        kind: 'place',
        text: 'where did the marlow index close?',
      }),
    );
    expect(groups.length).toBeGreaterThan(0);
    // Copies that would throw if read: the answer must not depend on them here.
    const unread = groups.map((g) => ({
      ...g,
      get others(): never {
        throw new Error('read');
      },
    }));
    expect(missingDetail(story, unread, 'Where did the Marlow index close?')).toBeUndefined();
  });
});
