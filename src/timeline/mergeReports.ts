/**
 * Merges the reports of one event: dated sentences that share a date and enough of their weighted content terms. Each
 * report is compared with the latest {@link MERGE_CANDIDATES} groups of its date, and with the first
 * {@link MERGE_REPORTS} reports of each, through postings from term to report (each compared report posted under its
 * terms and its related terms), so only the reports that share a term or a related term with it cost anything: linear in the terms of the story, however many events share a date.
 */

/**
 * Share of content terms two sentences must have in common (of the lighter one, each term weighted by its rarity in
 * the story) to report the same event.
 */
export const MERGE_OVERLAP = 0.3;
/** Groups of one date a new report is compared with (the latest ones), and reports of a group compared. */
const MERGE_CANDIDATES = 50;
const MERGE_REPORTS = 6;

/**
 * A term of one report that matches only a related term of another ("meet" and "meeting", "agree" and "agreement"
 * when the stems differ) counts for this share of the lighter of the two terms' weights: the same content, said
 * differently, but less sure than the same word.
 */
export const RELATED_SHARE = 0.8;

/** A report's content terms with the sum of their weights. */
export interface WeightedTerms {
  terms: ReadonlySet<string>;
  total: number;
  /** Terms that count as one of `terms` when another report holds them (WordNet's related words), by that term. */
  near?: ReadonlyMap<string, readonly string[]>;
  /** The terms of `terms` that name an actor or a place (a person, an organisation). */
  actors?: ReadonlySet<string>;
  /**
   * The people who take part in what the report dates, as name terms: those its date clause names or describes, or
   * the person the sentence before named when this one names nobody and points back to them ("The winner …").
   */
  participants?: ReadonlySet<string>;
  /**
   * The word terms of each name of several words (`@baking prize` → `baking`, `prize`): another report that writes
   * the name as common words ("the baking prize") holds it too.
   */
  parts?: ReadonlyMap<string, readonly string[]>;
  /** The terms of the clause that holds the date mention, when that is not the whole sentence. */
  clause?: WeightedTerms | undefined;
  /**
   * The terms of `terms` that at most one other sentence of the story holds ({@link sharesRareTerms}): a word, a name or
   * a figure the story uses in this report and one more sentence only.
   */
  rare?: ReadonlySet<string>;
  /**
   * What the report says happened: the terms of its date clause's verbs and nouns of acts and events (not verbs of
   * saying), each with the terms WordNet gives for the same kind of happening ({@link eventHeads}).
   */
  heads?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The weight of `a`'s terms that `b` holds: each term of `a` once, in full when `b` holds it, else at
 * {@link RELATED_SHARE} when `b` holds one of its related terms.
 */
export function sharedWeight(a: WeightedTerms, b: WeightedTerms, weight: (term: string) => number): number {
  let shared = 0;
  for (const t of a.terms) {
    if (holds(b, t) || holdsAll(b, a.parts?.get(t))) {
      shared += weight(t);
      continue;
    }
    let best = 0;
    for (const r of a.near?.get(t) ?? []) if (b.terms.has(r)) best = Math.max(best, Math.min(weight(t), weight(r)));
    shared += RELATED_SHARE * best;
  }
  return shared;
}

/** Whether a report holds a term, as a term of its own or as a word of one of its names. */
function holds(r: WeightedTerms, term: string): boolean {
  if (r.terms.has(term)) return true;
  if (!r.parts) return false;
  for (const words of r.parts.values()) if (words.includes(term)) return true;
  return false;
}

/** Whether a report holds every word of a name written in another report (a name's words written as common words). */
function holdsAll(r: WeightedTerms, words: readonly string[] | undefined): boolean {
  return words !== undefined && words.length > 0 && words.every((w) => r.terms.has(w));
}

/**
 * Share of the lighter date clause two reports must hold in common, when they name an actor in common, to report one
 * event though the rest of their sentences differ ("X's plan, to be weighed by its trustees tonight, …" and "X's
 * trustees sat Wednesday"): a clause is short, so it must agree more than a sentence, in two terms at least.
 */
export const CLAUSE_OVERLAP = 0.5;

/**
 * Whether two reports tell one event: {@link MERGE_OVERLAP} of the lighter one's weight in common, or the same date
 * clause ({@link sameClause}).
 */
export function sameEvent(a: WeightedTerms, b: WeightedTerms, weight: (term: string) => number): boolean {
  return (
    (closeReports(a, b, weight) && !otherParticipants(a, b)) || sameClause(a, b, weight) || sharesRareTerms(a, b) || sameHappening(a, b)
  );
}

/**
 * Whether two reports tell what happened to different people: each names people taking part
 * ({@link WeightedTerms.participants}), none in common, and what each says happened is no kind of the other's
 * ({@link headsMeet}): "Ann Roe resigned as Tarnby's mayor on Friday" and "the council appointed Ivo Brandt mayor of
 * Tarnby on Friday" share the office and the town, not the event. Read where heads are (days and weeks): a year's
 * report tells several things, and two of them name different people of one event ("the 2030 champion …", "…, who lost
 * the 2030 final").
 */
export function otherParticipants(a: WeightedTerms, b: WeightedTerms): boolean {
  if (!a.participants || !b.participants || a.participants.size === 0 || b.participants.size === 0) return false;
  if (intersects(a.participants, b.participants) || !a.heads?.size || !b.heads?.size) return false;
  return !headsMeet(a, b);
}

/**
 * Names two reports must both hold ({@link WeightedTerms.actors}) to tell one event by their heads alone: one name in
 * common is a firm's or a person's day, which holds several happenings ("Orlan bought a plant" and "Orlan acquired a
 * stake in Vimo"). Not tuned.
 */
export const HAPPENING_ACTORS = 2;

/**
 * Whether two reports of one date tell the same happening to the same parties: they name {@link HAPPENING_ACTORS}
 * actors in common, what each says happened is one kind of happening ({@link headsMeet}: "Orlan bought Tessa's stake in
 * Vimo" and "Vimo was acquired by Orlan"; "Tessa sold Vimo to Orlan" and "Orlan bought Vimo"), and they give no figures
 * that differ. In a story of one deal or one match the parties' names are in every sentence and weigh little, and the
 * rest of two accounts of the day's news differs: their shared weight stays below {@link MERGE_OVERLAP}. Heads are read
 * for days and weeks only (`eventTerms`). Measured (`eval:kit -- --actors`): storyF's duplicate events 3 → 1 (its
 * timeline 25 → 22 entries), the bundled story (29), storyD (14), storyE (35) and a 30k SQuAD story (2,012) unchanged.
 */
export function sameHappening(a: WeightedTerms, b: WeightedTerms): boolean {
  if (!a.actors || !b.actors || a.actors.size < HAPPENING_ACTORS || b.actors.size < HAPPENING_ACTORS) return false;
  let shared = 0;
  for (const t of a.actors) if (b.actors.has(t)) shared += 1;
  return shared >= HAPPENING_ACTORS && headsMeet(a, b) && !otherFigures(a, b);
}

/** Whether a head of one report is a head of the other or one of its kinds of happening ({@link WeightedTerms.heads}). */
function headsMeet(a: WeightedTerms, b: WeightedTerms): boolean {
  const ha = a.heads;
  const hb = b.heads;
  if (!ha || !hb || ha.size === 0 || hb.size === 0) return false;
  for (const [t, links] of ha) {
    if (hb.has(t)) return true;
    for (const l of links) if (hb.has(l)) return true;
  }
  for (const links of hb.values()) for (const l of links) if (ha.has(l)) return true;
  return false;
}

/**
 * Terms two reports of one date must share that no other sentence of the story holds ({@link WeightedTerms.rare}) to
 * tell one event, however much else each says: two accounts of one event keep some of its particulars (who, a figure,
 * a telling word), and two events of one day share what the story says all along, not words it uses twice only.
 */
export const RARE_SHARED = 3;

/**
 * Whether two reports share {@link RARE_SHARED} terms that only they hold in the story ({@link WeightedTerms.rare}): one
 * event told at length in two articles ("Torvane Airways grounded its jets …, stranding thousands of travellers at the
 * start of the season" and "Thousands of passengers were stranded when Torvane Airways … halted every flight …") though
 * the rest of their words dilute what they share below {@link MERGE_OVERLAP}.
 */
export function sharesRareTerms(a: WeightedTerms, b: WeightedTerms): boolean {
  const ra = a.rare;
  if (!ra || ra.size < RARE_SHARED) return false;
  const rb = b.rare;
  if (!rb || rb.size < RARE_SHARED) return false;
  let shared = 0;
  for (const t of ra) if (rb.has(t)) shared += 1;
  return shared >= RARE_SHARED && !otherFigures(a, b);
}

/** A figure's term: digits ("300", "6140") or a figure read as one ("#PERCENT:46"). */
const FIGURE = /^#|\d/u;

/**
 * Whether each report gives a figure and they give none in common: two facts ("closed its plant, cutting 300 jobs" and
 * "opened a plant, hiring 120 workers"), however many particulars they share.
 */
export function otherFigures(a: WeightedTerms, b: WeightedTerms): boolean {
  let figures = false;
  for (const t of a.terms) {
    if (!FIGURE.test(t)) continue;
    if (b.terms.has(t)) return false;
    figures = true;
  }
  if (!figures) return false;
  for (const t of b.terms) if (FIGURE.test(t)) return true;
  return false;
}

/**
 * Whether two reports share `share` ({@link MERGE_OVERLAP}) of the lighter one's weight, in two terms at least: one rare word in
 * common is no event in common, however short the lighter report (a short quote and a raid's report sharing one word).
 */
function closeReports(a: WeightedTerms, b: WeightedTerms, weight: (term: string) => number, share = MERGE_OVERLAP): boolean {
  return sharedShare(a, b, weight) >= share && Math.max(matchedTerms(a, b), matchedTerms(b, a)) >= 2;
}

/**
 * Whether two reports hold enough of the lighter date clause ({@link WeightedTerms.clause}; a report without one is its
 * own clause) in common, in two terms at least: {@link CLAUSE_OVERLAP} when they name an actor in common, and only
 * {@link MERGE_OVERLAP}, as much as whole sentences must share, when the same person takes part in both
 * ({@link WeightedTerms.participants}): "Ann Roe, who won the cup in 2031, …" and "The 2031 cup winner, …" (Ann Roe named
 * the sentence before) tell one fact of her year though the rest of their sentences differ.
 */
export function sameClause(a: WeightedTerms, b: WeightedTerms, weight: (term: string) => number): boolean {
  const participant = intersects(a.participants, b.participants);
  if (!participant && !intersects(a.actors, b.actors)) return false;
  if (!participant && !a.clause && !b.clause) return false;
  const ca = a.clause ?? a;
  const cb = b.clause ?? b;
  // A participant one report names and the other points back to ("He resigned on Friday") is a particular they share.
  const pointed = participant && pointedParticipant(a, b, ca, cb) ? 1 : 0;
  if (Math.max(matchedTerms(ca, cb), matchedTerms(cb, ca)) + pointed < 2) return false;
  return sharedShare(ca, cb, weight) >= (participant ? MERGE_OVERLAP : CLAUSE_OVERLAP);
}

/** Whether the two reports share a participant that one of their clauses does not name ({@link WeightedTerms.participants}). */
function pointedParticipant(a: WeightedTerms, b: WeightedTerms, ca: WeightedTerms, cb: WeightedTerms): boolean {
  for (const p of a.participants ?? []) if (b.participants?.has(p) && !(ca.terms.has(p) && cb.terms.has(p))) return true;
  return false;
}

/** Whether two sets share a term (the smaller one read; no pair made per call: most reports name no one). */
function intersects(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b || a.size === 0 || b.size === 0) return false;
  const fewer = a.size <= b.size ? a : b;
  const more = fewer === a ? b : a;
  for (const t of fewer) if (more.has(t)) return true;
  return false;
}

