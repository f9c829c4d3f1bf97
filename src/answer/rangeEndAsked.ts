/**
 * The end of a range of amounts a question asks for: "What is the smallest number of …?" asks the low end of "between
 * 40 and 120", "… at most …?" the high end. A range answers a question asking for the amount, not one asking for one
 * of its bounds.
 */

import { figureValue } from '../nlp/amounts.js';

/** Words asking for the low end of an amount ("the smallest number", "at least"). */
const LOW = 'smallest|lowest|fewest|least|minimum|minimal';
/** Words asking for the high end ("the largest number", "at most"). */
const HIGH = 'largest|highest|greatest|biggest|most|maximum|maximal';

/** Nouns that name an amount itself, so a superlative before them asks a bound of it ("the lowest **estimate**"). */
const AMOUNT_NOUN = '(?:number|amount|figure|estimate|count|total|value|quantity|sum)s?';

/**
 * A bound asked: "at least" / "at most", "minimum" / "maximum" anywhere, or a superlative up to one word before a noun
 * of an amount ("the smallest number", "the highest total estimate"). A superlative before another noun tells which
 * thing is meant ("the largest city"), not which end of its amount.
 */
const BOUND_ASKED = (words: string, alone: string) =>
  new RegExp(`\\bat\\s+(?:${words})\\b|\\b(?:${words})\\s+(?:\\S+\\s+)?${AMOUNT_NOUN}\\b|\\b(?:${alone})\\b`, 'i');
const LOW_ASKED = BOUND_ASKED(LOW, 'minimum|minimal');
const HIGH_ASKED = BOUND_ASKED(HIGH, 'maximum|maximal');

/** The two ends of a range of amounts: "40 and 120", "4,000 to 6,000", "15–65", "5 to 15 years". */
const RANGE_ENDS = /^(.*?\d\S*)(\s+(?:to|and)\s+|\s*[–—]\s*)(.*\d.*)$/;

/** The value of a text's first figure ("4,000 tonnes" → 4000); NaN for none. */
function firstFigure(text: string): number {
  const m = FIGURE.exec(text);
  return m ? figureValue(m[0]) : Number.NaN;
}
const FIGURE = /\d[\d,]*(?:\.\d+)?/;

/** Any word of either end, standing anywhere in a question. */
const LOW_WORD = new RegExp(`\\b(?:${LOW})\\b`, 'i');
const HIGH_WORD = new RegExp(`\\b(?:${HIGH})\\b`, 'i');

/**
 * Whether a question asks the low end of an amount ('low') or the high end ('high'); neither where it writes a word of
 * the other end as well ("the lowest and highest figures", "at least … the most …").
 */
export function boundAsked(question: string): 'low' | 'high' | undefined {
  if (LOW_ASKED.test(question) && !HIGH_WORD.test(question)) return 'low';
  if (HIGH_ASKED.test(question) && !LOW_WORD.test(question)) return 'high';
  return undefined;
}

/**
 * The end of a range of amounts a question asks for, as the part of the sentence shown: the lower figure for "the
 * smallest / lowest / fewest / minimum … / at least", the higher for the opposite; none for a question asking neither
 * or a mention that is no range. Offsets are the sentence's, as the range's are.
 *
 * @example rangeEndAsked('What is the smallest number of boats?', { text: '40 and 120', start: 8 }) // → { start: 8, end: 10 }
 */
export function rangeEndAsked(question: string, range: { text: string; start: number }): { start: number; end: number } | undefined {
  const m = RANGE_ENDS.exec(range.text);
  if (!m) return undefined;
  const bound = boundAsked(question);
  if (bound === undefined) return undefined;
  const first = m[1]!;
  const second = m[3]!;
  const a = firstFigure(first);
  const b = firstFigure(second);
  if (Number.isNaN(a) || Number.isNaN(b) || a === b) return undefined;
  const firstAsked = a < b === (bound === 'low');
  if (firstAsked) return { start: range.start, end: range.start + first.length };
  const at = range.start + first.length + m[2]!.length;
  return { start: at, end: range.start + range.text.length };
}
