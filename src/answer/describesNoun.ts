import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';

/** A word opening with a small letter. */
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * Whether the candidate of tokens [startAt, endAt] describes the common noun right after it — a word taken out of its
 * noun phrase ("the **Mongol** armies", "**Supplementary** sources", "a **steam** engine") — where that noun is neither
 * the question's focus noun ("the **Song** dynasty" for "Which dynasty …": focusBeside.ts) nor another of its words.
 * Such a word names which one of the noun's kind, so it answers a which-NOUN question on that noun, seldom one asking for
 * a person, a place or a thing by another noun. A feature of the candidate model (candidateModel.ts), whose weight the
 * fit learns.
 *
 * @example describesNoun(tokens of "The Mongol armies rode west.", 1, 1, 'empire', isAsked) // → true
 */
export function describesNoun(
  tokens: readonly Token[],
  startAt: number,
  endAt: number,
  focus: string | null,
  asked: (t: Token) => boolean,
): boolean {
  if (startAt < 0 || endAt < startAt) return false;
  const next = tokens[endAt + 1];
  if (next === undefined || next.pos !== 'NOUN' || !LOWER_FIRST.test(next.text) || asked(next)) return false;
  return focus === null || termOf(next.text) !== focus;
}