/** How many terms of `a` `b` holds, itself or as a related term. */
function matchedTerms(a: WeightedTerms, b: WeightedTerms): number {
  let matched = 0;
  for (const t of a.terms)
    if (holds(b, t) || holdsAll(b, a.parts?.get(t)) || (a.near?.get(t) ?? []).some((r) => b.terms.has(r))) matched += 1;
  return matched;
}

/** The share of the lighter report's weight two reports hold in common, read from either side. */
export function sharedShare(a: WeightedTerms, b: WeightedTerms, weight: (term: string) => number): number {
  const lighter = Math.min(a.total, b.total);
  if (lighter <= 0) return 0;
  return Math.max(sharedWeight(a, b, weight), sharedWeight(b, a, weight)) / lighter;
}

/** One report to place: its date key and its terms. */
export interface Report<T> {
  key: string;
  terms: WeightedTerms;
  item: T;
  /**
   * Keys of other readings of the same date ("before Thursday" beside "Thursday"): when no group of its own key tells
   * its event, the report joins a group of one of these that it shares {@link KEY_OVERLAP} with.
   */
  siblings?: readonly string[] | undefined;
}

/**
 * Share of the lighter report's weight (in two terms at least) a report must have in common with a report dated by
 * another reading of its date ({@link Report.siblings}) to join its group: the dates agree only loosely ("the mayor
 * will see the envoy before Thursday" and "… will host the envoy before leaving on Thursday"), so the content must
 * agree more than for one date, as for a week and a day of it.
 */
