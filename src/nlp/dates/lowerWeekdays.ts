import type { Entity } from '../entities.js';

/**
 * A DATE that is only a weekday abbreviation in lower case, with at most the words that point to a week before it:
 * "sat" and "wed" are verbs far more often ("they last sat down", "will wed"), and an article writes the weekday
 * "Sat." or "Saturday".
 */
const LOWER_WEEKDAY_ONLY =
  /^(?:(?:this coming|this past|last|next|this|coming|past|previous|on)\s+)?(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\.?$/iu;
/** The same abbreviations written in lower case (the test of case after the pattern above, which ignores it). */
const LOWER_ABBREVIATION = /(?:^|\s)(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\.?$/u;
/** Between a DATE and the one after it when they make one date ("wed 3 march", "wed, 3 march"). */
const DATE_BESIDE = /^[\s,]*$/u;

/**
 * The entities without each DATE that is a lone lower-case weekday abbreviation (wink-nlp tags "last sat" in "they
 * last sat down" and "wed" in "will wed" as dates): a weekday so written is a date only with a date beside it ("wed
 * 3 march"). Capitalised abbreviations ("Sat.", "next Thu") and full names are kept.
 *
 * @example withoutLowerWeekdays('Pell and Orsk last sat down in May.', [DATE 'last sat', DATE 'May']) // → [DATE 'May']
 */
export function withoutLowerWeekdays(text: string, entities: Entity[]): Entity[] {
  const lone = (e: Entity, i: number): boolean => {
    if (e.type !== 'DATE' || e.text.length > 22 || !LOWER_WEEKDAY_ONLY.test(e.text) || !LOWER_ABBREVIATION.test(e.text)) return false;
    const next = entities[i + 1];
    return next?.type !== 'DATE' || LOWER_WEEKDAY_ONLY.test(next.text) || !DATE_BESIDE.test(text.slice(e.end, next.start));
  };
  return entities.some(lone) ? entities.filter((e, i) => !lone(e, i)) : entities;
}
