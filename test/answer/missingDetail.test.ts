import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { corroborate } from '../../src/answer/corroborate.js';
import { answerOffDay, excerptsOfDay, figuresOf, missingDetail } from '../../src/answer/missingDetail.js';
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

// An invented ferry story: the fall is reported on the 9th; the 12th's article speaks of the talks, not the index.
const ferry = buildStory(
  [
    {
      id: 'fall',
      title: 'Ferry shares',
      titleGiven: true,
      file: 'fall.md',
      published: '2031-05-09',
      body: 'The Tarrow ferry index fell 3.2% today as the dock strike began.',
    },
    {
      id: 'strike',
      title: 'Dock strike',
      titleGiven: true,
      file: 'strike.md',
      published: '2031-05-12',
      body: 'Talks on the Tarrow ferry quays broke down today.',
    },
  ],
  'answer-off-day-fixture',
);
const ferryGroups = (question: string) =>
  corroborate(rankSentences(ferry, { ...questionFrame('ask', question), terms: termsOf(question), text: question.toLowerCase() }));
const fallId = ferry.sentences.find((s) => s.text.includes('3.2%'))!.id;

describe('answerOffDay', () => {
  it("names the question's day when the answer's dated sentence tells of another day", () => {
    const q = 'How much did the Tarrow ferry index fall on May 12?';
    expect(answerOffDay(ferry, ferryGroups(q), fallId, q)).toBe('05-12');
    expect(answerOffDay(ferry, ferryGroups(q), fallId, 'How much did the Tarrow ferry index fall on May 9?')).toBeUndefined();
    expect(answerOffDay(ferry, ferryGroups(q), fallId, 'How much did the Tarrow ferry index fall?')).toBeUndefined();
  });
  it('keeps an answer of the day asked about and refuses one of another day when that day gives none', () => {
    const asked = answerQuestion(ferry, 'How much did the Tarrow ferry index fall on May 9?');
    expect(asked.covered).toBe(true);
    expect(asked.answer?.text).toContain('3.2%');
    expect(answerQuestion(ferry, 'How much did the Tarrow ferry index fall on May 12?').covered).toBe(false);
  });
  it('finds the excerpts that speak of the day', () => {
    const q = 'How much did the Tarrow ferry index fall on May 12?';
    expect(excerptsOfDay(ferry, ferryGroups(q), q)?.map((g) => g.sentence.articleId)).toEqual(['strike']);
    expect(excerptsOfDay(ferry, ferryGroups(q), 'How much did the Tarrow ferry index fall?')).toBeUndefined();
  });
});

// An invented ferry story where the best-ranked sentence tells of another day than the one asked about.
const gains = buildStory(
  [
    {
      id: 'ninth',
      title: 'Ferry shares gain',
      titleGiven: true,
      file: 'ninth.md',
      published: '2031-05-09',
      body: 'The Tarrow ferry index gained 2.4% today as ferry shares gained on the Tarrow quays, and the Velmar ferry index gained 1.1%.',
    },
    {
      id: 'twelfth',
      title: 'Harbour markets',
      titleGiven: true,
      file: 'twelfth.md',
      published: '2031-05-12',
      body: 'Dock talks resumed in the morning. The Tarrow index closed up 6.7% today, well over 3,000 points.',
    },
  ],
  'excerpt-of-day-fixture',
);

describe('the answer read from the excerpts of the day asked about', () => {
  it("shows that day's excerpt first, not the better-ranked one telling of another day", () => {
    const q = 'How much did the Tarrow ferry index gain on May 12?';
    const ranked = corroborate(rankSentences(gains, { ...questionFrame('ask', q), terms: termsOf(q), text: q.toLowerCase() }));
    expect(ranked[0]?.sentence.articleId).toBe('ninth');
    const answer = answerQuestion(gains, q);
    expect(answer.answer?.text).toContain('6.7%');
    expect(answer.excerpts[0]?.text).toContain('6.7%');
  });
});