export const KEY_OVERLAP = 0.5;

/**
 * The reports compared so far, by their number among them: arrays side by side, not an object a report, so that a scan
 * of a posting list (a large story scans millions of entries) reads numbers that lie together.
 */
interface ComparedReports {
  /**
   * Each one's terms, let go (undefined) once no posting list holds it: a report of a group that left the window is
   * never read again, and a large story's terms are the largest thing in its heap.
   */
  terms: (WeightedTerms | undefined)[];
  /** How many posting lists hold each one. */
  held: number[];
  /** Each one's {@link WeightedTerms.total}. */
  total: number[];
  /** Each one's {@link namedBits}. */
  named: number[];
  /** Index of its group among the groups of its date, when it was posted (see {@link DateGroups.into}). */
  group: number[];
  /**
   * The weight it could share at most with the report being placed ({@link matchingGroups}), summed through the
   * postings; read only while `reachOf` holds that report's number.
   */
  reach: number[];
  reachOf: number[];
}

interface DateGroups {
  /** The reports of each group, by their place in the input; a group merged into an earlier one is left empty. */
  groups: number[][];
  /** A group merged into an earlier one → that group (followed until a group merged into none). */
  into: Map<number, number>;
  /**
   * Term → the compared reports (of this date, by number: {@link ComparedReports}) that hold it; reports of groups that
   * left the window are dropped.
   */
  postings: Map<string, number[]>;
  /** How many reports of each group are compared. */
  compared: number[];
}

