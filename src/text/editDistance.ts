/**
 * Levenshtein distance between two strings (insertions, deletions and substitutions cost 1), giving up early:
 * once every path costs more than `max`, it returns `max + 1`.
 *
 * @example editDistance('lutsky', 'lutskyy') // → 1
 * @example editDistance('pellow', 'farrant', 2) // → 3 (more than 2)
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
