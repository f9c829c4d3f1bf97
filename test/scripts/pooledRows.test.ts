import { describe, expect, it } from 'vitest';
import { comparePooledRows, comparisonLines, parsePooledRow, pooledRowLine, type PooledRow } from '../../scripts/pooledRows.js';

/** Invented pooled rows: questions on a harbour board and a mill. */
const row = (id: string, rank: number, f1: number | undefined, topAnyGold = rank === 1): PooledRow => ({
  id,
  opening: f1 === undefined ? 'what' : 'who',
  topAnyGold,
  rank,
  answer: f1 === undefined ? '' : 'Ivo Brandt',
  f1,
  question: f1 === undefined ? 'What did the Orsk harbour board build?' : 'Who chairs the Orsk harbour board?',
});

describe('a pooled row', () => {
  it('is one tab-separated line: id, opening, top holds gold, rank, F1 or -, answer, question', () => {
    expect(pooledRowLine(row('q1', 2, 0.5, true))).toBe('q1\twho\t1\t2\t0.5000\tIvo Brandt\tWho chairs the Orsk harbour board?');
    expect(pooledRowLine(row('q2', 0, undefined))).toBe('q2\twhat\t0\t0\t-\t\tWhat did the Orsk harbour board build?');
  });

  it('keeps a tab or newline inside a cell from splitting the row', () => {
    const line = pooledRowLine({ ...row('q3', 1, 1), answer: 'the Tolly\tmill\n' });
    expect(line.split('\t')).toHaveLength(7);
    expect(parsePooledRow(line).answer).toBe('the Tolly mill ');
  });

  it('reads back what it wrote', () => {
    for (const r of [row('q1', 2, 0.5, true), row('q2', 0, undefined), row('q4', 1, 0)]) {
      expect(parsePooledRow(pooledRowLine(r))).toEqual(r);
    }
  });
});

describe('comparing two files of pooled rows', () => {
  const base = [row('a', 1, 1), row('b', 2, 0), row('c', 0, undefined), row('d', 1, 0.5), row('e', 3, undefined)];
  const branch = [row('b', 1, 0.5), row('a', 2, 1), row('c', 0, undefined), row('d', 1, 0.25)];

  it('counts first right and short-answer F1 won and lost by id, over the questions both hold', () => {
    const c = comparePooledRows(base, branch);
    expect(c.n).toBe(4);
    expect(c.firstRight).toEqual({ won: ['b'], lost: ['a'] });
    expect(c.topAnyGold).toEqual({ won: ['b'], lost: ['a'] });
    expect(c.shortF1).toEqual({ won: ['b'], lost: ['d'] });
  });

  it('does not count a rank that moved without reaching or leaving the first place', () => {
    const c = comparePooledRows([row('x', 2, undefined)], [row('x', 4, undefined)]);
    expect(c.firstRight).toEqual({ won: [], lost: [] });
  });

  it('prints the counts, and the ids when asked', () => {
    const c = comparePooledRows(base, branch);
    expect(comparisonLines(c)).toEqual([
      '4 questions in both',
      'first right              won 1  lost 1',
      'top holds any gold       won 1  lost 1',
      'short who/when/where F1  won 1  lost 1',
    ]);
    expect(comparisonLines(c, true)).toContain('  lost d');
  });
});