/** The group a group of one date now belongs to: itself, or the earlier group it was merged into. */
function live(date: DateGroups, group: number): number {
  let g = group;
  for (let next = date.into.get(g); next !== undefined; next = date.into.get(g)) g = next;
  return g;
}

/**
 * Groups reports of one event, in the order given: a report joins the groups (of the latest {@link MERGE_CANDIDATES}
 * of its date) with a compared report it tells one event with ({@link sameEvent}), else it opens a group. A report
 * close to two groups joins them into the earlier one: the reports of one event are not kept apart because the one
 * that bridges them came last ("X flies to Y this week" and "X will meet Z in Y this week" share too little, and a
 * third report tells both).
 *
 * @param weight the weight of a term (the same one the totals were summed with)
 * @returns the groups, each in report order, in the order they were opened
 */
export function mergeReports<T>(reports: Iterable<Report<T>>, weight: (term: string) => number): T[][] {
  const items: T[] = [];
  const all: number[][] = [];
  const byKey = new Map<string, DateGroups>();
  const pool: ComparedReports = { terms: [], held: [], total: [], named: [], group: [], reach: [], reachOf: [] };
  for (const r of reports) {
    const index = items.length;
    items.push(r.item);
    let date = byKey.get(r.key);
    if (!date) byKey.set(r.key, (date = { groups: [], into: new Map(), postings: new Map(), compared: [] }));
    const matches = matchingGroups(date, pool, r.terms, weight, index);
    if (matches.length === 0 && siblingGroup(byKey, pool, r, weight, items.length - 1)) continue;
    let group: number;
    if (matches.length === 0) {
      group = date.groups.length;
      const members = [index];
      date.groups.push(members);
      date.compared.push(0);
      all.push(members);
    } else {
      group = matches[0]!;
      const members = date.groups[group]!;
      for (const other of matches.slice(1)) {
        const moved = date.groups[other]!;
        members.push(...moved);
        moved.length = 0;
        date.into.set(other, group);
        date.compared[group]! += date.compared[other]!;
      }
      members.push(index);
      if (matches.length > 1) members.sort((x, y) => x - y);
    }
    if (date.compared[group]! < MERGE_REPORTS) {
      date.compared[group]! += 1;
      const compared = pool.terms.length;
      pool.terms.push(r.terms);
      pool.held.push(0);
      pool.total.push(r.terms.total);
      pool.named.push(namedBits(r.terms));
      pool.group.push(group);
      pool.reach.push(0);
      pool.reachOf.push(-1);
      for (const t of r.terms.terms) post(date, pool, t, compared);
      // A later report may write a name's words as common words.
      for (const words of r.terms.parts?.values() ?? []) for (const w of words) if (!r.terms.terms.has(w)) post(date, pool, w, compared);
      // A later report may hold only a related word of one of this one's ("strike" after "the walkout"): found in
      // either order, not only when the later report holds the link.
      for (const t of relatedOnly(r.terms)) post(date, pool, t, compared);
    }
  }
  return all.filter((members) => members.length > 0).map((members) => members.map((i) => items[i]!));
}

