import type { Entity } from '../nlp/entities.js';
import type { Sentence } from '../nlp/splitSentences.js';

/** A letter written against the figure: "O2", "F16", "4G" name a molecule, a model or a standard, not an amount. */
const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;
/** An era word before a year ("AD 70", "A.D. 410") or after it ("300 BC"): the figure is a date, not an amount. */
const ERA_BEFORE = /(?:^|[^\p{L}.])(?:AD|A\.D\.|CE|C\.E\.)\s*$/u;
const ERA_AFTER = /^\s*(?:AD|A\.D\.|BC|B\.C\.|BCE|B\.C\.E\.|CE|C\.E\.)(?!\p{L})/u;
/** A short capitalised word closing a line with no mark after it ("O", "CO", "SiO"): a formula whose subscript went to the next line. */
const FORMULA_END = /(?:^|[^\p{L}])\p{Lu}\p{L}{0,2}$/u;

/**
 * Whether an amount (widened to its unit, amountSpan.ts) is only part of something that is no amount: a figure glued
 * to letters ("CO2", "F16", "4G"; a unit or scale glued to it, "2.5km", "$54m", is in the span already), a year
 * beside an era word ("AD 70", "300 BC"), or the subscript of a formula written on a line of its own ("O⏎2": the
 * figure opens its sentence, and the sentence before, one line break away, ends in a short capitalised word with no
 * mark after it). Such a figure answers no question asking a number.
 *
 * @param previous the sentence before in the same article, if any
 * @example figureFragment('The G7 met.', {type: 'CARDINAL', text: '7', start: 5, end: 6}) // → true
 */
export function figureFragment(sentence: Sentence, amount: Entity, previous?: Sentence): boolean {
  const text = sentence.text;
  const before = text.slice(Math.max(0, amount.start - 6), amount.start);
  const after = text.slice(amount.end, amount.end + 8);
  if (LETTER_BEFORE.test(before) || LETTER_AFTER.test(after) || ERA_BEFORE.test(before) || ERA_AFTER.test(after)) return true;
  return amount.start === 0 && previous !== undefined && previous.end + 1 === sentence.start && FORMULA_END.test(previous.text);
}
