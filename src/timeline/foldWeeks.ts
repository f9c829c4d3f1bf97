/**
 * Folds an event one article dates by its week into the same event another article dates by a day of that week
 * ("Kestrel agreed last week to buy the mill" beside "Kestrel agreed on Tuesday to buy the mill"): one entry, on the
 * day, citing both. Reports of one date are merged before (`mergeReports`); this joins reports across precisions.
 *
 * A week is folded only when it can be told which day it means, and when that day is news and not a plan:
 * - its reports share at least {@link FOLD_OVERLAP} of their weighted content terms with a report of that day in
 *   another article (the dates agree only loosely, so the content must agree more than for one date);
 * - no other day of the week shares even {@link MERGE_OVERLAP} with it: a week that tells several days' news ("markets
 *   fell all week", "attacks on Saturday and Sunday") is a summary of them, not one of them;
 * - the day is not after the week report's publication: what an article says will happen "this week" is a plan, kept at
 *   the precision it was given.
 */
import { isoDay, parseIsoDay } from '../nlp/dateCalendar.js';
import type { DatePrecision } from '../nlp/resolveDate.js';
import { MERGE_OVERLAP, sharedShare, type WeightedTerms } from './mergeReports.js';

/** Share of the lighter report's weighted terms a week report and a day report must have in common to be one event. */
export const FOLD_OVERLAP = 0.5;

/** Reports of a week and of a day compared, at most (the first of each, as `mergeReports` compares). */
const COMPARED_REPORTS = 6;

/** What folding reads of one report. */
export interface DatedReport {
  /** ISO day: the day, or the first day of the week. */
  date: string;
  precision: DatePrecision;
  relation?: string | undefined;
  articleId: string;
  /** The sentence's position in the story. */
  sentence: number;
  /** The published date of its article (ISO day), when known. */
  published: string | undefined;
  terms: WeightedTerms;
}

/**
 * Folds week groups into the one day group of that week that reports the same event (see the module comment).
 *
 * @param groups reports merged per date, each group's first report giving its date
 * @param span the first and last day of a week
 * @returns the groups left, a folded week's reports appended to its day's group
 */
export function foldWeeksIntoDays<T>(
  groups: T[][],
  reportOf: (item: T) => DatedReport,
  weight: (term: string) => number,
  span: (week: { date: string; precision: DatePrecision }) => [string, string],
): T[][] {
  const plain = (r: DatedReport, precision: DatePrecision) => r.precision === precision && !r.relation;
  const daysByDate = new Map<string, T[][]>();
  const weeks: T[][] = [];
  for (const g of groups) {
    const r = reportOf(g[0]!);
    if (plain(r, 'week')) weeks.push(g);
    else if (plain(r, 'day')) {
      const list = daysByDate.get(r.date);
      if (list) list.push(g);
      else daysByDate.set(r.date, [g]);
    }
  }
  if (daysByDate.size === 0 || weeks.length === 0) return groups;

  const folded = new Set<T[]>();
  for (const week of weeks) {
    const [first, last] = span(reportOf(week[0]!));
    const sentences = new Set(week.map((item) => reportOf(item).sentence));
    let best: { group: T[]; overlap: number } | undefined;
    let near = 0;
    // The days of the week's span, looked up by date (a story of many dated weeks does not compare each with every day).
    const from = parseIsoDay(first);
    const to = parseIsoDay(last);
    for (let n = from ?? 0; from !== undefined && to !== undefined && n <= to; n += 1) {
      for (const day of daysByDate.get(isoDay(n)) ?? []) {
        // A sentence that names both the week and this day tells two things (the week's plan, the day's step).
        if (day.some((item) => sentences.has(reportOf(item).sentence))) continue;
        const overlap = bestOverlap(week, day, reportOf, weight, ofTwoArticles);
        if (overlap >= MERGE_OVERLAP) near += 1;
        if (overlap >= FOLD_OVERLAP && (!best || overlap > best.overlap)) best = { group: day, overlap };
      }
    }
    if (!best || near > 1) continue;
    const day = reportOf(best.group[0]!).date;
    if (week.some((item) => (reportOf(item).published ?? '') < day)) continue;
    best.group.push(...week);
    folded.add(week);
  }
  return folded.size === 0 ? groups : groups.filter((g) => !folded.has(g));
}

/**
 * The best share of weighted terms (of the lighter report, related terms counted) between a report of one group and a
 * report of the other that `compared` lets be compared (the first {@link COMPARED_REPORTS} of each); exported for
 * `foldPublicationDays`.
 */
export function bestOverlap<T>(
  one: readonly T[],
  other: readonly T[],
  reportOf: (item: T) => DatedReport,
  weight: (term: string) => number,
  compared: (a: DatedReport, b: DatedReport) => boolean,
): number {
  let best = 0;
  for (const y of other.slice(0, COMPARED_REPORTS)) {
    const b = reportOf(y);
    for (const x of one.slice(0, COMPARED_REPORTS)) {
      const a = reportOf(x);
      if (compared(a, b)) best = Math.max(best, sharedShare(a.terms, b.terms, weight));
    }
  }
  return best;
}

/** Whether two reports are of two articles: a week and a day of one article tell two things (the week's plan, the day's step). */
function ofTwoArticles(a: DatedReport, b: DatedReport): boolean {
  return a.articleId !== b.articleId;
}
