import { describe, expect, it } from 'vitest';
import { addReliability, countAnswer, formatReliability, reliability } from '../../scripts/reliability.js';

describe('reliability', () => {
  it('counts each answer in the band of its confidence, 1 in the last', () => {
    const table = reliability();
    countAnswer(table, 0.2, false);
    countAnswer(table, 0.75, true);
    countAnswer(table, 0.8, false);
    countAnswer(table, 0.89, true);
    countAnswer(table, 1, true);
    expect(table.bands.map((b) => [b.n, b.right])).toEqual([
      [1, 0],
      [0, 0],
      [1, 1],
      [2, 1],
      [1, 1],
    ]);
  });
  it('adds one table into another band by band', () => {
    const a = reliability();
    const b = reliability();
    countAnswer(a, 0.85, true);
    countAnswer(b, 0.86, false);
    addReliability(a, b);
    expect(a.bands[3]).toMatchObject({ n: 2, right: 1 });
  });
  it('prints one line per band with its range, count and share right', () => {
    const table = reliability();
    countAnswer(table, 0.85, true);
    countAnswer(table, 0.82, false);
    expect(formatReliability(table, 'test')).toEqual([
      'test       0.0–0.5      0    -   right',
      'test       0.5–0.7      0    -   right',
      'test       0.7–0.8      0    -   right',
      'test       0.8–0.9      2  0.500 right',
      'test       0.9–1.0      0    -   right',
    ]);
  });
});
