/**
 * The words of English date phrasing the resolver reads: numbers, days written as words, scheduling words, relations
 * ("before", "since", "about"), parts of the day, weekday and month patterns. General English, no story's dates.
 */

/** How finely a {@link ResolvedDate} is known. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A date mention placed on the calendar. */
export interface ResolvedDate {
  /**
   * ISO calendar value: `YYYY-MM-DD` for precision `day` and `week`, `YYYY-MM` for `month`, `YYYY` for `year`.
   * For `week` it is the first day of the span: the Monday that starts the ISO week, or the Saturday of a weekend.
   */
  date: string;
  precision: DatePrecision;
  /**
   * `before` for "before/by/until Thursday", `after` for "after/since X", `about` for approximate mentions
   * ("a week earlier", "about", "nearly", "roughly"); omitted when exact.
   */
  relation?: 'before' | 'after' | 'about';
  /**
   * The mention as written in the sentence, widened to the neighbouring words that were read as part of it
   * (e.g. "before Thursday", "just one month earlier", "Saturday night"); the trimmed `dateText` when the mention
   * could not be found in the sentence.
   */
  text: string;
}

export type Relation = NonNullable<ResolvedDate['relation']>;

/** What a resolution rule found, before it is turned into a {@link ResolvedDate}. */
export interface Found {
  date: string;
  precision: DatePrecision;
  relation?: Relation;
}

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['a couple of', 2],
  ['couple of', 2],
  ['a couple', 2],
]);

/** Days of the month written as words ("May one", "March nine", "April twenty-first"). */
export const DAY_WORDS: ReadonlyMap<string, number> = (() => {
  const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const unitOrdinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const teenOrdinals = [
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
  ];
  const map = new Map<string, number>();
  units.forEach((w, i) => map.set(w, i + 1));
  unitOrdinals.forEach((w, i) => map.set(w, i + 1));
  teens.forEach((w, i) => map.set(w, i + 10));
  teenOrdinals.forEach((w, i) => map.set(w, i + 10));
  map.set('twenty', 20).set('twentieth', 20).set('thirty', 30).set('thirtieth', 30);
  units.forEach((w, i) => map.set(`twenty ${w}`, 21 + i));
  unitOrdinals.forEach((w, i) => map.set(`twenty ${w}`, 21 + i));
  map.set('thirty one', 31).set('thirty first', 31);
  return map;
})();

/**
 * Words that put a date on a schedule ("scheduled for June 12", "set May 9 as the deadline", "an extension to April
 * 23"): whatever the tense of the sentence, such a date is the nearest one of that name, before or after publication.
 */
export const SCHEDULING = new Set([
  'scheduled',
  'rescheduled',
  'schedule',
  'set',
  'slated',
  'due',
  'planned',
  'postponed',
  'postpone',
  'delayed',
  'extended',
  'extend',
  'extension',
  'deadline',
  'target',
  'targeted',
  'moved',
  'until',
  'till',
]);

/** Relation phrases (lower case, space separated), longest first when matched. */
export const RELATION_PHRASES: ReadonlyMap<string, Relation> = new Map<string, Relation>([
  ['no later than', 'before'],
  ['in advance of', 'before'],
  ['prior to', 'before'],
  ['ahead of', 'before'],
  ['up to', 'before'],
  ['up until', 'before'],
  ['before', 'before'],
  ['by', 'before'],
  ['until', 'before'],
  ['till', 'before'],
  ["'til", 'before'],
  ['til', 'before'],
  ['no earlier than', 'after'],
  ['after', 'after'],
  ['since', 'after'],
  ['following', 'after'],
  ['from', 'after'],
  ['starting', 'after'],
  ['beginning', 'after'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['nearly', 'about'],
  ['approximately', 'about'],
  ['almost', 'about'],
  ['circa', 'about'],
  ['approx', 'about'],
  ['some', 'about'],
  ['close to', 'about'],
  ['more or less', 'about'],
]);

/** Words before a date that neither change it nor block a relation word further left ("before the", "since on"). */
export const SKIPPABLE_LEFT = new Set([
  'on',
  'the',
  'at',
  'in',
  'during',
  'of',
  'for',
  'over',
  'just',
  'only',
  'last',
  'next',
  'this',
  'coming',
  'early',
  'late',
]);

export const PART_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'noon', 'midday']);

export const WEEKDAY_RE = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues|tue|wed|thurs|thur|thu|fri|sat)';
export const MONTH_RE =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';

/**
 * A day of a month, without its year (the source of a pattern, case-insensitive: "12 May", "May 12th", "the 3rd of
 * June", "Sept. 4"); answers read it to tell a day from a month or a year (dayAsked.ts, mentions.ts `withDayYears`).
 */
export const DAY_OF_MONTH_RE = `(?:\\b${MONTH_RE}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\b\\.?)`;

export const TIME_OF_DAY_RE =
  /(?:\b(?:at|around|about|by)\s+)?(?:\b\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?!\w)|\bnoon\b|\bmidnight\b)(?:\s+(?:local time|gmt|utc|[a-z]?[ecmp][sd]?t)\b)?/g;
