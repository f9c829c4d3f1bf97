/**
 * The extractor's candidates as the study scripts print them (scripts/readingCandidates.ts for SQuAD,
 * scripts/storyCandidates.ts for a story directory): each candidate's text, its candidate-model score and the
 * features that are on, best first.
 */
import { CANDIDATE_FEATURES, candidateWeights } from '../src/answer/candidateModel.js';
import { linearScore } from '../src/answer/linearModel.js';
import type { ObservedCandidate } from '../src/answer/extractAnswer.js';
import { watchFirst } from './watchExtraction.js';

/** A candidate laid open: its text, model score and the features that are on (`name=value`). */
export interface CandidateRow {
  text: string;
  z: number;
  on: string[];
}

/** The candidates of one list, best first by the candidate model. */
export function candidateRows(list: readonly ObservedCandidate[]): CandidateRow[] {
  const weights = candidateWeights()!;
  return list
    .map((c) => ({
      text: c.text,
      z: Number(linearScore(weights, c.features).toFixed(3)),
      on: c.features.flatMap((v, k) => (v !== 0 ? [`${CANDIDATE_FEATURES[k]}=${Number(v.toFixed(3))}`] : [])),
    }))
    .sort((a, b) => b.z - a.z);
}

/**
 * Starts watching the extractor: the returned function gives the first candidate list it ranked since its last
 * call (the short answer's; later lists are other passes, such as the answer of another day).
 */
export function watchCandidates(): () => ObservedCandidate[] {
  const take = watchFirst('candidates');
  return () => take() ?? [];
}
