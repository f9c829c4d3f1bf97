import { ANSWER_TYPES } from './answerKind.js';
import type { CorroboratedSentence } from './corroborate.js';
import type { ShortAnswer } from './extractAnswer.js';
import { type LogisticModel, logistic, readLogisticModel } from './logisticModel.js';
import { evidenceScore, type PreparedQuery } from './rankSentences.js';

/** The names of the confidence features, in the order of the weights. */
export const FEATURES = ['coverage', 'near', 'margin', 'support', 'typed', 'answered', 'typedKind', 'phrase', 'topShare'] as const;
export type FeatureName = (typeof FEATURES)[number];

/**
 * The features of the shown confidence's own model (see shownConfidence): the evidence features, whether the answer
 * met no rival candidate (`sole`: isSole) and whether it was not taken from the best excerpt (`lower`).
 */
export const SHOWN_FEATURES = [...FEATURES, 'sole', 'lower'] as const;
export type ShownFeatureName = (typeof SHOWN_FEATURES)[number];

/**
 * A logistic model: bias and one weight per feature (src/answer/confidenceWeights.json), the probability the decisions
 * read, and the model of what the reader is shown (`shown`, see shownConfidence).
 */
export type ConfidenceModel = LogisticModel<FeatureName> & { shown?: LogisticModel<ShownFeatureName> };

/**
 * A short answer whose candidates' scores are all its own (`margin` at least this) met no rival: the
 * margin feature then says 1 though nothing was weighed against it.
 */
export const SOLE_MARGIN = 0.999;

/** Whether the short answer met no rival candidate (see SOLE_MARGIN). */
export function isSole(features: Record<FeatureName, number>): boolean {
  return features.answered === 1 && features.margin >= SOLE_MARGIN;
}

/**
 * The shift of the shown confidence's logit for a bare figure answering "how far / wide / deep / tall / heavy / fast"
 * (see shownConfidence). Set, not fitted (too few answers to fit: SQuAD reading and eval:refusal's 6,000-question sample
 * give 5 such answers at 0.7 or more, none right, and every right answer to these questions writes its unit, "12 km"):
 * it takes an answer the model gives 0.85 to 0.68, under the sure bar (answer.ts SURE_CONFIDENCE).
 */
export const UNITLESS_SHIFT = -1;

/**
 * The confidence shown with an answer. With a model of its own (`shown`, committed since round 49): the logistic of
 * its weights over the evidence features, whether the answer met no rival (`sole`) and whether it was not taken from
 * the best excerpt (`lower`), fitted on the answers shown (covered) of SQuAD single paragraphs, the kit and
 * eval:refusal's stories of many paragraphs, and set so that an answer shown at 0.8 or more is right at least 91
 * times in 100 on each (`npm run fit:confidence -- --shown-model --refusal-dump FILE`). The decision model is fitted
 * on every question, refused ones included, and reads too low for the answers that pass coverage: with the shifts it had before,
 * eval:refusal's 6,000 sample showed 178 training-half answers at 0.8 or more (0.955 right), with the shown model
 * 341 (0.915); SQuAD's test half 241 → 465 (0.954 → 0.944).
 *
 * Without one (a weights file of the rounds before round 49, or a test's model): the model's probability itself. Round
 * 49's shown model replaced the shifts of that probability's logit fitted before it (an answer without a rival, one
 * from a lower excerpt: docs/history.md, "Refusal at scale").
 *
 * A figure without its unit answering a measure asked by its dimension (`unitless`: unitFit.ts unitlessMeasure, "three" for
 * "How far is the mill from Velden?") is shifted by UNITLESS_SHIFT.
 *
 * @example shownConfidence({ bias: 0, weights: {…} }, 0.85, features, true, true) // → 0.68: no shown model, a bare figure
 */
export function shownConfidence(
  model: ConfidenceModel,
  p: number,
  features: Record<FeatureName, number>,
  fromBest = true,
  unitless = false,
): number {
  if (model.shown) {
    const shown: Record<ShownFeatureName, number> = { ...features, sole: isSole(features) ? 1 : 0, lower: fromBest ? 0 : 1 };
    return logistic(unitless ? { ...model.shown, bias: model.shown.bias + UNITLESS_SHIFT } : model.shown, SHOWN_FEATURES, shown);
  }
  if (!unitless || p <= 0 || p >= 1) return p;
  return 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + UNITLESS_SHIFT)));
}

/**
 * The evidence an answer rests on, as numbers in [0, 1]: how much of the question the best sentence
 * covers, and for the short answer how many question words stand near it, its share of all the
 * candidates' score, how many sentences give it, whether it has the wanted type, whether the question
 * asked for a type at all, whether the answer is a bare phrase, and the best excerpt's share of the
 * first two excerpts' scores (as evidence: without a ranking-only lift, see evidenceScore).
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
    topShare: best ? evidenceScore(best) / (evidenceScore(best) + (second ? evidenceScore(second) : 0) || 1) : 0,
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
