import type { Entity, Token } from '../entities.js';
import { allMatches } from '../allMatches.js';

/**
 * Weekends wink-nlp does not tag: "this weekend", "last weekend", "over the weekend", "during the weekend". The
 * determiner is kept ("the weekend" resolves from the words before it: see resolveDate); a weekend that is a
 * modifier ("weekend trading": a noun follows; "the weekend's talks") is left alone.
 */
const WEEKEND =
  /(?<![\p{L}\p{N}])(?:(?:this\s+coming|this\s+past|the\s+coming|the\s+past|the\s+previous|the\s+following|this|last|next|previous|that|the)\s+)weekend(?![\p{L}\p{N}'’-])/giu;
/** "earlier in the day", "later in the week": a part of a span named relative to the report; wink tags only "day". */
const PART_OF_SPAN = /(?<![\p{L}\p{N}])(?:earlier|later)\s+(?:in|that)\s+(?:the\s+)?(?:day|week|month|year)(?![\p{L}\p{N}])/giu;

/**
 * The entities with each weekend phrase and each "earlier/later in the day/week" as one DATE, replacing any shorter
 * mention inside it (wink's DURATION "day" of "earlier in the day"), in text order. No calendar day is guessed here:
 * a weekend is placed on the calendar from the article's date by resolveDate, and "earlier in the day" is not.
 *
 * @example withRelativeDays('The ministers met over the weekend.', tokens, []) // → [DATE 'the weekend']
 */
export function withRelativeDays(text: string, tokens: readonly Token[], entities: Entity[]): Entity[] {
  if (!/weekend|earlier|later/i.test(text)) return entities;
  let out = entities;
  for (const re of [WEEKEND, PART_OF_SPAN]) {
    for (const m of allMatches(re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (tokens.find((t) => t.start >= end)?.pos === 'NOUN') continue;
      // A mention already there that is longer or starts before (a date wink read whole) wins.
      if (out.some((e) => e.start < end && e.end > start && (e.start < start || e.end > end))) continue;
      const date: Entity = { type: 'DATE', text: m[0], start, end };
      out = [...out.filter((e) => e.end <= start || e.start >= end), date].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}