/** The related terms of a report's terms ({@link WeightedTerms.near}) that are none of its own terms, each once. */
function relatedOnly(terms: WeightedTerms): Set<string> {
  const out = new Set<string>();
  for (const list of terms.near?.values() ?? []) for (const t of list) if (!terms.terms.has(t)) out.add(t);
  return out;
}

/**
 * Posts a compared report under a term (module functions rather than closures made per report: tsx names every closure
 * bound to a name as it is made).
 */
function post(date: DateGroups, pool: ComparedReports, term: string, compared: number): void {
  pool.held[compared]! += 1;
  const list = date.postings.get(term);
  if (list) list.push(compared);
  else date.postings.set(term, [compared]);
}

/**
 * Adds a report that no group of its own date key tells to the earliest group of a sibling key ({@link Report.siblings})
 * with a compared report of that key sharing {@link KEY_OVERLAP} with it; the report is not compared after (a third
 * report is compared with the reports of its own key, and the sibling's).
 *
 * @returns whether it joined one
 */
function siblingGroup<T>(
  byKey: Map<string, DateGroups>,
  pool: ComparedReports,
  r: Report<T>,
  weight: (term: string) => number,
  index: number,
): boolean {
  for (const key of r.siblings ?? []) {
    const date = byKey.get(key);
    if (!date) continue;
    const first = Math.max(0, date.groups.length - MERGE_CANDIDATES);
    let best: number | undefined;
    const seen = new Set<number>();
    for (const t of r.terms.terms) {
      for (const c of date.postings.get(t) ?? []) {
        if (seen.has(c) || pool.group[c]! < first) continue;
        seen.add(c);
        const group = live(date, pool.group[c]!);
        if (best !== undefined && group >= best) continue;
        if (closeReports(pool.terms[c]!, r.terms, weight, KEY_OVERLAP)) best = group;
      }
    }
    if (best !== undefined) {
      date.groups[best]!.push(index);
      return true;
    }
  }
  return false;
}

/**
 * The groups in the window with a compared report close enough to `terms`, earliest first. The reports sharing a term
 * or a related term with it are found through the postings, with the weight they could share at most; only those that
 * could reach {@link MERGE_OVERLAP} are measured both ways ({@link sharedShare}).
 *
 * @param report the report's number, that marks the compared reports' reach as its own ({@link ComparedReports.reachOf})
 */
