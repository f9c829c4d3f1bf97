import type { Entity } from '../entities.js';
import { allMatches } from '../allMatches.js';

/** "the 1050s", "the mid-1800s", "the late 1700s": decades and centuries written as a year with "s" (1000s to 2090s). */
const DECADE = /(?<![\p{L}\p{N},.'’-])(?:(?:early|mid|late)[\s-]*)?(?:1\d\d0|20\d0)s(?![\p{L}\p{N}])/giu;

/**
 * The entities with each decade or century written as a year with "s" as one DATE, which wink-nlp tags for some
 * years ("1990s") and not others ("1050s", "mid-1800s"); a mention already there that covers it is kept.
 *
 * @example withDecades('He served in the 1620s.', []) // → [DATE '1620s']
 */
export function withDecades(text: string, entities: Entity[]): Entity[] {
  if (!/\d0s/.test(text)) return entities;
  let out = entities;
  for (const m of allMatches(DECADE, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((e) => e.type === 'DATE' && e.start <= start && e.end >= end)) continue;
    const date: Entity = { type: 'DATE', text: m[0], start, end };
    out = [...out.filter((e) => e.end <= start || e.start >= end), date].sort((a, b) => a.start - b.start);
  }
  return out;
}
