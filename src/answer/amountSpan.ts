import type { Entity, EntityType } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';

/** Scale words after a number ("1.5 billion", "767 mln", "$54m"). General English and newswire style. */
const SCALES = /^(?:hundred|thousand|million|billion|trillion|mln|bln|bn|mn|m|k|b|tn|pct|percent|per\s+cent)\b\.?/i;
/** Currency and common unit words after an amount ("50 mln dlrs", "20,000 pounds", "300 points", "30 kPa", "2.5 gigatons"). */
const UNITS =
  /^(?:dlrs|dollars?|usd|euros?|pounds?|sterling|stg|yen|yuan|francs?|marks?|rupees?|roubles?|rubles?|cents?|pence|barrels?|tonnes?|tons?|kilometres?|kilometers?|km|miles?|metres?|meters?|feet|foot|kg|kilograms?|pounds?|acres?|hectares?|degrees?|percentage\s+points?|lira|lire|pesos?|rand|kron(?:a|or|er|e)|dinars?|shillings?|guineas?|florins?|ducats?|(?:square|cubic)\s+(?:kilomet(?:re|er)s?|met(?:re|er)s?|miles?|feet|foot|inches|yards?)|(?:kilo|centi|milli|micro|nano)?(?:met(?:re|er)s?|grams?|litres?|liters?|watts?|volts?|hertz)|(?:[kcm]?m[23]|nm|mm|cm|µm|mg|ml|kw|mw|gw|kwh|hz|khz|mhz|ghz|mph|kph|ft|lb|lbs|oz|sq\s+mi|sq\s+km)|inch(?:es)?|yards?|ounces?|gallons?|calories|bytes|kilobytes|megabytes|gigabytes|horsepower|hp|knots?|atmospheres?|bar|pascals?|[khMG]Pa|kelvins?|(?:kilo|mega|giga)(?:tons?|tonnes?)|joules?|daltons?|da)\b/i;
/** A degree sign, with the scale a temperature names after it ("12 °C", "30°F", "an angle of 45°"): no word edge after the sign. */
const DEGREES = /^°(?:\s?[CFK]\b)?/;
/** A unit's rate written with a slash after it ("120 km/h", "300 m3/s", "2 cm/yr"): letters only, so no fraction. */
const PER_UNIT = /^\/(?:s|sec|h|hr|min|d|day|yr|year|km|kg|m|l)\b/i;
/** Text ending in a unit written in letters, or in a letter and a power ("km", "m3"). */
const ENDS_IN_UNIT = /\p{L}[23]?$/u;
/** A fraction joined to its count by a hyphen ("one-half mile", "two-thirds"): part of the figure, its unit after it. */
const FRACTION = /^(?:half|thirds?|quarters?|fifths?|eighths?)\b/i;
/** A time unit after a count: "10 years" answers "how many years" and "how long". */
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b/i;

/**
 * The expressions `amountSpan` reads, as module constants: a literal in the function is a new object each time it runs,
 * and it runs for every amount of every candidate sentence of a number question.
 */
const CURRENCY_BEFORE = /(?:US)?[$£€¥]\s?$/;
/** A space, or a hyphen before a letter, between a figure and its unit ("30-second"). */
const UNIT_GAP = /^(?:[ \u00A0]|-(?=\p{L}))?/u;
/** Three Latin letters or more. */
const LATIN_WORD = /^[A-Za-z]{3,}/;
/** Up to three words of letters. */
const UP_TO_THREE_WORDS = /^[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,2}/u;

/**
 * An amount with its unit: a number entity widened over a currency sign before it ("$", "£", "€", "¥")
 * and over the scale and unit words after it ("1.5 billion dlrs", "£11.2 million", "10 years"), and over
 * the noun the question counts ("how many drones" → "12 drones") when it follows. Offsets are into
 * the sentence; the entity is returned unchanged when nothing widens it. `withCounted: false` leaves the
 * counted noun out (a short answer is the figure with its unit: "19", not "19 people").
 *
 * @example amountSpan('It cost $54m.', {type: 'MONEY', text: '$54', start: 8, end: 11}).text // → '$54m'
 */