function matchingGroups(
  date: DateGroups,
  pool: ComparedReports,
  terms: WeightedTerms,
  weight: (term: string) => number,
  report: number,
): readonly number[] {
  if (date.postings.size === 0) return NO_GROUPS;
  const first = Math.max(0, date.groups.length - MERGE_CANDIDATES);
  const reached: number[] = [];
  for (const t of terms.terms) {
    // A term's weight is looked up only when some compared report of the date is posted under it or a related term: most
    // of a report's terms are posted under none.
    let w = -1;
    let list = date.postings.get(t);
    if (list) look(list, pool, first, reached, report, (w = weight(t)));
    for (const r of terms.near?.get(t) ?? []) {
      list = date.postings.get(r);
      if (list) look(list, pool, first, reached, report, Math.min(w < 0 ? (w = weight(t)) : w, weight(r)));
    }
    for (const word of terms.parts?.get(t) ?? []) {
      list = terms.terms.has(word) ? undefined : date.postings.get(word);
      if (list) look(list, pool, first, reached, report, weight(word));
    }
  }
  let found: number[] | undefined;
  const named = namedBits(terms);
  for (const id of reached) {
    const group = live(date, pool.group[id]!);
    if (found?.includes(group)) continue;
    const lighter = Math.min(pool.total[id]!, terms.total);
    if (lighter <= 0) continue;
    // A compared report is read only when it may tell the event: most that share a word share too little.
    const c = pool.terms[id]!;
    const both = named & pool.named[id]!;
    const close =
      pool.reach[id]! / lighter >= MERGE_OVERLAP &&
      closeReports(c, terms, weight) &&
      ((both & HAS_PARTICIPANTS) === 0 || !otherParticipants(c, terms));
    // The new report's rare terms first: read once, and most reports have fewer than three.
    if (
      close ||
      ((both & (HAS_PARTICIPANTS | HAS_ACTORS)) !== 0 && sameClause(c, terms, weight)) ||
      sharesRareTerms(terms, c) ||
      ((both & HAS_HAPPENING_ACTORS) !== 0 && sameHappening(c, terms))
    )
      (found ??= []).push(group);
  }
  return found ? found.sort((x, y) => x - y) : NO_GROUPS;
}

/** {@link namedBits}: a report names someone taking part, an actor, {@link HAPPENING_ACTORS} actors. */
const HAS_PARTICIPANTS = 1;
const HAS_ACTORS = 2;
const HAS_HAPPENING_ACTORS = 4;

/**
 * What a report names, as bits: two reports can tell one date clause ({@link sameClause}) only when both name someone
 * taking part or both name an actor, and one happening ({@link sameHappening}) only when both name
 * {@link HAPPENING_ACTORS} actors; the bits say so without reading the sets.
 */
function namedBits(terms: WeightedTerms): number {
  const actors = terms.actors?.size ?? 0;
  return (
    ((terms.participants?.size ?? 0) > 0 ? HAS_PARTICIPANTS : 0) |
    (actors > 0 ? HAS_ACTORS : 0) |
    (actors >= HAPPENING_ACTORS ? HAS_HAPPENING_ACTORS : 0)
  );
}

/** No group matched (shared, never written to). */
const NO_GROUPS: readonly number[] = [];

/**
 * Adds `w` to the reach of each compared report of the window in a term's posting list, listing it in `reached` the first
 * time for this report; drops those of groups before the window (`first`) from the list as it goes: the window only
 * moves on, and a report of a group before it is never compared again.
 */
function look(list: number[], pool: ComparedReports, first: number, reached: number[], report: number, w: number): void {
  const { group, reach, reachOf } = pool;
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const c = list[i]!;
    if (group[c]! < first) {
      list[i] = list[list.length - 1]!;
      list.pop();
      pool.held[c]! -= 1;
      if (pool.held[c] === 0) pool.terms[c] = undefined;
      continue;
    }
    if (reachOf[c] === report) reach[c]! += w;
    else {
      reachOf[c] = report;
      reach[c] = w;
      reached.push(c);
    }
  }
}
