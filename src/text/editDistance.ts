/**
 * Levenshtein distance between two strings (insertions, deletions and substitutions cost 1), giving up early:
 * once every path costs more than `max`, it returns `max + 1`.
 *
 * @example editDistance('lutsky', 'lutskyy') // → 1
 * @example editDistance('pellow', 'farrant', 2) // → 3 (more than 2)
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Two rows reused from call to call (an array per row was most of a fuzzy name lookup's time).
  if (rows[0].length < n + 1) rows = [new Int32Array(2 * (n + 1)), new Int32Array(2 * (n + 1))];
  let [prev, cur] = rows;
  for (let j = 0; j <= n; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[n]!;
}

let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];
