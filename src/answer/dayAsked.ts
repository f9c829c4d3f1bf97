import { DAY_OF_MONTH_RE, WEEKDAY_RE } from '../nlp/dates/dateLexicon.js';

/**
 * A question asking a day by the noun "date" or "day" ("On what date …", "What date did …", "What was the date of …",
 * "… the wedding date?", "What day did the crew return?"); not a day of the week, of a month or of a year asked by its
 * part ("What day of the week …").
 */
const DAY_ASKED =
  /\b(?:what|which)\s+(?:date|day)\b(?!\s+of\s+the\s+(?:week|month|year))(?!['’])|\bthe\s+(?:exact\s+|precise\s+)?date\s+(?:of|on|when)\b|\bdate\s*\?\s*$/i;

/** A day of a month, with or without its year ("12 May", "June 3, 1173", "the 3rd of June"). */
const DAY_OF_MONTH = new RegExp(DAY_OF_MONTH_RE, 'i');

/** A feast or holiday named by its own word ("Christmas", "Easter Monday", "Thanksgiving"). */
const NAMED_DAY = /\b(?:christmas|easter|thanksgiving|halloween|hogmanay|epiphany|pentecost|whitsun)\b/i;

/** A day of the week. */
const WEEKDAY = new RegExp(`\\b${WEEKDAY_RE}\\b`, 'i');

/** A feast's or holiday's name ending in "Day" or "Eve", capitalised ("New Year's Day", "Founders' Day", "May Eve"). */
const DAY_NAME = /\b\p{Lu}[\p{L}'’]*\s+(?:Day|Eve)\b/u;

/** "date" where a question asks a day by that noun, "day" where by that one, else undefined (DAY_ASKED). */
export function asksDay(question: string): 'date' | 'day' | undefined {
  const asked = DAY_ASKED.exec(question);
  if (!asked) return undefined;
  return /date/i.test(asked[0]) ? 'date' : 'day';
}

/**
 * Whether a date names a day: of a month ("3 June 1173", "July 24") or a feast (NAMED_DAY, DAY_NAME), or, where a day is
 * asked by "day", of the week ("Tuesday"); not only a year, a month or a time of day. A weekday alone gives no date.
 */
export function namesDay(text: string, asked: 'date' | 'day'): boolean {
  return DAY_OF_MONTH.test(text) || NAMED_DAY.test(text) || DAY_NAME.test(text) || (asked === 'day' && WEEKDAY.test(text));
}

/**
 * The candidates of a question asking a day (`asksDay`) with each time of day, month or year that names no day left out
 * where another candidate names a day of a month: "On what date did Orla Tellin drown?" is answered by "9 October 1604", not by
 * the hour ("4:10 a.m.") nor the year ("1604") of the same telling, which give another grain of time.
 *
 * @example ofAskedDay([TIME '4:10 a.m.', DATE '9 October 1604'], …) // → [DATE '9 October 1604']
 */
export function ofAskedDay<T>(
  candidates: readonly T[],
  asked: 'date' | 'day',
  typeOf: (c: T) => string,
  textOf: (c: T) => string,
): readonly T[] {
  if (!candidates.some((c) => typeOf(c) === 'DATE' && DAY_OF_MONTH.test(textOf(c)))) return candidates;
  return candidates.filter((c) => (typeOf(c) !== 'DATE' && typeOf(c) !== 'TIME') || namesDay(textOf(c), asked));
}

/** A question asking a year by that noun ("In what year …", "Which year did …", "… by what year's census?"). */
const YEAR_ASKED = /\b(?:what|which)\s+year\b/i;

/**
 * A year written in figures, alone, in a date or as its decade ("1604", "9 October 1604", "the 1600s", "44 BC"); not a
 * century ("the 14th century"), an hour, a weekday, nor a figure with a letter after it ("720p", a screen's lines).
 */
const NAMES_YEAR = /(?<![\d.:,])\b\d{3,4}s?\b(?![.:,]\d)|\b\d{1,4}\s*(?:BC|BCE|AD|CE)\b/;

/** Whether a question asks a year by the noun "year" (YEAR_ASKED). */
export function asksYear(question: string): boolean {
  return YEAR_ASKED.test(question);
}

/**
 * The candidates of a question asking a year (`asksYear`) with each date or time that names no year left out where
 * another date names one: "In what year was the final rebuilding of the Orrin tollhouse?" is answered by "1688", not by
 * "the 9th century" the same sentence gives its first raising, nor by a weekday or an hour.
 *
 * @example ofAskedYear([DATE '9th century', DATE '1688'], …) // → [DATE '1688']
 */
export function ofAskedYear<T>(candidates: readonly T[], typeOf: (c: T) => string, textOf: (c: T) => string): readonly T[] {
  if (!candidates.some((c) => typeOf(c) === 'DATE' && NAMES_YEAR.test(textOf(c)))) return candidates;
  return candidates.filter((c) => (typeOf(c) !== 'DATE' && typeOf(c) !== 'TIME') || NAMES_YEAR.test(textOf(c)));
}

/**
 * The candidates of a question asking a grain of time by its noun, "date", "day" (`ofAskedDay`) or "year"
 * (`ofAskedYear`), kept to those of that grain where one is offered; else all of them.
 */
export function ofAskedGrain<T>(
  candidates: readonly T[],
  question: string,
  typeOf: (c: T) => string,
  textOf: (c: T) => string,
): readonly T[] {
  const day = asksDay(question);
  if (day) return ofAskedDay(candidates, day, typeOf, textOf);
  return asksYear(question) ? ofAskedYear(candidates, typeOf, textOf) : candidates;
}
