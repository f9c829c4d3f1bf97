import { type LogisticModel, logistic } from '../src/answer/logisticModel.js';

/** One weighted example: its features and whether it is a positive one (1) or not (0). */
export interface LogisticExample<F extends string> {
  x: Record<F, number>;
  y: number;
  weight: number;
}

/**
 * Logistic regression by batch gradient descent (3,000 steps, rate 0.5) with a small L2 penalty (0.001)
 * on the weights, starting from zero; weights and bias rounded to three decimals for the committed file.
 * Used by fit:confidence and fit:support.
 */
export function fitLogistic<F extends string>(names: readonly F[], examples: readonly LogisticExample<F>[]): LogisticModel<F> {
  const zeros = () => Object.fromEntries(names.map((f) => [f, 0])) as Record<F, number>;
  const w = zeros();
  let bias = 0;
  const rate = 0.5;
  const l2 = 1e-3;
  const total = examples.reduce((a, e) => a + e.weight, 0);
  for (let step = 0; step < 3000; step += 1) {
    const grad = zeros();
    let gb = 0;
    for (const e of examples) {
      const err = (logistic({ bias, weights: w }, names, e.x) - e.y) * e.weight;
      gb += err;
      for (const f of names) grad[f] += err * e.x[f];
    }
    bias -= (rate * gb) / total;
    for (const f of names) w[f] -= rate * (grad[f] / total + l2 * w[f]);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { bias: round(bias), weights: Object.fromEntries(names.map((f) => [f, round(w[f])])) as Record<F, number> };
}
