import type { Entity } from '../nlp/entities.js';

/**
 * "How high / tall / long / wide / deep / thick …?": the adjective of a dimension the question asks, which English also
 * writes after a measure ("four storeys **high**", "two lanes **wide**", "ten paces **long**").
 */
const HOW_DIMENSION = /\bhow\s+(high|tall|long|wide|deep|thick)\b/i;

/** The first three words after an amount, each after one space. */
const NEXT_WORDS = /^(?: [\p{L}][\p{L}'-]*){1,3}/u;

/** Words that are no unit noun between a figure and an adjective ("four *times as* high", "two *or* three"). */
const NO_UNIT = /\b(?:times?|as|so|too|more|less|or|and|than|of|the|a|an)\b/i;

/**
 * An amount widened over the noun it counts where its sentence writes that noun before the adjective of the dimension the
 * question asks: "four storeys high" answers "How high are the halls?" as **four storeys**, not "four", which names no
 * measure. Two words at most (the unit and a word before it: "three full storeys high"), and no word of comparison or
 * coordination. The amount is returned unchanged where the question asks no such dimension or the sentence writes none
 * after it.
 *
 * @example measuredBy('The halls are four storeys high.', {type: 'CARDINAL', text: 'four', start: 14, end: 18}, 'How high are the halls?').text
 * // → 'four storeys'
 */
export function measuredBy(sentence: string, amount: Entity, question: string): Entity {
  const asked = HOW_DIMENSION.exec(question)?.[1]?.toLowerCase();
  if (asked === undefined) return amount;
  const words = NEXT_WORDS.exec(sentence.slice(amount.end))?.[0].slice(1).split(' ') ?? [];
  const at = words.findIndex((w, k) => k > 0 && w.toLowerCase() === asked);
  const unit = words.slice(0, at).join(' ');
  if (at < 0 || NO_UNIT.test(unit)) return amount;
  const end = amount.end + 1 + unit.length;
  return { ...amount, text: sentence.slice(amount.start, end), end };
}
