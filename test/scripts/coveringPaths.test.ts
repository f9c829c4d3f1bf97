import { describe, expect, it } from 'vitest';
import type { CoverageEvidence } from '../../src/answer/covered.js';
import type { HeldWords } from '../../src/answer/heldWords.js';
import { countPath, coveringPath, formatPaths, type PathTally } from '../../scripts/coveringPaths.js';

const HELD: HeldWords = {
  answerHeld: 0.6,
  sentenceHeld: 0.6,
  aroundHeld: 0.6,
  absent: 0,
  namesAbsent: 0,
  countedMissing: 0,
  yearAbsent: 0,
  otherYear: 0,
  otherSex: 0,
  rareNameMissing: 0,
  rareNameOffArticle: 0,
  offArticle: 0,
  fragment: 0,
  otherCountry: 0,
  rarestHeld: 0,
};

/** A typed answer from the best excerpt, nothing against it. */
const evidence = (over: Partial<CoverageEvidence> = {}): CoverageEvidence => ({
  coverage: 0.6,
  described: false,
  missingDetail: () => false,
  answerOffDay: () => false,
  countUnanswered: false,
  roleUnfilled: () => false,
  moneyUnanswered: false,
  pastForFuture: false,
  absentName: () => false,
  absentSpelledName: () => false,
  unwrittenName: () => false,
  answered: true,
  confidence: 0.6,
  untyped: false,
  subjectBeside: () => false,
  answerInBest: true,
  detailsInAnswer: () => false,
  held: () => HELD,
  offArticleNoun: () => false,
  storySentences: 100,
  bestScore: 2.5,
  ...over,
});

describe('coveringPath', () => {
  it('names the coverage band and the kind of answer from MIN_COVERAGE up', () => {
    expect(coveringPath(evidence())).toBe('coverage 0.5–0.7, typed');
    expect(coveringPath(evidence({ coverage: 0.9, untyped: true }))).toBe('coverage ≥ 0.7, phrase');
    expect(coveringPath(evidence({ answered: false }))).toBe('coverage 0.5–0.7, no short answer');
  });
  it('names the covering rule below MIN_COVERAGE, and the people catalogue first', () => {
    expect(coveringPath(evidence({ coverage: 0.3 }))).toBe('below 0.5, rule sure');
    expect(coveringPath(evidence({ coverage: 0.3, confidence: 0.2, untyped: true }))).toBe('below 0.5, rule phrase');
    expect(coveringPath(evidence({ coverage: 0.3, described: true }))).toBe('described');
  });
});

describe('countPath', () => {
  it('counts own questions with their right answers, and near ones only when the story lacks the answer', () => {
    const tally: PathTally = new Map();
    countPath(tally, 'p', 'own', true, undefined);
    countPath(tally, 'p', 'own', false, undefined);
    countPath(tally, 'p', 'near', false, true);
    countPath(tally, 'p', 'near', false, false);
    countPath(tally, 'p', 'other', false, undefined);
    expect(tally.get('p')).toEqual({ own: 2, ownRight: 1, near: 1, other: 1 });
  });
  it('prints the busiest path first', () => {
    const tally: PathTally = new Map();
    countPath(tally, 'quiet', 'own', true, undefined);
    countPath(tally, 'busy', 'near', false, true);
    countPath(tally, 'busy', 'other', false, undefined);
    const lines = formatPaths(tally, 'train');
    expect(lines[0]).toMatch(/^train\s+busy\s+0 \(\s+0\)\s+1\s+1$/);
    expect(lines[1]).toMatch(/^train\s+quiet\s+1 \(\s+1\)\s+0\s+0$/);
  });
});
