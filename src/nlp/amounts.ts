/**
 * Reads amounts the way news writes them, as one entity each, keeping what wink-nlp drops ("$54m" is MONEY "$54" to
 * wink; "50 mln dlrs" is CARDINAL "50"): sums of money with their currency and scale as written, counts with a scale
 * ("412 mln", "23.7 million"), quantities with a unit ("6.5 km"), match scores ("3-6 6-2 7-5"), ages ("19-year-old")
 * clock times that look like years ("1700 local time") and fractions ("almost two thirds of", "one in five").
 */
import { isCurrencyNoun } from '../lexicon/index.js';
import { placeKind } from '../text/places.js';
import type { Entity } from './entities.js';
import { allMatches } from './allMatches.js';

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** Scale words and their factors; short forms only directly after the digits ("$54m", "£2bn"). */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['mln', 1e6],
  ['mn', 1e6],
  ['m', 1e6],
  ['billion', 1e9],
  ['bln', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
  ['lakh', 1e5],
  ['crore', 1e7],
  ['trillion', 1e12],
  ['tn', 1e12],
  ['trn', 1e12],
]);
const SCALE = String.raw`(?:(?:k|m|mn|bn|b|tn|trn)(?![\p{L}\p{N}])|(?:\s*|-)(?:thousand|million|billion|trillion|mln|bln|bn|mn|lakhs?|crores?)(?![\p{L}\p{N}]))`;
/** Currency signs, with an optional country prefix ("US$", "HK$", "A$"). */
const SIGN = String.raw`(?:[A-Z]{1,2}\$|[$£€¥₹₽₩₪₺]|Rs\.?\s?|(?:USD|EUR|GBP|JPY|CNY|CHF|CAD|AUD|INR|RUB)\s?)`;
/**
 * Currency words after the amount that WordNet does not give as a noun's first sense: abbreviations ("dlrs", "stg"), irregular
 * plurals ("kroner", "reais"), "pounds", "yen" and "crowns" (English for the krone, krona and koruna), whose first
 * sense is something else, and ISO codes. Every other currency noun comes from the lexicon ({@link isCurrencyNoun}).
 */
const CURRENCY_WORD = String.raw`(?:dlrs?|pounds?(?:\s+sterling)?|sterling|stg|yen|renminbi|lire|kroner|kronor|crowns?|reais|(?:USD|EUR|GBP|JPY|CNY|CHF|CAD|AUD|INR|RUB)(?![\p{L}]))`;

const MONEY_SIGN_RE = new RegExp(String.raw`(${SIGN})\s?(${NUMBER})(${SCALE})?(?:\s+(${CURRENCY_WORD}))?`, 'gu');
/**
 * A figure and a word after it, a capitalised word between them or not: money when the word is a currency word or a
 * currency noun of the lexicon and the word between, if any, a demonym ("500 Swedish crowns", "20 Iraqi dinars").
 */
