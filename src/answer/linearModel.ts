import { readFileSync } from 'node:fs';

/**
 * A linear scorer over named features, as committed in a weights file: one weight per feature name. The answer
 * candidates' model (candidateModel.ts, candidateWeights.json) and the sentence ranker's (rankModel.ts,
 * rankWeights.json) are both one; each lays the weights out in its own feature order.
 */
export interface LinearModel {
  features: string[];
  weights: number[];
  /** What it was fitted on and how, for the record. */
  fittedOn?: string;
}

/**
 * A model's weights laid out in a feature order (`index`: each feature's place, of `length`): names the order does
 * not know are dropped, features the model lacks weigh 0; null when the model's names and weights do not pair up.
 *
 * @example weightsInOrder({ features: ['b', 'z'], weights: [2, 5] }, new Map([['a', 0], ['b', 1]]), 2) // → [0, 2]
 */
export function weightsInOrder(model: LinearModel, index: ReadonlyMap<string, number>, length: number): Float64Array | null {
  if (!Array.isArray(model.features) || !Array.isArray(model.weights) || model.features.length !== model.weights.length) return null;
  const w = new Float64Array(length);
  for (const [i, name] of model.features.entries()) {
    const at = index.get(name);
    if (at !== undefined) w[at] = model.weights[i]!;
  }
  return w;
}

/** A committed model read from a JSON file beside the code and laid out by `align`; null when it cannot be read. */
export function readLinearWeights(url: URL, align: (model: LinearModel) => Float64Array | null): Float64Array | null {
  try {
    return align(JSON.parse(readFileSync(url, 'utf8')) as LinearModel);
  } catch {
    return null;
  }
}

/** The model's score of a feature vector. */
export function linearScore(w: ArrayLike<number>, x: ArrayLike<number>): number {
  let z = 0;
  for (let i = 0; i < x.length; i += 1) if (x[i] !== 0) z += w[i]! * x[i]!;
  return z;
}
