/**
 * |a ∩ b| / min(|a|, |b|): how much of the smaller set the larger one repeats; 0 when either is empty.
 *
 * @example overlap(new Set(['a', 'b']), new Set(['b', 'c', 'd'])) // → 0.5
 */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.size === 0) return 0;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared += 1;
  return shared / small.size;
}