const MONEY_WORD_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$£€¥.,])(${NUMBER})(${SCALE})?\s+(?:(\p{Lu}\p{Ll}+)\s+)?(${CURRENCY_WORD}|\p{Ll}+)(?![\p{L}])`,
  'gu',
);
const CURRENCY_WORD_RE = new RegExp(`^${CURRENCY_WORD}$`, 'u');

/** Whether a word written after a figure names a currency: CURRENCY_WORD or a currency noun of the lexicon ("dlrs", "dinars"). */
export function isCurrencyWord(word: string): boolean {
  return CURRENCY_WORD_RE.test(word) || isCurrencyNoun(word);
}
const SCALED_RE = new RegExp(String.raw`(?<![\p{L}\p{N}$£€¥.,])(${NUMBER})(${SCALE})(?![\p{L}\p{N}])`, 'gu');
/**
 * Set scores: "6-4", "4-6 6-3 7-5 6-4", "7-6 (9-7)"; a ratio of two small numbers, joined by a hyphen or an en dash
 * ("24–10"). An en dash joins a range more often than a score ("2–3 years", "50–140 cm"), so a value with one is a score
 * only in a sentence that speaks of a contest (CONTEST_RE).
 */
const SCORE_RE =
  /(?<![\p{L}\p{N}\-–])\d{1,2}[-–]\d{1,2}(?:\s+\(\d{1,2}[-–]\d{1,2}\))?(?:\s+\d{1,2}[-–]\d{1,2}(?:\s+\(\d{1,2}[-–]\d{1,2}\))?)*(?![\p{L}\p{N}\-–])/gu;
/**
 * Words of a contest and its outcome: in a sentence holding one, two small integers joined by an en dash are a score.
 * SQuAD v1.1 dev reading (DIGITS=1 eval:squad --reading-only, with a score question's answer preferring a score): F1
 * 0.5184 → 0.5188, 4 won, 0 lost; an en dash read as a hyphen everywhere, 7 won, 2 lost (ranges before a unit read as
 * scores). The bundled snapshot and the kit are unchanged.
 */
const CONTEST_RE =
  /\b(?:scor\w*|won|wins?|winning|beat(?:ing|s)?|defeat\w*|lost|loss|losing|victor\w*|final|match\w*|game|games|lead|led|trail\w*|draw|drew|tied)\b/i;
const AGE_RE = /(?<![\p{L}\p{N}])(\d{1,3})-year-old(?![\p{L}])/gu;
/** "1700 local time", "0930 GMT": a clock time written as four digits, never a year. */
const CLOCK_RE = /(?<![\p{L}\p{N}])([01]\d|2[0-3])([0-5]\d)\s+(?:local time|local|GMT|UTC|EST|EDT|CET|BST|hrs|hours)(?![\p{L}])/gu;

/** Counts written as words or digits, the numerator of a fraction ("two-thirds", "3 in 10"). */
const COUNT_WORD = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})`;
/** Denominators written as words: "half", "a third", "three quarters", "two-fifths". */
const PART = '(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)';
/** Hedges a fraction keeps ("almost two thirds"): they change what it says. */
const HEDGE = String.raw`(?:(?:nearly|almost|about|around|roughly|some|over|under|just\s+over|just\s+under|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|close\s+to|well\s+over)\s+)?`;
/**
 * A fraction as a share of something: "three quarters of", "half the", "a third of", "two-thirds of", "by half",
 * "by a third". Only before "of" / a determiner or after "by", so the ordinal of "a third term" and the quarters of
 * a year ("in the past three quarters") are not read as shares.
 */
const FRACTION_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(by\s+)${HEDGE}((?:${COUNT_WORD}[\s-]+)?${PART})(?![\p{L}-])|${HEDGE}((?:${COUNT_WORD}[\s-]+)?${PART})(?=\s+(?:of|the|its|their|his|her|our|your|this|that|these|those)\b))`,
  'giu',
);
/** A word naming a part, as every fraction holds one. */
const PART_WORD = /half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth/i;
/** "in" or "out of" before a count, as every ratio holds. */
const RATIO_HINT = /\b(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|a\s+thousand|\d)/i;

/** "one in five", "3 in 10", "one out of every four": a share as a ratio of counts. */
const RATIO_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])${HEDGE}(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|a\s+thousand|\d{1,4})(?![\p{L}\p{N}])`,
  'giu',
);

/** Words before a bare "half" that make it a period or a part, not a share ("the second half", "its first half"). */
const NOT_A_SHARE_BEFORE =
  /\b(?:the|a|an|first|second|its|his|her|their|our|this|that|each|other|next|last|latter|former|opening|final|early|late)\s+$/i;
/** A unit after a fraction makes it a measure ("a quarter of an hour", "half a mile"). */
const MEASURE_AFTER =
  /^\s+(?:of\s+)?(?:an?\s+)(?:century|hour|minute|second|day|week|month|year|decade|mile|kilometre|kilometer|metre|meter|inch|foot|pound|ounce|litre|liter|gallon|point|lap|length|dozen|cup|tablespoon|teaspoon)\b/i;

/**
 * The fractions of a sentence, as shares (PERCENT, `unit` "fraction"): "almost two thirds" (of the crop), "half"
 * (the staff), "two-thirds", "by a third", "one in five". A lone "half" before "of"/"the" counts; "a third" must be
 * followed by "of" or a determiner, or follow "by".
 *
 * @example readFractions('The frost took almost two thirds of the crop.')[0]?.text // → 'almost two thirds'
 */
