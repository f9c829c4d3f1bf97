/**
 * Merges the reports of one event: dated sentences that share a date and enough of their weighted content terms. Each
 * report is compared with the latest {@link MERGE_CANDIDATES} groups of its date, and with the first
 * {@link MERGE_REPORTS} reports of each, through postings from term to report, so only the reports that share a term
 * with it cost anything: linear in the terms of the story, however many events share a date.
 */

/**
 * Share of content terms two sentences must have in common (of the lighter one, each term weighted by its rarity in
 * the story) to report the same event.
 */
export const MERGE_OVERLAP = 0.3;
/** Groups of one date a new report is compared with (the latest ones), and reports of a group compared. */
const MERGE_CANDIDATES = 50;
const MERGE_REPORTS = 6;

/** A report's content terms with the sum of their weights. */
export interface WeightedTerms {
  terms: ReadonlySet<string>;
  total: number;
}

/** One report to place: its date key and its terms. */
export interface Report<T> {
  key: string;
  terms: WeightedTerms;
  item: T;
}

interface Compared {
  /** Index of its group among the groups of its date. */
  group: number;
  total: number;
}

interface DateGroups<T> {
  groups: T[][];
  /** Term → the compared reports (of this date) that hold it; reports of groups that left the window are dropped. */
  postings: Map<string, Compared[]>;
  /** How many reports of each group are compared. */
  compared: number[];
}

/**
 * Groups reports of one event, in the order given: a report joins the earliest group (of the latest
 * {@link MERGE_CANDIDATES} of its date) with a compared report it shares at least {@link MERGE_OVERLAP} of the lighter
 * one's weight with, else it opens a group.
 *
 * @param weight the weight of a term (the same one the totals were summed with)
 * @returns the groups, each in report order, in the order they were opened
 */
export function mergeReports<T>(reports: Iterable<Report<T>>, weight: (term: string) => number): T[][] {
  const all: T[][] = [];
  const byKey = new Map<string, DateGroups<T>>();
  for (const r of reports) {
    let date = byKey.get(r.key);
    if (!date) byKey.set(r.key, (date = { groups: [], postings: new Map(), compared: [] }));
    const match = matchingGroup(date, r.terms, weight);
    const group = match ?? date.groups.length;
    if (match === undefined) {
      const members = [r.item];
      date.groups.push(members);
      date.compared.push(0);
      all.push(members);
    } else date.groups[group]!.push(r.item);
    if (date.compared[group]! < MERGE_REPORTS) {
      date.compared[group]! += 1;
      const compared: Compared = { group, total: r.terms.total };
      for (const t of r.terms.terms) {
        const list = date.postings.get(t);
        if (list) list.push(compared);
        else date.postings.set(t, [compared]);
      }
    }
  }
  return all;
}

/** The earliest group in the window with a compared report close enough to `terms`. */
function matchingGroup<T>(date: DateGroups<T>, terms: WeightedTerms, weight: (term: string) => number): number | undefined {
  const first = Math.max(0, date.groups.length - MERGE_CANDIDATES);
  const shared = new Map<Compared, number>();
  for (const t of terms.terms) {
    const list = date.postings.get(t);
    if (!list) continue;
    const w = weight(t);
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const c = list[i]!;
      // The window only moves on: a report of a group before it is never compared again.
      if (c.group < first) {
        list[i] = list[list.length - 1]!;
        list.pop();
        continue;
      }
      shared.set(c, (shared.get(c) ?? 0) + w);
    }
  }
  let best: number | undefined;
  for (const [c, w] of shared) {
    const lighter = Math.min(c.total, terms.total);
    if (lighter > 0 && w / lighter >= MERGE_OVERLAP && (best === undefined || c.group < best)) best = c.group;
  }
  return best;
}
