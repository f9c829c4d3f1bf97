import { describe, expect, it } from 'vitest';
import { countAnswer, formatReliability, RELIABILITY_BANDS, reliability } from '../../scripts/reliability.js';

describe('reliability', () => {
  it('counts each answer in the band of its confidence, 1 in the last, none below the first', () => {
    const table = reliability();
    countAnswer(table, 0.75, true);
    countAnswer(table, 0.8, false);
    countAnswer(table, 0.89, true);
    countAnswer(table, 1, true);
    countAnswer(table, RELIABILITY_BANDS[0]![0] - 0.01, true);
    expect(table.bands.map((b) => [b.n, b.right])).toEqual([
      [1, 1],
      [2, 1],
      [1, 1],
    ]);
  });
  it('prints one line per band with its range, count and share right', () => {
    const table = reliability();
    countAnswer(table, 0.85, true);
    countAnswer(table, 0.82, false);
    expect(formatReliability(table, 'test')).toEqual([
      'test       0.7–0.8      0    -   right',
      'test       0.8–0.9      2  0.500 right',
      'test       0.9–1.0      0    -   right',
    ]);
  });
});
