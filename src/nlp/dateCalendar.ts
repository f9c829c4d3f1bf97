/**
 * Small, dependency-free calendar arithmetic used by the date resolver.
 *
 * Days are handled as "day numbers" (whole days since 1970-01-01, UTC), so adding days, finding weekdays
 * and comparing dates never involve time zones or daylight-saving shifts.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendarNames.js';

/** Lowest and highest year the resolver will produce or accept. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

const MS_PER_DAY = 86_400_000;

export { MONTHS, WEEKDAYS } from '../text/calendarNames.js';

const WEEKDAY_SHORT = WEEKDAY_NAMES.map((d) => d.slice(0, 3));
const MONTH_SHORT = MONTH_NAMES.map((m) => m.slice(0, 3));

/** Whether `year` lies in the range the resolver works with. */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year/month/day names a real calendar day within the supported years. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    isSupportedYear(year) &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Day number of a calendar day. The caller guarantees the day is valid (see {@link isValidDay}). */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  return Math.round(date.getTime() / MS_PER_DAY);
}

function dateOf(n: number): Date {
  return new Date(n * MS_PER_DAY);
}

/** Year of a day number. */
export function yearOf(n: number): number {
  return dateOf(n).getUTCFullYear();
}

/** Month (1–12) of a day number. */
export function monthOf(n: number): number {
  return dateOf(n).getUTCMonth() + 1;
}

/** JS weekday (0 = Sunday … 6 = Saturday) of a day number. */
export function weekdayOf(n: number): number {
  return dateOf(n).getUTCDay();
}

/** Day number of the Monday that starts the ISO week containing day `n`. */
export function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}

/** The latest day ≤ `n` falling on `weekday` (0 = Sunday). */
export function onOrBefore(n: number, weekday: number): number {
  return n - ((weekdayOf(n) - weekday + 7) % 7);
}

/** The earliest day ≥ `n` falling on `weekday` (0 = Sunday). */
export function onOrAfter(n: number, weekday: number): number {
  return n + ((weekday - weekdayOf(n) + 7) % 7);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(n: number): string {
  const d = dateOf(n);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** `YYYY-MM`. */
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/**
 * Day number of an ISO date (`YYYY-MM-DD`, optionally followed by a time, e.g. `2031-03-16T08:00:00Z`),
 * or undefined when the text is not a valid date in the supported years.
 */
export function parseIsoDay(text: string): number | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDay(y, mo, d) ? dayNumber(y, mo, d) : undefined;
}

/** "Sun 16 Mar 2031". */
export function labelDay(n: number): string {
  const d = dateOf(n);
  return `${WEEKDAY_SHORT[d.getUTCDay()] ?? ''} ${d.getUTCDate()} ${MONTH_SHORT[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}

/** "16 Mar 2031" (no weekday). */
export function labelDayShort(n: number): string {
  const d = dateOf(n);
  return `${d.getUTCDate()} ${MONTH_SHORT[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}

/** "Mar 2031" (month 1–12). */
export function labelMonth(year: number, month: number): string {
  return `${MONTH_SHORT[month - 1] ?? ''} ${year}`;
}
