/**
 * A conditional logit: softmax regression over each example's alternatives (a question's candidate
 * sentences), full-batch Adam with L2 towards the starting weights. The target is spread over the
 * alternatives by their gain (1 for a right one, a token F1, …); examples with no gain teach nothing.
 */

/** One question's alternatives: the non-zero features of each as [index, value] pairs, how right each is, and its weight. */
export interface SoftmaxExample {
  x: [number, number][][];
  gain: number[];
  weight: number;
}

export interface SoftmaxOptions {
  /** Number of features. */
  dims: number;
  /** Starting weights (the hand ranking), and the point L2 pulls towards; zeros when absent. */
  start?: ReadonlyMap<number, number>;
  l2: number;
  steps: number;
  /** Features whose weight may not fall below 0. */
  nonNegative?: readonly number[];
  /** Features held at a given weight: the fit never moves them (an offset the others are fitted around). */
  fixed?: ReadonlyMap<number, number>;
}

/** The fitted weights. */
export function fitSoftmax(data: readonly SoftmaxExample[], o: SoftmaxOptions): Float64Array {
  const prior = new Float64Array(o.dims);
  for (const [d, v] of o.start ?? []) prior[d] = v;
  for (const [d, v] of o.fixed ?? []) prior[d] = v;
  const w = Float64Array.from(prior);
  // A held feature adds the same to an alternative's score at every step: summed once into its offset, and only the
  // free features are read at each step (a feature fitted alone over every other held: ~240 times fewer terms).
  const held = o.fixed ?? new Map<number, number>();
  const useful = data.filter((e) => e.gain.some((g) => g > 0)).map((e) => pack(e, held));
  const totalWeight = useful.reduce((a, e) => a + e.weight, 0) || 1;
  const m = new Float64Array(o.dims);
  const v = new Float64Array(o.dims);
  const grad = new Float64Array(o.dims);
  for (let step = 1; step <= o.steps; step += 1) {
    grad.fill(0);
    for (const e of useful) {
      const n = e.target.length;
      const z = new Float64Array(n);
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < n; i += 1) {
        const at = e.index[i]!;
        const value = e.value[i]!;
        let s = e.offset[i]!;
        for (let k = 0; k < at.length; k += 1) s += w[at[k]!]! * value[k]!;
        z[i] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let i = 0; i < n; i += 1) sum += z[i] = Math.exp(z[i]! - max);
      for (let i = 0; i < n; i += 1) {
        const coef = e.weight * (e.target[i]! - z[i]! / sum);
        const at = e.index[i]!;
        const value = e.value[i]!;
        for (let k = 0; k < at.length; k += 1) grad[at[k]!]! += coef * value[k]!;
      }
    }
    for (let d = 0; d < o.dims; d += 1) {
      const g = grad[d]! / totalWeight - o.l2 * (w[d]! - prior[d]!);
      m[d] = 0.9 * m[d]! + 0.1 * g;
      v[d] = 0.999 * v[d]! + 0.001 * g * g;
      w[d]! += (0.05 * (m[d]! / (1 - 0.9 ** step))) / (Math.sqrt(v[d]! / (1 - 0.999 ** step)) + 1e-8);
    }
    for (const d of o.nonNegative ?? []) w[d] = Math.max(0, w[d]!);
    for (const [d, value] of o.fixed ?? []) w[d] = value;
  }
  return w;
}

/**
 * An example as flat typed arrays: each alternative's free feature indices and values, the score its held features
 * give it, and its share of the target.
 */
interface Packed {
  index: Int32Array[];
  value: Float64Array[];
  offset: Float64Array;
  target: Float64Array;
  weight: number;
}

function pack(e: SoftmaxExample, held: ReadonlyMap<number, number>): Packed {
  const gainSum = e.gain.reduce((a, b) => a + b, 0);
  const free = e.x.map((x) => x.filter(([i]) => !held.has(i)));
  return {
    index: free.map((x) => Int32Array.from(x, ([i]) => i)),
    value: free.map((x) => Float64Array.from(x, ([, v]) => v)),
    offset: Float64Array.from(e.x, (x) => x.reduce((sum, [i, v]) => sum + (held.get(i) ?? 0) * v, 0)),
    target: Float64Array.from(e.gain, (g) => g / gainSum),
    weight: e.weight,
  };
}

/** The weighted sum of a sparse feature vector. */
export function dot(w: ArrayLike<number>, x: readonly [number, number][]): number {
  let z = 0;
  for (const [i, value] of x) z += w[i]! * value;
  return z;
}

/** The index of the alternative the weights rank first (the earliest on a tie). */
export function firstRanked(w: ArrayLike<number>, e: SoftmaxExample): number {
  let best = 0;
  let bestZ = Number.NEGATIVE_INFINITY;
  for (const [i, x] of e.x.entries()) {
    const z = dot(w, x);
    if (z > bestZ) [best, bestZ] = [i, z];
  }
  return best;
}
