import type { Entity } from '../nlp/entities.js';
import { amountUnit, askedUnit } from './unitFit.js';

/**
 * "How high / tall / long / far / wide / deep / thick / heavy …?": the adjective of a dimension the question asks; English
 * writes most after a measure ("four storeys **high**", "two lanes **wide**", "ten paces **long**").
 */
const HOW_DIMENSION = /\bhow\s+(high|tall|long|far|wide|deep|thick|heavy)\b/i;

/** The dimensions whose adjective English writes after a measure ("ten paces long"; not "far" or "heavy"). */
const WRITTEN_AFTER = new Set(['high', 'tall', 'long', 'wide', 'deep', 'thick']);

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
  if (asked === undefined || !WRITTEN_AFTER.has(asked)) return amount;
  const words = NEXT_WORDS.exec(sentence.slice(amount.end))?.[0].slice(1).split(' ') ?? [];
  const at = words.findIndex((w, k) => k > 0 && w.toLowerCase() === asked);
  const unit = words.slice(0, at).join(' ');
  if (at < 0 || NO_UNIT.test(unit)) return amount;
  const end = amount.end + 1 + unit.length;
  return { ...amount, text: sentence.slice(amount.start, end), end };
}

/** The nouns English names each dimension by ("a **height** of 90 metres", "a **length** of two miles"). */
const DIMENSION_NOUNS: Readonly<Record<string, readonly string[]>> = {
  high: ['height', 'altitude', 'elevation'],
  tall: ['height'],
  long: ['length'],
  far: ['distance'],
  wide: ['width', 'breadth'],
  deep: ['depth'],
  thick: ['thickness'],
  heavy: ['weight'],
};

/**
 * "How tall is the tower?": the nouns of the dimension asked, which a sentence may give the measure by without the
 * question's adjective or its subject's name ("It rises to a **height** of 90 metres"). None for "how long" asked of a time
 * ("how long ago", "how long did it take"), where "length" names no span.
 *
 * @example dimensionNouns('How tall is the Orla Tower?') // → ['height']
 */
export function dimensionNouns(question: string): readonly string[] {
  const asked = HOW_DIMENSION.exec(question)?.[1]?.toLowerCase();
  return asked === undefined ? [] : (DIMENSION_NOUNS[asked] ?? []);
}

/**
 * A figure and one or two unit words ("12-foot", "140 miles", "4 ft"), or two of them ("5 feet 9 inches"), ending just
 * before an opening bracket.
 */
const MEASURE_BEFORE_BRACKET =
  /(?<![\p{L}\p{N}.,])(\d[\d,]*(?:\.\d+)?(?:[- ]\p{L}[\p{L}.]*){1,2}(?: \d[\d,]*(?:\.\d+)?(?:[- ]\p{L}[\p{L}.]*){1,2})?)\s*\(\s*$/u;

/** An amount written with a unit word after it ("3.7 m", "225 km", "4 ft 11 in"). */
const MEASURE = /^\d[\d,]*(?:\.\d+)?\s?\p{L}/u;

/**
 * The measure a bracketed amount converts: "a 12-foot (3.7 m) wall", "140 miles (225 km) north". A writer gives the
 * measure in the units of the text first and its conversion in brackets, so the answer is the one written first; the
 * bracket holds the same measure, not another. Undefined where the amount stands in no bracket right after a measure of
 * its dimension, or the question asks a unit by name ("How many kilometres …": the bracket's unit is the one asked).
 *
 * @example convertedFrom('A 12-foot (3.7 m) high wall.', '3.7 m', 'How high is the wall?') // → '12-foot'
 */
export function convertedFrom(sentence: string, written: string, question: string): string | undefined {
  // "How many kilometres …": the bracket's unit is the one asked.
  if (!MEASURE.test(written) || askedUnit(question)?.name !== undefined) return undefined;
  const dimension = amountUnit(written)?.dimension;
  if (dimension === undefined) return undefined;
  for (let at = sentence.indexOf(written); at >= 0; at = sentence.indexOf(written, at + 1)) {
    if (!/^\s*\)/.test(sentence.slice(at + written.length))) continue;
    const outer = MEASURE_BEFORE_BRACKET.exec(sentence.slice(Math.max(0, at - 40), at))?.[1];
    if (outer && amountUnit(outer)?.dimension === dimension) return outer;
  }
  return undefined;
}
