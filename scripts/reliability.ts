/**
 * The reliability table: the short answers shown at each confidence, and the share of them right. The bands are
 * those a reader of a reply can tell apart: unsure (below 0.8, where the reply says so), sure and very sure, with
 * the unsure split where the confidence model's shares change. One table for every eval: scripts/storyEval.ts (per
 * story and mode, `npm run eval`), scripts/evalKit.ts (the whole kit) and scripts/evalRefusal.ts (SQuAD).
 */

/** Confidence bands of the reliability table: [from, to); the last holds 1. */
export const RELIABILITY_BANDS: readonly (readonly [number, number])[] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 1.01],
];

/** Per band, the answers shown and how many were right. */
export interface Reliability {
  bands: { from: number; to: number; n: number; right: number }[];
}

/** An empty table over RELIABILITY_BANDS. */
export function reliability(): Reliability {
  return { bands: RELIABILITY_BANDS.map(([from, to]) => ({ from, to, n: 0, right: 0 })) };
}

/** Counts one answer shown at `confidence` in its band. */
export function countAnswer(table: Reliability, confidence: number, right: boolean): void {
  const band = table.bands.find((b) => confidence >= b.from && confidence < b.to);
  if (!band) return;
  band.n += 1;
  if (right) band.right += 1;
}

/**
 * One line per band: its range, the answers in it and the share right.
 * @example formatReliability(table, 'test') // → 'test  0.7–0.8     41  0.683 right' …
 */
export function formatReliability(table: Reliability, label: string): string[] {
  return table.bands.map((b) => {
    const range = `${b.from.toFixed(1)}–${Math.min(b.to, 1).toFixed(1)}`;
    const share = b.n > 0 ? (b.right / b.n).toFixed(3) : '  -  ';
    return `${label.padEnd(10)} ${range}  ${String(b.n).padStart(5)}  ${share} right`;
  });
}

/** Adds `from`'s counts into `into` (the same bands). */
export function addReliability(into: Reliability, from: Reliability): void {
  into.bands.forEach((band, i) => {
    band.n += from.bands[i]?.n ?? 0;
    band.right += from.bands[i]?.right ?? 0;
  });
}
