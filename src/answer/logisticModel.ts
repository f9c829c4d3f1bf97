import { readFileSync } from 'node:fs';

/**
 * A logistic model over named features, as committed in a weights file: a bias and one weight per
 * feature. The confidence model (confidence.ts) and the coverage support model (covered.ts) are both one;
 * scripts/logisticFit.ts fits them.
 */
export interface LogisticModel<F extends string> {
  bias: number;
  weights: Record<F, number>;
  /** What it was fitted on and how, for the record. */
  fittedOn?: string;
}

/**
 * Probability under a model: the logistic of the bias plus each named feature times its weight (a weight
 * the model lacks counts 0).
 *
 * @example logistic({ bias: 0, weights: { a: 2 } }, ['a'], { a: 0 }) // → 0.5
 */
export function logistic<F extends string>(model: LogisticModel<F>, names: readonly F[], features: Record<F, number>): number {
  let z = model.bias;
  for (const name of names) z += (model.weights[name] ?? 0) * features[name];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Reads a committed model from a JSON file beside the code.
 * @param owner the module reading it, named in the error
 * @throws Error when the file is missing, is not JSON, or holds no bias and weights
 */
export function readLogisticModel<F extends string>(url: URL, owner: string): LogisticModel<F> {
  let parsed: LogisticModel<F>;
  try {
    parsed = JSON.parse(readFileSync(url, 'utf8')) as LogisticModel<F>;
  } catch (error) {
    throw new Error(`${owner}: cannot read ${url.pathname}: ${(error as Error).message}`);
  }
  if (typeof parsed?.bias !== 'number' || typeof parsed.weights !== 'object') throw new Error(`${owner}: ${url.pathname} holds no model`);
  return parsed;
}
