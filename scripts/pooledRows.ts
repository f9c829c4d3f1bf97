/**
 * One row per pooled SQuAD question (`eval:squad -- --pooled-rows FILE`), and the questions two such files won and
 * lost: first right (the first excerpt is the gold sentence) and the short who/when/where answer's F1.
 *
 *   npx tsx scripts/pooledRows.ts BASE_ROWS BRANCH_ROWS [--ids]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** What the pooled setting scored for one question. */
export interface PooledRow {
  id: string;
  /** The question's opening word ("who", "how many", "other", …). */
  opening: string;
  /** Whether the first excerpt holds any gold answer (not only the first one). */
  topAnyGold: boolean;
  /** Rank (1–5) of the excerpt that is the first gold answer's sentence; 0 when none is. */
  rank: number;
  /** The short answer shown ('' when none). */
  answer: string;
  /** Its token F1 for a who/when/where question; undefined for the others. */
  f1: number | undefined;
  question: string;
}

/** A row as one tab-separated line: id, opening, top holds gold (1/0), rank, F1 or -, answer, question. */
export function pooledRowLine(row: PooledRow): string {
  return [
    row.id,
    row.opening,
    row.topAnyGold ? '1' : '0',
    String(row.rank),
    row.f1 === undefined ? '-' : row.f1.toFixed(4),
    row.answer,
    row.question,
  ]
    .map((cell) => cell.replace(/[\t\n]/g, ' '))
    .join('\t');
}

/** A line written by `pooledRowLine` read back. */
export function parsePooledRow(line: string): PooledRow {
  const [id = '', opening = '', top = '0', rank = '0', f1 = '-', answer = '', question = ''] = line.split('\t');
  return { id, opening, topAnyGold: top === '1', rank: Number(rank), answer, f1: f1 === '-' ? undefined : Number(f1), question };
}

/** Questions one file gets right and the other not, for one measure. */
export interface WonLost {
  won: string[];
  lost: string[];
}

/** What the second file won and lost against the first, over the ids both hold. */
export interface PooledComparison {
  /** Questions in both files. */
  n: number;
  /** The first excerpt is the first gold answer's sentence. */
  firstRight: WonLost;
  /** The first excerpt holds any gold answer. */
  topAnyGold: WonLost;
  /** The short answer's F1 went up or down (who/when/where questions). */
  shortF1: WonLost;
}

/** The second file's won and lost questions against the first's, in the first's order. */
export function comparePooledRows(base: readonly PooledRow[], branch: readonly PooledRow[]): PooledComparison {
  const theirs = new Map(branch.map((r) => [r.id, r]));
  const out: PooledComparison = {
    n: 0,
    firstRight: { won: [], lost: [] },
    topAnyGold: { won: [], lost: [] },
    shortF1: { won: [], lost: [] },
  };
  const tally = (into: WonLost, id: string, was: number, is: number) => {
    if (is > was + 1e-9) into.won.push(id);
    else if (is < was - 1e-9) into.lost.push(id);
  };
  for (const a of base) {
    const b = theirs.get(a.id);
    if (!b) continue;
    out.n += 1;
    tally(out.firstRight, a.id, a.rank === 1 ? 1 : 0, b.rank === 1 ? 1 : 0);
    tally(out.topAnyGold, a.id, a.topAnyGold ? 1 : 0, b.topAnyGold ? 1 : 0);
    if (a.f1 !== undefined && b.f1 !== undefined) tally(out.shortF1, a.id, a.f1, b.f1);
  }
  return out;
}

/** The comparison as printable lines; with `ids`, each moved question's id after its measure. */
export function comparisonLines(c: PooledComparison, ids = false): string[] {
  const lines: string[] = [];
  const measures: [string, WonLost][] = [
    ['first right', c.firstRight],
    ['top holds any gold', c.topAnyGold],
    ['short who/when/where F1', c.shortF1],
  ];
  lines.push(`${c.n} questions in both`);
  for (const [name, wl] of measures) {
    lines.push(`${name.padEnd(24)} won ${wl.won.length}  lost ${wl.lost.length}`);
    if (ids) {
      for (const id of wl.won) lines.push(`  won  ${id}`);
      for (const id of wl.lost) lines.push(`  lost ${id}`);
    }
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [basePath, branchPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!basePath || !branchPath) {
    console.error('pooledRows: usage: npx tsx scripts/pooledRows.ts BASE_ROWS BRANCH_ROWS [--ids]');
    process.exit(1);
  }
  const read = (path: string) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map(parsePooledRow);
  const lines = comparisonLines(comparePooledRows(read(basePath), read(branchPath)), process.argv.includes('--ids'));
  console.log(lines.join('\n'));
}
