/**
 * Which way src/answer/covered.ts let a question through, for eval:refusal's `--paths` table: the questions asked of
 * the story holding their answer (own) and those answered where the story lacks it (near, strict; other) counted per
 * path, so a check meant for near questions can be aimed at the path they take, and its cost read off the own
 * questions (and the right answers among them) that take the same path.
 */
import { type CoverageEvidence, coveringRule, MIN_COVERAGE, NAME_RUN_COVERAGE } from '../src/answer/covered.js';

/** The questions a covering path let through, per setting. */
export interface PathCount {
  own: number;
  /** Own questions whose short answer was right (token F1 ≥ 0.5). */
  ownRight: number;
  /** Near questions whose gold answer the story does not write (strict). */
  near: number;
  other: number;
}

/** Per covering path (coveringPath), what it let through. */
export type PathTally = Map<string, PathCount>;

/**
 * The path by which a covered question got through: the people catalogue (`described`, from MIN_COVERAGE), the best
 * excerpt's coverage (from MIN_COVERAGE up to NAME_RUN_COVERAGE, where the particular checks run, or above) with the kind
 * of answer it gave, or below MIN_COVERAGE the rule that covered it (covered.ts coveringRule).
 *
 * @example coveringPath({ described: false, coverage: 0.6, answered: true, untyped: true, … }) // → 'coverage 0.5–0.7, phrase'
 */
export function coveringPath(e: CoverageEvidence): string {
  if (e.described && e.coverage >= MIN_COVERAGE) return 'described';
  if (e.coverage >= MIN_COVERAGE) {
    const band = e.coverage < NAME_RUN_COVERAGE ? `${MIN_COVERAGE}–${NAME_RUN_COVERAGE}` : `≥ ${NAME_RUN_COVERAGE}`;
    const kind = !e.answered ? 'no short answer' : e.untyped ? 'phrase' : 'typed';
    return `coverage ${band}, ${kind}`;
  }
  return `below ${MIN_COVERAGE}, rule ${e.answered ? (coveringRule(e) ?? 'none') : 'none'}`;
}

/** Counts one covered question on its path; a near question only when strict (its gold answer not in the story). */
export function countPath(
  tally: PathTally,
  path: string,
  setting: 'own' | 'near' | 'other',
  right: boolean,
  strict: boolean | undefined,
): void {
  if (setting === 'near' && !strict) return;
  const count = tally.get(path) ?? { own: 0, ownRight: 0, near: 0, other: 0 };
  if (setting === 'own') {
    count.own += 1;
    if (right) count.ownRight += 1;
  } else count[setting] += 1;
  tally.set(path, count);
}

/**
 * One line per path, the busiest first: the own questions it covered (right), the near and other ones it answered.
 * @example formatPaths(tally, 'train') // → ['train  coverage ≥ 0.7, typed   412 (301)   18    2', …]
 */
export function formatPaths(tally: PathTally, label: string): string[] {
  const width = Math.max(0, ...[...tally.keys()].map((p) => p.length));
  return [...tally]
    .sort((a, b) => b[1].own + b[1].near + b[1].other - (a[1].own + a[1].near + a[1].other))
    .map(
      ([path, c]) =>
        `${label.padEnd(6)} ${path.padEnd(width)} ${String(c.own).padStart(5)} (${String(c.ownRight).padStart(4)}) ${String(c.near).padStart(5)} ${String(c.other).padStart(5)}`,
    );
}
