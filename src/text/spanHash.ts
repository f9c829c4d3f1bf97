/**
 * A hash of the characters `text[start … end)` (FNV-1a, then mixed so that its low bits spread): for tables that find
 * a word by its place in a text, without making a string of it.
 *
 * @example spanHash('the stock', 4, 9) === spanHash('stock', 0, 5) // → true
 */
export function spanHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let p = start; p < end; p += 1) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
