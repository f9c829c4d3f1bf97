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
/** The same abbreviations in capitals ("SAT", "WED."). */
const UPPER_ABBREVIATION = /(?:^|\s)(?:SUN|MON|TUES?|WED|THU(?:RS?)?|FRI|SAT)\.?$/u;
/** A word in capitals (two letters or more) and what stands between it and the end of the text before a DATE. */
const CAPITALS_BEFORE = /(?:^|[^\p{L}])\p{Lu}{2,}[^\p{L}]*$/u;
/** What stands between a DATE and a word in capitals (two letters or more) right after it. */
const CAPITALS_AFTER = /^[^\p{L}]*\p{Lu}{2,}(?!\p{L})/u;
/** A dateline's weekday: a comma after the place before it, and a dash after it ("PORT AVEL, SAT. — …"). */
const DATELINE_BEFORE = /,\s*$/u;
const DATELINE_AFTER = /^\s*(?:—|–|--?)/u;
/** Between a DATE and the one after it when they make one date ("wed 3 march", "wed, 3 march"). */
const DATE_BESIDE = /^[\s,]*$/u;

/**
 * Whether a weekday abbreviation in a DATE is written with no case to tell it from a word: in lower case ("last sat"),
 * or in capitals among words in capitals ("THEY LAST SAT DOWN", a headline's), where "SAT" is as often the verb.
 */
function caseless(text: string, e: Entity): boolean {
  if (LOWER_ABBREVIATION.test(e.text)) return true;
  if (!UPPER_ABBREVIATION.test(e.text)) return false;
  return CAPITALS_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start)) || CAPITALS_AFTER.test(text.slice(e.end, e.end + 40));
}

/** Whether a DATE stands as a dateline's weekday, after the place and its comma and before a dash ("TARNBY, SAT. —"). */
function datelineWeekday(text: string, e: Entity): boolean {
  return DATELINE_BEFORE.test(text.slice(Math.max(0, e.start - 4), e.start)) && DATELINE_AFTER.test(text.slice(e.end, e.end + 4));
}

/**
 * The entities without each DATE that is a lone weekday abbreviation written with no case to tell it from a word
 * (wink-nlp tags "last sat" in "they last sat down", "wed" in "will wed" and "LAST SAT" in "THEY LAST SAT DOWN" as
 * dates): a weekday so written is a date only with a date beside it ("wed 3 march") or as a dateline's ("PORT AVEL,
 * SAT. — …"). Capitalised abbreviations ("Sat.", "next Thu"), capitals among other words ("Pell SAT down") and full
 * names are kept.
 *
 * @example withoutLowerWeekdays('Pell and Orsk last sat down in May.', [DATE 'last sat', DATE 'May']) // → [DATE 'May']
 * @example withoutLowerWeekdays('TARNBY, SAT. — The mill shut.', [DATE 'SAT.']) // → [DATE 'SAT.']
 */
export function withoutLowerWeekdays(text: string, entities: Entity[]): Entity[] {
  const lone = (e: Entity, i: number): boolean => {
    if (e.type !== 'DATE' || e.text.length > 22 || !LOWER_WEEKDAY_ONLY.test(e.text) || !caseless(text, e)) return false;
    if (datelineWeekday(text, e)) return false;
    const next = entities[i + 1];
    return next?.type !== 'DATE' || LOWER_WEEKDAY_ONLY.test(next.text) || !DATE_BESIDE.test(text.slice(e.end, next.start));
  };
  return entities.some(lone) ? entities.filter((e, i) => !lone(e, i)) : entities;
}
