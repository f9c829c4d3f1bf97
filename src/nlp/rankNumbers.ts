/**
 * A number after "number" or "No." is a place in a ranking ("the world number three", "No. 4 seed", "reached number 2"),
 * not a count: it is read as an ORDINAL spanning "number three", so a how-many question does not take it for an amount
 * and the rank reads as a role.
 */
import type { Entity, Token } from './entities.js';

/** The words that turn the number after them into a rank. */
const RANK_MARK = /^(?:number|no\.)$/i;

/**
 * Whether the word before "number" leaves it a rank ("the number two", "reached number 2", "world number one", "European
 * number one"): a lower-case noun or adjective other than "world" makes a label of it ("atomic number 8", "phone number 5").
 */
function ranking(before: Token | undefined): boolean {
  if (before === undefined || (before.pos !== 'NOUN' && before.pos !== 'ADJ')) return true;
  return before.text.toLowerCase() === 'world' || /^\p{Lu}/u.test(before.text);
}

/**
 * The entities with each CARDINAL that follows "number" / "No." retyped ORDINAL, its span widened to the mark.
 *
 * @example withRankNumbers(tokensOf('She is the world number three.'), [{ type: 'CARDINAL', text: 'three', … }])
 * // → [{ type: 'ORDINAL', text: 'number three', … }]
 */
export function withRankNumbers(text: string, tokens: readonly Token[], entities: Entity[]): Entity[] {
  if (!entities.some((e) => e.type === 'CARDINAL')) return entities;
  return entities.map((e) => {
    if (e.type !== 'CARDINAL') return e;
    const i = tokens.findIndex((t) => t.start === e.start);
    const mark = tokens[i - 1];
    // "No." with a capital only: a lower-case "no" before a number is a negation ("no 3 people agreed").
    if (i < 1 || mark === undefined || !RANK_MARK.test(mark.text) || mark.text === 'no.' || !ranking(tokens[i - 2])) return e;
    const rank: Entity = { ...e, type: 'ORDINAL', text: text.slice(mark.start, e.end), start: mark.start };
    return rank;
  });
}
