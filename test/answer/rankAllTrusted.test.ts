import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { confidenceFeatures } from '../../src/answer/confidence.js';
import { corroborate } from '../../src/answer/corroborate.js';
import { evidenceScore, RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';
import { queryOf } from './rankQuery.js';

/**
 * An invented story: a short sentence holds every question word but "stone" (a common word of the story); a longer one
 * holds them all, literally; a sentence opening with "It" holds the guild and the fort only through the sentence before.
 * The short one's search share is higher; holding every question term in a trusted way lifts the longer one
 * (RANKING.allTrusted), not the one borrowing its terms — in a story longer than the ranker's candidates only.
 */
const FILLER = Array.from({ length: RANKING.candidates }, (_, i) => `The old stone wall number ${i + 1} stood by the sea.`).join('\n\n');
const FULL = 'After the storms had passed, the ferry guild rebuilt the stone quay at Fort Mirela.';
const SHORT = 'At Fort Mirela the ferry guild rebuilt the quay.';
const BEFORE = 'The net makers of Fort Mirela formed a guild in the Velmian era.';
const BORROWING = 'It later rebuilt a stone quay beside the old ropewalk.';
const story = buildStory(
  [
    {
      id: 'quay',
      title: 'Quay news',
      titleGiven: true,
      file: 'quay.md',
      body: `${SHORT}\n\n${FULL}\n\n${BEFORE} ${BORROWING}\n\n${FILLER}`,
    },
  ],
  'rank-all-trusted-fixture',
);
const QUESTION = 'Which guild rebuilt the stone quay at Fort Mirela?';

const weights = RANKING as { allTrusted: number };
const ranked = (allTrusted: number) => {
  const built = weights.allTrusted;
  weights.allTrusted = allTrusted;
  try {
    return rankSentences(story, queryOf(QUESTION));
  } finally {
    weights.allTrusted = built;
  }
};
const scoreOf = (allTrusted: number, text: string) => ranked(allTrusted).find((r) => r.sentence.text === text)?.score;

describe('a sentence holding every question term literally or as a paraphrase (RANKING.allTrusted)', () => {
  it('ranks first the sentence holding them all over a shorter one lacking a common one', () => {
    expect(RANKING.allTrusted).toBeGreaterThan(0);
    expect(ranked(RANKING.allTrusted)[0]!.sentence.text).toBe(FULL);
  });

  it('leaves the shorter one first without it', () => {
    expect(ranked(0)[0]!.sentence.text).toBe(SHORT);
  });

  it('lifts neither a sentence lacking a term nor one holding terms only through the sentence before', () => {
    for (const text of [SHORT, BORROWING]) {
      const off = scoreOf(0, text);
      expect(off).toBeDefined();
      expect(scoreOf(0.2, text)).toBe(off);
    }
    expect(scoreOf(0.2, FULL)!).toBeGreaterThan(scoreOf(0, FULL)!);
  });

  it('reads no story of fewer sentences than the candidates', () => {
    const short = buildStory(
      [{ id: 'quay', title: 'Quay news', titleGiven: true, file: 'quay.md', body: `${SHORT}\n\n${FULL}` }],
      'rank-all-trusted-short',
    );
    const score = (allTrusted: number) => {
      const built = weights.allTrusted;
      weights.allTrusted = allTrusted;
      try {
        return rankSentences(short, queryOf(QUESTION)).find((r) => r.sentence.text === FULL)!.score;
      } finally {
        weights.allTrusted = built;
      }
    };
    expect(score(0.2)).toBeCloseTo(score(0), 9);
  });

  it("leaves what is lent as it was (RankedSentence.lent: refusal's best score is the evidence less it)", () => {
    const lifted = ranked(RANKING.allTrusted).find((r) => r.sentence.text === FULL)!;
    const plain = ranked(0).find((r) => r.sentence.text === FULL)!;
    expect(lifted.lent ?? 0).toBe(plain.lent ?? 0);
  });

  it('is a ranking-only lift (RankedSentence.evidence): the score as evidence is the score without it', () => {
    const lifted = ranked(RANKING.allTrusted).find((r) => r.sentence.text === FULL)!;
    expect(lifted.score).toBeGreaterThan(scoreOf(0, FULL)!);
    expect(evidenceScore(lifted)).toBe(scoreOf(0, FULL));
    const short = ranked(RANKING.allTrusted).find((r) => r.sentence.text === SHORT)!;
    expect(evidenceScore(short)).toBe(short.score);
  });

  it("leaves the confidence's share of the top two as it was: it reads the scores as evidence", () => {
    const query = queryOf(QUESTION);
    const top = (allTrusted: number) => {
      const groups = corroborate(ranked(allTrusted));
      const full = groups.find((g) => g.sentence.text === FULL)!;
      const short = groups.find((g) => g.sentence.text === SHORT)!;
      return confidenceFeatures([full, short], query, null).topShare;
    };
    expect(top(RANKING.allTrusted)).toBeCloseTo(top(0), 9);
  });

  it('orders the excerpts shown and leaves the answer, its confidence and the refusal as without it', () => {
    // A factor large enough to put the sentence holding every term first in the whole answer path (the ranker's answer
    // type lifts the shorter one there).
    const traced = (allTrusted: number) => {
      const built = weights.allTrusted;
      weights.allTrusted = allTrusted;
      try {
        return traceAnswer(story, QUESTION, { command: 'ask', limit: 3 });
      } finally {
        weights.allTrusted = built;
      }
    };
    const lifted = traced(0.5);
    const plain = traced(0);
    expect(plain.answer.excerpts[0]?.text).toBe(SHORT);
    expect(lifted.answer.excerpts[0]?.text).toBe(FULL);
    expect(lifted.features).toEqual(plain.features);
    expect(lifted.answer.answer).toEqual(plain.answer.answer);
    expect(lifted.answer.confidence).toBe(plain.answer.confidence);
    expect(lifted.answer.covered).toBe(plain.answer.covered);
    expect(lifted.coverage?.bestScore).toBe(plain.coverage?.bestScore);
  });
});
