import { afterEach, describe, expect, it } from 'vitest';
import { idf, RANKING, rankSentences, searchTerms } from '../../src/answer/rankSentences.js';
import { queryOf } from './rankQuery.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented article whose sentences paraphrase a question word ("buy" → "purchase"). */
const story = oneArticleStory(
  'club',
  'Rowing club',
  'The club will purchase a new boat in spring. The club painted the shed. Neighbours may purchase tickets.',
);

const weights = RANKING as { paraphraseShare: number };
const saved = { ...weights };
afterEach(() => Object.assign(weights, saved));

/** The score of the ranked sentence holding `text`. */
function scoreOf(question: string, text: string): number {
  return rankSentences(story, queryOf(question)).find((r) => r.sentence.text.includes(text))!.score;
}

/** The idf weight of all the question's searched terms. */
const totalOf = (question: string) => searchTerms(queryOf(question)).reduce((sum, t) => sum + idf(story, t), 0);

describe("the ranker's paraphrase share", () => {
  const question = 'When will the club buy a boat?';
  it('adds the share of the question held only by a paraphrase to the score of a sentence that holds the rest', () => {
    const on = scoreOf(question, 'new boat');
    weights.paraphraseShare = 0;
    const off = scoreOf(question, 'new boat');
    expect(on - off).toBeCloseTo((saved.paraphraseShare * idf(story, 'buy')) / totalOf(question), 6);
  });
  it('adds nothing to a sentence that holds too little of the question literally', () => {
    const on = scoreOf(question, 'tickets');
    weights.paraphraseShare = 0;
    expect(scoreOf(question, 'tickets')).toBeCloseTo(on, 9);
  });
});
