/**
 * Folds an article's first sentence that tells the news without a date of its own — placed on its article's publication
 * day (`PUBLICATION_DAY` in timeline.ts) — into the same event a report dates to a day shortly before ("Kestrel agreed
 * to buy the mill, the companies said" in Tuesday's paper beside "Kestrel said on Monday it agreed to buy the mill"): a
 * day's paper tells the news of the days before as often as its own day's. One entry, on the day written, citing both.
 * Reports of one date are merged before (`mergeReports`), weeks folded into days too (`foldWeeks`).
 *
 * A publication day's group is folded only when:
 * - each of its reports is such a first sentence: a group that another report dates by its own words keeps its day;
 * - a group of a day at most {@link PUBLICATION_LAG} days before that publication tells the same event: one of its
 *   reports shares {@link FOLD_OVERLAP} of the lighter one's weighted terms with one of the first sentence's (the dates
 *   agree only loosely, as for a week and a day of it), and they give no figures that differ (a raised offer is news of
 *   its own). One happening of the same parties (`sameHappening`), enough on one date, is not: on storyF's summary line
 *   it moved a day's news onto the day before (dates 13/13 → 12/13), a follow-up of the same deal;
 * - it goes to the nearest such day, to the group that shares the most there.
 *
 * Measured: the kit's stories and the bundled one keep the same timeline (entries bundled 29, storyD 14, storyE 35,
 * storyF 22); it joins a paper's lede to the report of the day it happened, in the same article or another.
 */
import { isoDay, parseIsoDay } from '../nlp/dateCalendar.js';
import { bestOverlap, type DatedReport, FOLD_OVERLAP } from './foldWeeks.js';
import { otherFigures } from './mergeReports.js';

/**
 * Days before its publication a first sentence's undated news may have happened: a paper of a Monday tells of the
 * Friday before. Not tuned: the kit's stories and the bundled one keep the same timeline with 1 and 3 (SQuAD's articles
 * have no publication day).
 */
export const PUBLICATION_LAG = 3;

/** What folding reads of one report: as for weeks, and whether its date is its article's publication day. */
export interface PublishedReport extends DatedReport {
  /** Placed on its article's publication day, for want of a date of its own (an article's first sentence). */
  byPublication: boolean;
}

/**
 * Folds each publication day's group of first sentences into the group of a day shortly before that tells its event
 * (see the module comment).
 *
 * @param groups reports merged per date, each group's first report giving its date
 * @returns the groups left, a folded group's reports appended to its day's group
 */
export function foldPublicationDays<T>(groups: T[][], reportOf: (item: T) => PublishedReport, weight: (term: string) => number): T[][] {
  const daysByDate = new Map<string, T[][]>();
  const ledes: T[][] = [];
  for (const g of groups) {
    const r = reportOf(g[0]!);
    if (r.precision !== 'day' || r.relation) continue;
    const list = daysByDate.get(r.date);
    if (list) list.push(g);
    else daysByDate.set(r.date, [g]);
    if (g.every((item) => reportOf(item).byPublication)) ledes.push(g);
  }
  if (ledes.length === 0) return groups;

  const folded = new Set<T[]>();
  for (const lede of ledes) {
    const day = parseIsoDay(reportOf(lede[0]!).date);
    if (day === undefined) continue;
    let best: { group: T[]; score: number } | undefined;
    for (let back = 1; back <= PUBLICATION_LAG && !best; back += 1) {
      for (const group of daysByDate.get(isoDay(day - back)) ?? []) {
        if (folded.has(group)) continue;
        const score = bestOverlap(lede, group, reportOf, weight, sameFigures);
        if (score >= FOLD_OVERLAP && (!best || score > best.score)) best = { group, score };
      }
    }
    if (!best) continue;
    best.group.push(...lede);
    folded.add(lede);
  }
  return folded.size === 0 ? groups : groups.filter((g) => !folded.has(g));
}

/** Whether two reports give no figures that differ (a raised offer is news of its own): they may be one event. */
function sameFigures(a: DatedReport, b: DatedReport): boolean {
  return !otherFigures(a.terms, b.terms);
}
