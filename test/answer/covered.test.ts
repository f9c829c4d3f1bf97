import { describe, expect, it } from 'vitest';
import { COVERED_BELOW_MIN, type CoverageEvidence, isCovered, MIN_COVERAGE } from '../../src/answer/covered.js';

/** Evidence of a question the best excerpt covers halfway, answered by a typed entity, nothing else known. */
const evidence = (over: Partial<CoverageEvidence> = {}): CoverageEvidence => ({
  coverage: 0.35,
  described: false,
  missingDetail: () => false,
  absentName: () => false,
  answered: true,
  confidence: 0.3,
  untyped: false,
  subjectBeside: () => false,
  answerInBest: false,
  detailsInAnswer: () => false,
  ...over,
});

describe('isCovered', () => {
  it('covers a well-matched question and refuses one below the floor', () => {
    expect(isCovered(evidence({ coverage: 0.6 }))).toBe(true);
    expect(isCovered(evidence({ coverage: 0.2, answerInBest: true }))).toBe(false);
  });
  it('refuses a question whose named day or figure no excerpt holds, however well matched', () => {
    expect(isCovered(evidence({ coverage: 0.9, missingDetail: () => true }))).toBe(false);
  });
  it('refuses a question naming what the story never names, short of full coverage or a sure answer', () => {
    const absent = { absentName: () => true };
    expect(isCovered(evidence({ ...absent, subjectBeside: () => true }))).toBe(false);
    expect(isCovered(evidence({ ...absent, answerInBest: true, detailsInAnswer: () => true }))).toBe(false);
    expect(isCovered(evidence({ ...absent, coverage: MIN_COVERAGE }))).toBe(true);
    expect(isCovered(evidence({ ...absent, confidence: COVERED_BELOW_MIN }))).toBe(true);
    expect(isCovered(evidence({ subjectBeside: () => true }))).toBe(true);
  });
  it('between the floor and the full match, wants a sure answer or the subject beside an answer of its kind', () => {
    expect(isCovered(evidence())).toBe(false);
    expect(isCovered(evidence({ confidence: 0.5 }))).toBe(true);
    expect(isCovered(evidence({ subjectBeside: () => true }))).toBe(true);
  });
  it('covers a question that wants no type when the best excerpt itself gives the phrase answer', () => {
    expect(isCovered(evidence({ untyped: true, answerInBest: true }))).toBe(true);
    expect(isCovered(evidence({ untyped: true, answerInBest: false }))).toBe(false);
    // A typed question needs more than its answer coming from the best excerpt.
    expect(isCovered(evidence({ untyped: false, answerInBest: true }))).toBe(false);
  });
  it("covers a typed question when the best excerpt's answer sentence misses no detail the question gives", () => {
    expect(isCovered(evidence({ answerInBest: true, detailsInAnswer: () => true }))).toBe(true);
    expect(isCovered(evidence({ answerInBest: false, detailsInAnswer: () => true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.2, answerInBest: true, detailsInAnswer: () => true }))).toBe(false);
  });
  it('does not walk the excerpts when cheaper evidence decides', () => {
    const walked: string[] = [];
    isCovered(
      evidence({
        coverage: 0.6,
        subjectBeside: () => {
          walked.push('subject');
          return true;
        },
      }),
    );
    expect(walked).toEqual([]);
  });
});
