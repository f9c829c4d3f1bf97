import { ANSWER_TYPES } from './answerKind.js';
import type { CorroboratedSentence } from './corroborate.js';
import type { ShortAnswer } from './extractAnswer.js';
import { type LogisticModel, logistic, readLogisticModel } from './logisticModel.js';
import type { PreparedQuery } from './rankSentences.js';

/** The names of the confidence features, in the order of the weights. */
export const FEATURES = ['coverage', 'near', 'margin', 'support', 'typed', 'answered', 'typedKind', 'phrase', 'topShare'] as const;
export type FeatureName = (typeof FEATURES)[number];

/** A logistic model: bias and one weight per feature (src/answer/confidenceWeights.json). */
export type ConfidenceModel = LogisticModel<FeatureName>;

/**
 * The evidence an answer rests on, as numbers in [0, 1]: how much of the question the best sentence
 * covers, and for the short answer how many question words stand near it, its share of all the
 * candidates' score, how many sentences give it, whether it has the wanted type, whether the question
 * asked for a type at all, whether the answer is a bare phrase, and the best excerpt's share of the
 * first two excerpts' scores.
 */
export function confidenceFeatures(
  groups: CorroboratedSentence[],
  query: PreparedQuery,
  short: ShortAnswer | null,
): Record<FeatureName, number> {
  const best = groups[0];
  const second = groups[1];
  const e = short?.evidence;
  return {
    coverage: best?.coverage ?? 0,
    near: e?.near ?? 0,
    margin: e?.margin ?? 0,
    support: e?.support ?? 0,
    typed: e?.typed ?? 0,
    answered: short ? 1 : 0,
    typedKind: (query.types ?? ANSWER_TYPES[query.kind]).length > 0 ? 1 : 0,
    phrase: short?.type === 'PHRASE' ? 1 : 0,
    topShare: best ? best.score / (best.score + (second?.score ?? 0) || 1) : 0,
  };
}

/** Probability that the answer is right under a model: the logistic of the weighted features. */
export function probability(model: ConfidenceModel, features: Record<FeatureName, number>): number {
  return logistic(model, FEATURES, features);
}

let model: ConfidenceModel | undefined;

/**
 * The committed confidence model, fitted by `npm run fit:confidence` (scripts/fitConfidence.ts) on SQuAD
 * dev questions of the first articles, each paragraph alone a story, and the development stories' questions.
 * @throws Error when the weights file is missing or malformed
 */
export function confidenceModel(): ConfidenceModel {
  return (model ??= readLogisticModel<FeatureName>(new URL('./confidenceWeights.json', import.meta.url), 'confidence'));
}
