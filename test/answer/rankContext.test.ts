import { afterEach, describe, expect, it } from 'vitest';
import { idf, type PreparedQuery, RANKING, rankSentences, searchTerms } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Invented articles: one leaves its subject to its title, another paraphrases a question word. */
const story = buildStory(
  [
    {
      id: 'guild',
      title: 'Harrowby orchard guild',
      titleGiven: true,
      file: 'guild.md',
      body: 'The guild met in the old mill on Friday. Its members planted pears.',
    },
    {
      id: 'club',
      title: 'Rowing club',
      titleGiven: true,
      file: 'club.md',
      body: 'The club will purchase a new boat in spring. The club painted the shed.',
    },
  ],
  'rank-context-fixture',
);

const weights = RANKING as { title: number; paraphraseShare: number };
const saved = { ...weights };
afterEach(() => Object.assign(weights, saved));

const queryOf = (question: string): PreparedQuery => ({
  terms: [...new Set(termsOf(question))],
  kind: 'other',
  text: question.toLowerCase(),
});

/** The score of the ranked sentence holding `text`. */
function scoreOf(question: string, text: string): number {
  return rankSentences(story, queryOf(question)).find((r) => r.sentence.text.includes(text))!.score;
}

/** The idf weight of all the question's searched terms. */
const totalOf = (question: string) => searchTerms(queryOf(question)).reduce((sum, t) => sum + idf(story, t), 0);

describe("the ranker's sentence context", () => {
  it("credits the question words a sentence lacks that its article's title holds", () => {
    const question = 'Where did the Harrowby guild meet?';
    const on = scoreOf(question, 'old mill');
    weights.title = 0;
    const off = scoreOf(question, 'old mill');
    const total = totalOf(question);
    expect(on - off).toBeCloseTo((saved.title * idf(story, 'harrowbi')) / total, 6);
  });
  it('adds the share of the question held only by a paraphrase to the score', () => {
    const question = 'When will the club buy a boat?';
    const on = scoreOf(question, 'purchase');
    weights.paraphraseShare = 0;
    const off = scoreOf(question, 'purchase');
    const total = totalOf(question);
    expect(on - off).toBeCloseTo((saved.paraphraseShare * idf(story, 'buy')) / total, 6);
  });
});
