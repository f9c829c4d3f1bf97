import { MONTH_NAMES } from '../../text/calendarNames.js';
import type { Entity, Token } from '../entities.js';
import { DAY_WORDS } from './dateLexicon.js';

const MONTH_WORDS = new Set(MONTH_NAMES);

/** Words after a number that make it a count, not a day: "in March two companies merged", "May one of them". */
const COUNTED = new Set(['of', 'hundred', 'thousand', 'million', 'billion', 'percent', 'per', '%']);

/**
 * A month followed by its day written as a word ("April nine", "May twenty-first") is one DATE mention. wink-nlp tags
 * the month alone and the word as a CARDINAL, or, for "May", reads a verb and tags nothing. The month must be written
 * in full and capitalised, and not be a sentence's first word "May" (the verb) nor the surname after a given name; a
 * number followed by a noun or "of" counts things ("In May eight people died") and is left alone.
 *
 * @returns the entities with each such month and day word as one DATE, in text order
 * @example withSpelledDays(text, tokens, entities) // "named June nine as the deadline" → DATE "June nine"
 */
export function withSpelledDays(text: string, tokens: readonly Token[], entities: Entity[]): Entity[] {
  let out = entities;
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const month = tokens[i]!;
    if (!MONTH_WORDS.has(month.text)) continue;
    if (month.text === 'May' && (i === 0 || tokens[i - 1]!.pos === 'PROPN')) continue;
    let taken = 0;
    for (let n = 1; n <= 3 && i + n < tokens.length; n += 1) {
      const words = text
        .slice(tokens[i + 1]!.start, tokens[i + n]!.end)
        .toLowerCase()
        .replace(/[-\s]+/g, ' ');
      if (DAY_WORDS.has(words)) taken = n;
    }
    const next = tokens[i + taken + 1];
    if (taken === 0 || (next && (COUNTED.has(next.text.toLowerCase()) || next.pos === 'NOUN' || next.pos === 'PROPN'))) continue;
    const start = month.start;
    const end = tokens[i + taken]!.end;
    const date: Entity = { type: 'DATE', text: text.slice(start, end), start, end };
    out = [...out.filter((e) => e.end <= start || e.start >= end), date].sort((a, b) => a.start - b.start);
    i += taken;
  }
  return out;
}