export function readFractions(text: string): Entity[] {
  // Most sentences name no part and no "N in M": two cheap tests spare them the two patterns.
  const parts = PART_WORD.test(text);
  const ratios = RATIO_HINT.test(text);
  if (!parts && !ratios) return [];
  const out: Entity[] = [];
  for (const m of parts ? allMatches(FRACTION_RE, text) : []) {
    const start = m.index + (m[1]?.length ?? 0);
    const end = m.index + m[0].length;
    const part = (m[2] ?? m[3])!;
    // A bare part is a share only as "half" with no determiner or ordinal before it ("the second half" is a period).
    if (!/[\s-]/.test(part) && (!/^half$/i.test(part) || NOT_A_SHARE_BEFORE.test(text.slice(0, m.index)))) continue;
    // "a quarter of an hour", "half a mile": a measure, not a share.
    if (MEASURE_AFTER.test(text.slice(end))) continue;
    out.push({ type: 'PERCENT', text: text.slice(start, end), start, end, unit: 'fraction' });
  }
  for (const m of ratios ? allMatches(RATIO_RE, text) : []) {
    if (out.some((e) => m.index < e.end && m.index + m[0].length > e.start)) continue;
    out.push({ type: 'PERCENT', text: m[0], start: m.index, end: m.index + m[0].length, unit: 'fraction' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A digit, as each pattern above needs one (`\d`). */
const ANY_DIGIT = /\d/;

/** A figure's value, its thousands commas dropped ("10,000" → 10000). */
export function figureValue(figure: string): number {
  return Number(figure.replace(/,/g, ''));
}

function scaleOf(raw: string | undefined): { scale?: string; factor: number } {
  const scale = raw?.trim().replace(/^-/, '');
  if (!scale) return { factor: 1 };
  return { scale, factor: SCALES.get(scale.toLowerCase().replace(/s$/, '')) ?? 1 };
}

/**
 * Adds `e` to `found` unless it overlaps an amount there: a function, not a closure made per sentence (tsx names each
 * closure bound to a name as it is made).
 */
function addUntaken(found: Entity[], e: Entity): void {
  if (!found.some((f) => e.start < f.end && e.end > f.start)) found.push(e);
}

/**
 * The MONEY entity of one match: its figure times the scale written after it ("54" and "m" → 54,000,000), the
 * currency as given, and the scale word kept when there is one.
 */
function moneyAt(m: RegExpExecArray, figure: string, scaleWord: string | undefined, currency: string): Entity {
  const { scale, factor } = scaleOf(scaleWord);
  const e: Entity = {
    type: 'MONEY',
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    value: figureValue(figure) * factor,
    currency,
  };
  if (scale) e.scale = scale;
  return e;
}

/**
 * The amounts of a sentence, in order, none overlapping another: MONEY (`value`, `currency` and `scale` as written),
 * CARDINAL with a scale, QUANTITY (`unit` "score" or "years old"), TIME for four-digit clock times.
 *
 * @example readAmounts('fined $54m')[0] // → { type: 'MONEY', text: '$54m', value: 54000000, currency: '$', scale: 'm', … }
 */
export function readAmounts(text: string): Entity[] {
  const found: Entity[] = readFractions(text);
  // Every other amount holds a digit: most sentences hold none and need not be scanned by the six patterns.
  if (!ANY_DIGIT.test(text)) return found;
  for (const m of allMatches(MONEY_SIGN_RE, text)) {
    addUntaken(found, moneyAt(m, m[2]!, m[3], (m[4] ?? m[1]!).trim()));
  }
  for (const m of allMatches(MONEY_WORD_RE, text)) {
    const word = m[4]!;
    if ((m[3] !== undefined && placeKind(m[3]) !== 'demonym') || !isCurrencyWord(word)) continue;
    addUntaken(found, moneyAt(m, m[1]!, m[2], m[3] === undefined ? word : `${m[3]} ${word}`));
  }
  for (const m of allMatches(CLOCK_RE, text)) addUntaken(found, { type: 'TIME', text: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of allMatches(SCALED_RE, text)) {
    const { scale, factor } = scaleOf(m[2]);
    // A bare "m" or "b" after a number is too often a unit ("400m race"); only sums of money take them.
    if (!scale || /^[mbk]$/i.test(scale)) continue;
    addUntaken(found, {
      type: 'CARDINAL',
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      value: figureValue(m[1]!) * factor,
      scale,
    });
  }
  const contest = CONTEST_RE.test(text);
  for (const m of allMatches(SCORE_RE, text))
    if (contest || !m[0].includes('–'))
      addUntaken(found, { type: 'QUANTITY', text: m[0], start: m.index, end: m.index + m[0].length, unit: 'score' });
  for (const m of allMatches(AGE_RE, text))
    addUntaken(found, { type: 'QUANTITY', text: m[0], start: m.index, end: m.index + m[0].length, value: Number(m[1]), unit: 'years old' });
  return found.sort((a, b) => a.start - b.start);
}
