/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** English weekday names, Sunday first (JavaScript's `getUTCDay` order). */
export const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Month names and abbreviations (lower case, without a trailing dot) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1] as [string, number]),
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Weekday names and abbreviations (lower case, without a trailing dot) → weekday number (0 = Sunday … 6 = Saturday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map<string, number>([
  ...WEEKDAY_NAMES.map((d, i) => [d.toLowerCase(), i] as [string, number]),
  ['sun', 0],
  ['mon', 1],
  ['tue', 2],
  ['tues', 2],
  ['wed', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['fri', 5],
  ['sat', 6],
]);

/** The letters (ASCII, lower case) a month's or a weekday's name or abbreviation opens with. */
const CALENDAR_INITIALS: ReadonlySet<number> = new Set([...MONTHS.keys(), ...WEEKDAYS.keys()].map((name) => name.charCodeAt(0)));

/**
 * Whether a text's first character may open a month's or a weekday's name: false only for an ASCII character that opens
 * none (a space, a figure, "B", "k"), so that most words and runs are answered without being lowered or cut into words.
 *
 * @example mayOpenCalendarName('Brekke') // → false; mayOpenCalendarName('may') // → true
 */
export function mayOpenCalendarName(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!(first < 128)) return text.length > 0;
  return CALENDAR_INITIALS.has(first >= 65 && first <= 90 ? first + 32 : first);
}

/**
 * Whether a word is a month or weekday name or abbreviation ("March", "Sept.", "Thu"), or a weekday's plural ("open on
 * **Sundays**": a day of every week, no name).
 *
 * @example isCalendarName('Sept.') // → true
 * @example isCalendarName('Thursdays') // → true
 */
export function isCalendarName(word: string): boolean {
  if (!mayOpenCalendarName(word)) return false;
  const lower = word.toLowerCase();
  const w = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return MONTHS.has(w) || WEEKDAYS.has(w) || (w.endsWith('days') && WEEKDAYS.has(w.slice(0, -1)));
}

const SPELLED_CALENDAR_NAMES: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((n) => n.toLowerCase()));

/**
 * Whether a word is a month or weekday name written out ("Thursday", "March", "Sundays"), which dates what it stands
 * by and is never a title's or a side's word ("On Thursday conciliator Ivo Brandt …"). Abbreviations are left out:
 * alone, "Sun" or "Jan" is as often a newspaper or a given name.
 *
 * @example isSpelledCalendarName('Thursday') // → true
 * @example isSpelledCalendarName('Sun') // → false
 */
export function isSpelledCalendarName(word: string): boolean {
  const w = word.toLowerCase();
  return SPELLED_CALENDAR_NAMES.has(w) || (w.endsWith('days') && SPELLED_CALENDAR_NAMES.has(w.slice(0, -1)));
}