export function amountSpan(sentence: string, entity: Entity, countedTerms: ReadonlySet<string> = new Set(), withCounted = true): Entity {
  let start = entity.start;
  let end = entity.end;
  const before = sentence.slice(Math.max(0, start - 3), start);
  const sign = CURRENCY_BEFORE.exec(before);
  if (sign) start -= sign[0].length;
  for (let step = 0; step < 3; step += 1) {
    const rest = sentence.slice(end);
    // "a 30-second spot", "a 25-foot wall": a unit joined to its figure by a hyphen.
    const gap = UNIT_GAP.exec(rest)![0].length;
    const next = rest.slice(gap);
    const hyphened = gap === 1 && rest[0] === '-';
    // "120 km/h", "300 m3/s": a rate written with a slash right after its unit.
    const perUnit = gap === 0 && next[0] === '/' && ENDS_IN_UNIT.test(sentence.slice(start, end)) ? PER_UNIT.exec(next) : null;
    const measure = UNITS.exec(next) ?? DEGREES.exec(next) ?? perUnit;
    // "How many yards …" names its unit: the answer is the figure ("3,837"), as for a counted noun.
    if (measure && !withCounted && unitWords(measure[0]).every((w) => countedTerms.has(termOf(w) ?? w.toLowerCase()))) break;
    const unit = hyphened
      ? (measure ?? TIME_UNIT.exec(next) ?? FRACTION.exec(next))
      : (SCALES.exec(next) ?? measure ?? TIME_UNIT.exec(next) ?? (withCounted ? countedWord(next, countedTerms) : null));
    if (!unit || (gap === 0 && LATIN_WORD.test(unit[0]))) break;
    end += gap + unit[0].length;
  }
  if (start === entity.start && end === entity.end) return entity;
  const text = sentence.slice(start, end).replace(/\.$/, '');
  return { ...entity, text, start, end: start + text.length };
}

/**
 * An amount with its unit widened over the unit it is counted per ("$140 **per month**", "10 miles **a day**"): a rate
 * is one amount, and the figure alone tells half of it. Not where the question names that unit itself ("per year",
 * "daily"): its answer is the amount alone. A bare figure with no unit of its own is left alone.
 *
 * @example withRateUnit('He was paid $140 per month.', {type: 'MONEY', text: '$140', start: 12, end: 16}, 'What was his salary?').text // → '$140 per month'
 */
export function withRateUnit(sentence: string, amount: Entity, question: string): Entity {
  if (amount.type === 'CARDINAL' && !ENDS_IN_UNIT.test(amount.text)) return amount;
  const per = PER_WORD.exec(sentence.slice(amount.end));
  if (!per) return amount;
  const unit = TIME_UNIT.exec(sentence.slice(amount.end + per[0].length)) ?? UNITS.exec(sentence.slice(amount.end + per[0].length));
  if (!unit) return amount;
  const term = termOf(unit[0].split(/\s+/).at(-1)!) ?? unit[0].toLowerCase();
  const asked = question.split(/[^\p{L}]+/u).some((w) => {
    const lower = w.toLowerCase();
    return termOf(lower) === term || RATE_ADJECTIVES[lower] === term;
  });
  if (asked) return amount;
  const end = amount.end + per[0].length + unit[0].length;
  return { ...amount, text: sentence.slice(amount.start, end), end };
}

/** "per" (or "a", "an") before the unit a rate is counted per; adjectives naming a rate's time unit ("daily"). */
const PER_WORD = /^\s+(?:per|a|an)\s+/i;
const RATE_ADJECTIVES: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  hourly: termOf('hour'),
  daily: termOf('day'),
  weekly: termOf('week'),
  monthly: termOf('month'),
  yearly: termOf('year'),
  annual: termOf('year'),
  annually: termOf('year'),
});

/** The words of a unit as a question counts them: a degree sign is "degrees" ("How many degrees …" names "°C"). */
function unitWords(unit: string): string[] {
  return unit.startsWith('°') ? ['degrees'] : unit.split(/\s+/);
}

/** The next words up to the last one the question counts, within three words ("40 new *berths*"). */
function countedWord(text: string, counted: ReadonlySet<string>): RegExpExecArray | null {
  if (counted.size === 0) return null;
  const m = UP_TO_THREE_WORDS.exec(text);
  if (!m) return null;
  const words = m[0].split(/\s+/);
  let upTo = 0;
  for (const [k, word] of words.entries()) {
    const term = termOf(word);
    if (term !== null && counted.has(term)) upTo = k + 1;
  }
  if (upTo === 0) return null;
  return FIRST_WORDS[upTo - 1]!.exec(text);
}

/** The first one, two or three words of a text (`FIRST_WORDS[n - 1]`), made once, not for each amount read. */
const FIRST_WORDS = [0, 1, 2].map((more) => new RegExp(`^[\\p{L}][\\p{L}'-]*(?:\\s+[\\p{L}][\\p{L}'-]*){${more}}`, 'u'));

/** Whether an amount is a span of time ("10 years", "56 minutes"). */
export function isTimeSpan(text: string): boolean {
  return (
    /\d\S*\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i.test(text) ||
    /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i.test(text)
  );
}

export function isAmount(type: EntityType): boolean {
  return type === 'CARDINAL' || type === 'MONEY' || type === 'PERCENT' || type === 'DURATION' || type === 'QUANTITY';
}

/** Whether the noun a how-many question counts follows the figure within three words ("40 new berths"). */
export function countsAsked(text: string, figure: Entity, counted: ReadonlySet<string>): boolean {
  if (counted.size === 0) return false;
  // The counted noun may be a unit the amount already holds ("60 miles" for "how many miles").
  const widened = amountSpan(text, figure, counted);
  return text
    .slice(figure.end, widened.end)
    .split(/[^\p{L}'-]+/u)
    .some((w) => {
      const term = termOf(w);
      return term !== null && counted.has(term);
    });
}
