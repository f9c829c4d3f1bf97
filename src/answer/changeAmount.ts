import type { Token } from '../nlp/entities.js';

/** A verb of change in a sum or a level ("how much did costs rise?"), which a share or a difference answers ("by 4%"). */
export const CHANGE_ASKED =
  /\b(?:increase[sd]?|increasing|rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|drop(?:s|ped|ping)?|grow|grows|grew|grown|growing|decline[sd]?|declining|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|cut|cuts|reduce[sd]?|reducing|double[sd]?|change[sd]?)\b/i;

/** Verbs of a gain or a loss in a level, besides those of CHANGE_ASKED ("gained", "shed", "slid", "plunged"). */
const GAIN_OR_LOSS =
  /\b(?:gain(?:s|ed|ing)?|lose|loses|lost|losing|shed|sheds|slip(?:s|ped)?|slide|slides|slid|plunge[sd]?|tumble[sd]?|surge[sd]?|soar(?:s|ed)?|sink|sinks|sank)\b/i;

/** A question asking an amount: "how much …", "by what percentage …". */
const AMOUNT_ASKED = /\bhow\s+much\b|\bwhat\s+(?:percentage|percent|share)\b/i;

/** Words right before a figure that make it the size of a change ("up 4%", "down 12 points", "rose by 3%"). */
const CHANGE_MARK = new Set(['up', 'down', 'by']);

/**
 * Whether a question asks how much something gained, lost, rose or fell: a change, which "up 4%" answers, not the
 * level it reached ("to 3,000").
 *
 * @example asksChange('How much did the index gain on Monday?') // → true
 * @example asksChange('How much did the ferry cost?') // → false
 */
export function asksChange(question: string): boolean {
  return AMOUNT_ASKED.test(question) && (CHANGE_ASKED.test(question) || GAIN_OR_LOSS.test(question));
}

/**
 * Whether the figure opening at token `startAt` is written as a change: after "up", "down" or "by", or right after a
 * verb of change ("dropped **9%**").
 */
export function writtenAsChange(tokens: readonly Token[], startAt: number): boolean {
  const before = tokens[startAt - 1];
  if (!before) return false;
  if (CHANGE_MARK.has(before.text.toLowerCase())) return true;
  return before.pos === 'VERB' && (CHANGE_ASKED.test(before.text) || GAIN_OR_LOSS.test(before.text));
}
