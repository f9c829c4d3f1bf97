import type { Story } from '../story/story.js';
import { slicedPerStory } from '../story/warmUp.js';

/** The story's index terms by their first two letters, made once per story. */
const termsByInitial = slicedPerStory(function* (story: Story): Generator<void, Map<string, string[]>, void> {
  const out = new Map<string, string[]>();
  let n = 0;
  for (const term of story.documentFrequency.keys()) {
    if (++n % 1024 === 0) yield; // a warm-up's slice ends here (see slicedPerStory)
    if (term.length < 4 || /\d/.test(term)) continue;
    const key = term.slice(0, 2);
    const list = out.get(key);
    if (list) list.push(term);
    else out.set(key, [term]);
  }
  return out;
});

/** Most story terms compared for one unknown term (keeps a question's work bounded on a large story). */
const MAX_COMPARED = 5_000;

/** Most unknown terms of one question mended. */
export const MAX_TYPOS = 3;

/**
 * A question term the story never uses, mended to the story term it is most likely a typo of: same
 * first two letters, within one edit (two for terms of eight letters or more), the more frequent term on a
 * tie. Terms shorter than five letters and numbers are left alone.
 *
 * @example correctTypo(story, 'halvorsn') // → 'halvorsen' when the story uses "Halvorsen"
 */
export function correctTypo(story: Story, term: string): string | undefined {
  if (term.length < 5 || /\d/.test(term) || story.documentFrequency.has(term)) return undefined;
  const max = term.length >= 8 ? 2 : 1;
  let best: { term: string; distance: number; df: number } | undefined;
  const list = termsByInitial(story).get(term.slice(0, 2)) ?? [];
  for (const candidate of list.slice(0, MAX_COMPARED)) {
    if (Math.abs(candidate.length - term.length) > max) continue;
    const d = boundedDistance(term, candidate, max);
    if (d > max) continue;
    const df = story.documentFrequency.get(candidate) ?? 0;
    if (!best || d < best.distance || (d === best.distance && df > best.df)) best = { term: candidate, distance: d, df };
  }
  return best?.term;
}

/** Damerau–Levenshtein distance (adjacent swaps count one), giving up above `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}
