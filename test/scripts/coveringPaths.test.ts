import { describe, expect, it } from 'vitest';
import type { CoverageEvidence } from '../../src/answer/covered.js';
import { countPath, coveringPath, formatPaths, type PathTally } from '../../scripts/coveringPaths.js';
import { evidence } from '../fixtures/coverageEvidence.js';

/** A typed answer from the best excerpt at coverage 0.6, nothing against it. */
const typedAt = (over: Partial<CoverageEvidence> = {}): CoverageEvidence =>
  evidence({ coverage: 0.6, confidence: 0.6, answerInBest: true, ...over });

describe('coveringPath', () => {
  it('names the coverage band and the kind of answer from MIN_COVERAGE up', () => {
    expect(coveringPath(typedAt())).toBe('coverage 0.5–0.7, typed');
    expect(coveringPath(typedAt({ coverage: 0.9, untyped: true }))).toBe('coverage ≥ 0.7, phrase');
    expect(coveringPath(typedAt({ answered: false }))).toBe('coverage 0.5–0.7, no short answer');
  });
  it('names the covering rule below MIN_COVERAGE, and the people catalogue from MIN_COVERAGE', () => {
    expect(coveringPath(typedAt({ coverage: 0.3 }))).toBe('below 0.5, rule sure');
    expect(coveringPath(typedAt({ coverage: 0.3, confidence: 0.2, untyped: true }))).toBe('below 0.5, rule phrase');
    expect(coveringPath(typedAt({ described: true }))).toBe('described');
    // Below MIN_COVERAGE a description goes through the checks as any answer does (covered.ts refusingCheck).
    expect(coveringPath(typedAt({ coverage: 0.3, described: true }))).toBe('below 0.5, rule sure');
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
