import { describe, expect, it } from 'vitest';
import { firstRanked, fitSoftmax, type SoftmaxExample } from '../../scripts/softmaxFit.js';

/** Two alternatives per example: feature 0 marks the right one, feature 1 the wrong one. */
const data: SoftmaxExample[] = Array.from({ length: 4 }, () => ({
  x: [[[0, 1]], [[1, 1]]],
  gain: [1, 0],
  weight: 1,
}));

describe('fitSoftmax', () => {
  it('learns a weight for the feature that marks the right alternative', () => {
    const w = fitSoftmax(data, { dims: 2, l2: 0, steps: 50 });
    expect(w[0]).toBeGreaterThan(0);
    expect(w[1]).toBeLessThan(0);
    expect(firstRanked(w, data[0]!)).toBe(0);
  });
  it('leaves a fixed feature at its given weight', () => {
    const w = fitSoftmax(data, { dims: 2, l2: 0, steps: 50, fixed: new Map([[1, 0.5]]) });
    expect(w[1]).toBe(0.5);
    expect(w[0]).toBeGreaterThan(0.5);
  });
  it('fits a free feature around the score the held ones give, as if that score were a feature at weight 1', () => {
    // Feature 2 (held at 2) favours the wrong alternative; feature 3, on the right one, must outweigh it.
    const mixed: SoftmaxExample[] = Array.from({ length: 4 }, () => ({ x: [[[3, 1]], [[2, 1]]], gain: [1, 0], weight: 1 }));
    const held = fitSoftmax(mixed, { dims: 4, l2: 0, steps: 200, fixed: new Map([[2, 2]]) });
    const offset: SoftmaxExample[] = mixed.map((e) => ({ ...e, x: [[[3, 1]], [[0, 2]]] }));
    const folded = fitSoftmax(offset, { dims: 4, l2: 0, steps: 200, fixed: new Map([[0, 1]]) });
    expect(held[2]).toBe(2);
    expect(held[3]).toBeGreaterThan(2);
    expect(held[3]).toBeCloseTo(folded[3]!, 10);
  });
});
