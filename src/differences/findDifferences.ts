/**
 * Where the outlets disagree: sentences of different articles that report the same fact with values that
 * cannot both be right ("about six hours" / "a three-hour meeting"; a caption's "in Riga" / the
 * body's "in Oregon").
 */
import { parseIsoDay } from '../nlp/dateCalendar.js';
import { foldText } from '../text/fold.js';
import { placeKind } from '../text/places.js';
import { termsOf } from '../search/terms.js';
import type { ArticleInfo, Story } from '../story/story.js';
import { articleById, oncePerStory } from '../story/story.js';
import { tagAsides } from './asides.js';
import type { Aside } from './asides.js';
import type { Difference, DifferenceCitation, DifferenceValue } from './difference.js';
import { amountsAgree } from './quantity.js';
import type { MentionSource, ValueMention } from './valueMentions.js';
import { valueMentions } from './valueMentions.js';

/** Share of their context words (values left out) two sentences must share, of the shorter one, to report one fact. */
export const SAME_FACT_SIMILARITY = 0.5;
/** The same for people, who are cheap to mention in passing: stricter. */
export const SAME_FACT_SIMILARITY_STRICT = 0.7;
/** The same for sums of money: an amount with its currency and scale is specific enough to find its fact on fewer shared words. */
export const SAME_FACT_SIMILARITY_MONEY = 0.4;
/** The same for dates: two sentences with different days are nearly always two events, unless they say the same in the same words. */
export const SAME_FACT_SIMILARITY_DATE = 0.85;
/** And they must share at least this many context words. */
export const MIN_SHARED_TERMS = 3;
/** Amounts further apart than this factor are taken for different facts ("two weeks" to extend, "six hours" met), not a disagreement. */
export const MAX_CONFLICT_RATIO = 2.5;
/** A context word in more of a slot's sentences than this does not propose pairs (it still counts once paired). */
const MAX_POSTING = 60;

/** Options of {@link findDifferences}. */
export interface DifferenceOptions {
  /** Captions read beside the articles (`loadCaptions`): checked like sentences, cited as the article's caption. */
  asides?: readonly Aside[];
}

/** A sentence (or caption sentence) with the values it states and its context words. */
interface Statement {
  /** Articles and their captions are separate sides: a caption can contradict its own article. */
  side: string;
  articleId: string;
  citation: Omit<DifferenceCitation, 'mention'>;
  mentions: ValueMention[];
  /** Content terms of the text outside its value mentions (people's names kept). */
  terms: Set<string>;
  /** The same without people's names (to compare who). */
  termsWithoutPeople: Set<string>;
  /** The article's publication day (day number), when known. */
  publishedDay?: number;
  /** The people it names (canonical) and the distinctive words of the organisations it names, to tell parallel sentences about different subjects apart. */
  people: Set<string>;
  organisations: Set<string>;
}

/**
 * The story's disagreements: for each fact reported with incompatible values by different articles (or by an
 * article's caption and an article), the values with their citations.
 *
 * Two sentences report the same fact when, leaving their values aside, at least {@link SAME_FACT_SIMILARITY}
 * of the shorter one's content words are shared (and {@link MIN_SHARED_TERMS} or more; people
 * {@link SAME_FACT_SIMILARITY_STRICT}, days {@link SAME_FACT_SIMILARITY_DATE}, money
 * {@link SAME_FACT_SIMILARITY_MONEY}), they measure the same thing (the
 * same unit noun and direction — a level, a rise, a fall —, or both a duration, a place, …), their days agree
 * (a sentence without a day is of its article's day) and so do the people and organisations they name. Values
 * that merely differ in wording agree: "nearly 2,300" and "2,300", "4.37 billion" and "4.4 billion", "Marlow
 * Beach, Oregon" and "Oregon" (a place and what the text says it lies in). Not told as differences: an article
 * that itself also gives the other value (the bill "cut from 12 clauses to 9"), two values in conflict at
 * once (two facts), amounts more than {@link MAX_CONFLICT_RATIO} apart, rises or falls reported on different
 * days, and relative days ("today") in articles of different days.
 *
 * Deterministic; pairs are found through the postings of rare context words among the sentences that state a
 * value of the same kind, so the cost follows those postings, not the square of the story.
 *
 * @example findDifferences(story).map(describeDifference)
 * // → ['Sources differ on how long: about six hours (a), three-hour (b; c)']
 */
export function findDifferences(story: Story, options: DifferenceOptions = {}): Difference[] {
  const statements = storyStatements(story, options.asides ?? []);
  const containment = placeContainment(statements);
  const bySlot = new Map<string, Statement[]>();
  for (const st of statements) {
    for (const slot of new Set(st.mentions.map((m) => m.slot))) {
      if (!comparableWithin(st, slot, containment)) continue;
      let list = bySlot.get(slot);
      if (!list) bySlot.set(slot, (list = []));
      list.push(st);
    }
  }

  const found: { difference: Difference; order: number }[] = [];
  for (const [slot, group] of [...bySlot.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (new Set(group.map((s) => s.side)).size < 2) continue;
    for (const d of slotDifferences(slot, group, containment)) found.push(d);
  }
  return found.sort((a, b) => a.order - b.order).map((f) => f.difference);
}

/** The story's differences (without captions), worked out once per story. */
export const storyDifferences: (story: Story) => Difference[] = oncePerStory((story) => findDifferences(story));

/**
 * The differences that concern any of the given sentences (ids in `Story.sentences`), for an answer to add
 * "Sources differ: …" under its excerpts. Uses `differences` when given (e.g. worked out with captions), else
 * the story's own ({@link storyDifferences}).
 */
export function differencesFor(
  story: Story,
  sentenceIds: Iterable<number>,
  differences: readonly Difference[] = storyDifferences(story),
): Difference[] {
  const ids = new Set(sentenceIds);
  return differences.filter((d) => d.values.some((v) => v.citations.some((c) => c.sentenceId !== undefined && ids.has(c.sentenceId))));
}

/**
 * One line for a reader: "Sources differ on how long: about six hours (Harbour Post), three hours (Valley Courier;
 * “Ferry talks end without a deal…”)". Outlets are named by publisher, else by headline; a caption says so.
 */
export function describeDifference(d: Difference): string {
  const parts = d.values.map((v) => `${v.label} (${[...new Set(v.citations.map(outletLabel))].join('; ')})`);
  return `Sources differ on ${d.what}: ${parts.join(', ')}`;
}

function outletLabel(c: DifferenceCitation): string {
  const name = c.source ?? `“${c.title.length > 40 ? `${c.title.slice(0, 39)}…` : c.title}”`;
  return c.part === 'caption' ? `photo caption, ${name}` : name;
}

function storyStatements(story: Story, asides: readonly Aside[]): Statement[] {
  const articles = articleById(story);
  const out: Statement[] = [];
  for (const s of story.sentences) {
    const made = statement(s, s.articleId, s.articleId, articles.get(s.articleId), {
      part: 'body',
      sentence: s.index,
      sentenceId: s.id,
      text: s.text,
    });
    if (made) out.push(made);
  }
  for (const aside of tagAsides(asides)) {
    const article = articles.get(aside.articleId);
    for (const s of aside.sentences) {
      const made = statement(s, `${aside.articleId}#${aside.kind}`, aside.articleId, article, { part: 'caption', text: s.text });
      if (made) out.push(made);
    }
  }
  return out;
}

/**
 * The statement of one sentence of the body or of a caption, cited at `where`; undefined when it mentions no value
 * (nothing in it can differ from another source).
 */
function statement(
  s: MentionSource,
  side: string,
  articleId: string,
  article: ArticleInfo | undefined,
  where: Pick<DifferenceCitation, 'part' | 'text'> & Partial<Pick<DifferenceCitation, 'sentence' | 'sentenceId'>>,
): Statement | undefined {
  const mentions = valueMentions(s, article?.published);
  if (mentions.length === 0) return undefined;
  const { entities: named, text } = s;
  const numbers = numericSpans(named);
  const citation: Omit<DifferenceCitation, 'mention'> = { articleId, title: article?.title ?? articleId, ...where };
  if (article?.source !== undefined) citation.source = article.source;
  if (article?.url !== undefined) citation.url = article.url;
  if (article?.published !== undefined) citation.published = article.published;
  const day = article?.published === undefined ? undefined : parseIsoDay(article.published);
  return {
    people: new Set(named.filter((e) => e.type === 'PERSON').map((e) => e.canonical ?? e.text)),
    organisations: new Set(
      named
        .filter((e) => e.type === 'ORG' && !mentions.some((m) => m.kind === 'place' && m.start <= e.start && e.end <= m.end))
        .flatMap((e) => organisationWords(e.text)),
    ),
    ...(day === undefined ? {} : { publishedDay: day }),
    side,
    articleId,
    citation,
    mentions,
    terms: new Set(termsOf(blank(text, [...mentions.filter((m) => m.kind !== 'person'), ...numbers]))),
    termsWithoutPeople: new Set(termsOf(blank(text, [...mentions, ...numbers]))),
  };
}

/** A stretch of a sentence. */
interface Span {
  start: number;
  end: number;
}

/** Numbers, amounts and dates: never context ("the six thousand mark" and "the three thousand mark" share no fact). */
const NUMERIC_TYPES = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'ORDINAL', 'DURATION', 'DATE', 'TIME']);

function numericSpans(entities: readonly { type: string; start: number; end: number }[]): Span[] {
  return entities.filter((e) => NUMERIC_TYPES.has(e.type));
}

/** The text with the spans blanked out. */
function blank(text: string, mentions: readonly Span[]): string {
  let out = text;
  for (const m of mentions) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}

/** A statement whose own mentions of a slot disagree ("from 12 clauses to 9 clauses") reports a change, not a value. */
function comparableWithin(st: Statement, slot: string, containment: Containment): boolean {
  const ms = st.mentions.filter((m) => m.slot === slot);
  if (slot === 'place' || slot === 'person') return true;
  for (let i = 0; i < ms.length; i += 1)
    for (let j = i + 1; j < ms.length; j += 1) if (!mentionsAgree(ms[i]!, ms[j]!, containment)) return false;
  return true;
}

/** What the text says lies in what: "Marlow Beach, Oregon" → marlow beach ⊂ oregon. */
type Containment = Map<string, Set<string>>;

function placeContainment(statements: readonly Statement[]): Containment {
  const within: Containment = new Map();
  for (const st of statements) {
    for (const m of st.mentions) {
      const places = m.places ?? [];
      for (let i = 0; i + 1 < places.length; i += 1) {
        let set = within.get(places[i]!);
        if (!set) within.set(places[i]!, (set = new Set()));
        for (const outer of places.slice(i + 1)) set.add(outer);
      }
    }
  }
  return within;
}

/** How two values relate: the same (in any wording), possibly compatible (unknown), or in conflict. */
type Relation = 'same' | 'compatible' | 'conflict';

function placesRelation(a: readonly string[], b: readonly string[], containment: Containment): Relation {
  const inA = new Set(a.flatMap((p) => [p, ...(containment.get(p) ?? [])]));
  const inB = new Set(b.flatMap((p) => [p, ...(containment.get(p) ?? [])]));
  for (const p of inA) if (inB.has(p)) return 'same';
  // A country and a place in it are not a contradiction; without a map of what lies where, any country is let be.
  return [...a, ...b].some((p) => placeKind(p) === 'country') ? 'compatible' : 'conflict';
}

function mentionRelation(a: ValueMention, b: ValueMention, containment: Containment): Relation {
  if (a.amount && b.amount) return amountsAgree(a.amount, b.amount) ? 'same' : 'conflict';
  if (a.day !== undefined && b.day !== undefined) {
    if (a.day === b.day) return 'same';
    // "Saturday" read as last Saturday in one sentence and next Saturday in another (by tense) is one word, not two claims.
    return a.looseDay || b.looseDay || a.text.toLowerCase() === b.text.toLowerCase() ? 'compatible' : 'conflict';
  }
  if (a.places && b.places) return placesRelation(a.places, b.places, containment);
  if (a.person !== undefined && b.person !== undefined) return a.person === b.person ? 'same' : 'conflict';
  return 'compatible';
}

function mentionsAgree(a: ValueMention, b: ValueMention, containment: Containment): boolean {
  return mentionRelation(a, b, containment) !== 'conflict';
}

/** The closest relation between any value of `a` and any value of `b` in the slot. */
function statementRelation(a: Statement, b: Statement, slot: string, containment: Containment): Relation {
  const ma = a.mentions.filter((m) => m.slot === slot);
  const mb = b.mentions.filter((m) => m.slot === slot);
  let conflict = false;
  let compatible = false;
  for (const x of ma) {
    for (const y of mb) {
      const r = mentionRelation(x, y, containment);
      if (r === 'same') return 'same';
      if (r === 'compatible') compatible = true;
      else conflict = true;
    }
  }
  // Places: "in Oregon … the strike in Norway" against "in Riga" conflicts on the places that can be
  // compared, though a country elsewhere in the sentence cannot be. Other values: any possible agreement wins.
  if (slot === 'place') return conflict ? 'conflict' : 'compatible';
  return compatible ? 'compatible' : 'conflict';
}

/**
 * The pairs of statements of different sides that share at least {@link MIN_SHARED_TERMS} context words and
 * `threshold` of the shorter one's, found through the postings of the words at most {@link MAX_POSTING} of the
 * group's statements hold (so the work follows those postings, not the square of the group); the words more
 * common than that still count in a pair's share. Pairs in order.
 */
function sameFactPairs(
  group: readonly Statement[],
  termsOfStatement: (s: Statement) => Set<string>,
  threshold: number,
): [number, number][] {
  const postings = new Map<string, number[]>();
  group.forEach((st, i) => {
    for (const t of termsOfStatement(st)) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  const shared = new Int32Array(group.length);
  const touched: number[] = [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < group.length; i += 1) {
    const terms = termsOfStatement(group[i]!);
    const common: string[] = [];
    for (const t of terms) {
      const list = postings.get(t)!;
      if (list.length > MAX_POSTING) {
        common.push(t);
        continue;
      }
      // Postings are in group order: only (i, j > i).
      for (let k = list.length - 1; k >= 0 && list[k]! > i; k -= 1) {
        const j = list[k]!;
        if (shared[j] === 0) touched.push(j);
        shared[j] = shared[j]! + 1;
      }
    }
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      const other = termsOfStatement(group[j]!);
      let count = shared[j]!;
      shared[j] = 0;
      if (group[j]!.side === group[i]!.side) continue;
      for (const t of common) if (other.has(t)) count += 1;
      if (count >= MIN_SHARED_TERMS && count / Math.min(terms.size, other.size) >= threshold) pairs.push([i, j]);
    }
    touched.length = 0;
  }
  return pairs;
}

function slotDifferences(slot: string, group: readonly Statement[], containment: Containment): { difference: Difference; order: number }[] {
  const strict = slot === 'person';
  const termsOfStatement = (s: Statement) => (slot === 'person' ? s.termsWithoutPeople : s.terms);
  const threshold =
    slot === 'date'
      ? SAME_FACT_SIMILARITY_DATE
      : strict
        ? SAME_FACT_SIMILARITY_STRICT
        : slot.startsWith('money:')
          ? SAME_FACT_SIMILARITY_MONEY
          : SAME_FACT_SIMILARITY;

  const sameFact = new Map<number, Set<number>>();
  const agreeing: [number, number][] = [];
  const conflicting: [number, number][] = [];
  for (const [i, j] of sameFactPairs(group, termsOfStatement, threshold)) {
    const a = group[i]!;
    const b = group[j]!;
    if (slot !== 'date' && !sameDay(a, b, containment)) continue;
    // "Ames ran for 412 yards" and "Bell ran for 389 yards": the same words about different subjects.
    if (!sameSubjects(a, b, slot)) continue;
    // A rise or a fall is news of its day: articles of different days report different ones.
    if (
      /:(?:up|down|change)$/.test(slot) &&
      a.publishedDay !== undefined &&
      b.publishedDay !== undefined &&
      a.publishedDay !== b.publishedDay
    )
      continue;
    if (slot === 'person' && (countSlot(a, 'person') !== 1 || countSlot(b, 'person') !== 1)) continue;
    for (const [x, y] of [
      [i, j],
      [j, i],
    ] as const) {
      let set = sameFact.get(x);
      if (!set) sameFact.set(x, (set = new Set()));
      set.add(y);
    }
    const relation = statementRelation(a, b, slot, containment);
    if (relation === 'conflict' && !conflictWorthTelling(a, b, slot)) continue;
    // Two values in conflict at once ("Venn scored 14", "Lind scored 9") is two facts, not one told two ways.
    if (relation === 'conflict' && conflictsElsewhere(a, b, slot, containment)) continue;
    if (relation === 'same') agreeing.push([i, j]);
    else if (relation === 'conflict') conflicting.push([i, j]);
  }

  // An article that also gives the other value somewhere (the bill "cut from 12 clauses to 9", talks "in
  // Lisbon" last week and "in Oregon" now) is telling of two facts, not disagreeing.
  const bySide = new Map<string, number[]>();
  group.forEach((st, k) => bySide.set(st.side, [...(bySide.get(st.side) ?? []), k]));
  const alsoGives = (x: number, y: number) =>
    (bySide.get(group[x]!.side) ?? []).some((k) => k !== x && statementRelation(group[k]!, group[y]!, slot, containment) === 'same');
  const valid = conflicting.filter(([i, j]) => !alsoGives(i, j) && !alsoGives(j, i));
  if (valid.length === 0) return [];

  const facts = new UnionFind(group.length);
  for (const [i, j] of [...valid, ...agreeing]) facts.union(i, j);
  const withConflict = new Set(valid.map(([i]) => facts.find(i)));

  const out: { key: string; keys: string[]; difference: Difference; order: number }[] = [];
  const membersOf = new Map<number, number[]>();
  for (let k = 0; k < group.length; k += 1) {
    const root = facts.find(k);
    if (withConflict.has(root)) membersOf.set(root, [...(membersOf.get(root) ?? []), k]);
  }
  for (const root of [...withConflict].sort((a, b) => a - b)) {
    const members = membersOf.get(root) ?? [];
    // Members giving compatible values are one side of the difference, paired or not.
    const values = new UnionFind(group.length);
    for (const [x, i] of members.entries())
      for (const j of members.slice(x + 1)) if (statementRelation(group[i]!, group[j]!, slot, containment) === 'same') values.union(i, j);
    const byValue = new Map<number, number[]>();
    for (const k of members) {
      const v = values.find(k);
      let list = byValue.get(v);
      if (!list) byValue.set(v, (list = []));
      list.push(k);
    }
    if (byValue.size < 2) continue;
    const valueGroups = [...byValue.values()];
    const first = group[members[0]!]!.mentions.find((m) => m.slot === slot)!;
    const keys: string[] = [];
    const diffValues: DifferenceValue[] = valueGroups.map((ks) => {
      const telling = ks.map((k) => tellingMention(group, k, ks, valueGroups, slot, containment));
      keys.push(valueKey(telling[0]!));
      const citations = ks.map((k, x) => ({ ...group[k]!.citation, mention: telling[x]!.text }));
      return { label: commonest(citations.map((c) => c.mention)), citations };
    });
    const key = `${slot}|${[...keys].sort().join('|')}`;
    const earlier = out.find((o) => o.key === key);
    if (earlier) {
      // The same two values over another pair of sentences ("Palk led…" / "Varn led…", then "Palk met…" / "Varn met…"): one difference.
      earlier.difference.values.forEach((v, x) => v.citations.push(...diffValues[keys.indexOf(earlier.keys[x]!)]!.citations));
      continue;
    }
    out.push({
      key,
      keys,
      difference: { kind: first.kind, what: slotLabel(slot, first), values: diffValues },
      order: minSentenceOrder(group, members),
    });
  }
  return out.map(({ difference, order }) => ({ difference, order }));
}

/** The text written most often (the first of equals). */
function commonest(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best = texts[0] ?? '';
  for (const t of texts) if (counts.get(t)! > counts.get(best)!) best = t;
  return best;
}

/** What identifies a value across sentences: the person, the amount, the day, the most specific place. */
function valueKey(m: ValueMention): string {
  if (m.person !== undefined) return `person:${m.person}`;
  if (m.amount) return `amount:${m.amount.value}`;
  if (m.day !== undefined) return `day:${m.day}`;
  if (m.places) return `place:${m.places[0] ?? ''}`;
  return `text:${m.text.toLowerCase()}`;
}

/**
 * Whether two statements can be about the same day: their exact dates agree, or only one gives a date and it is
 * the other article's publication day (an article that names no day reports its own day's news), or neither
 * gives a date. "Markets fell 6.5% today" (13 Oct) and an article of 6 Oct are different days.
 */
function sameDay(a: Statement, b: Statement, containment: Containment): boolean {
  const da = a.mentions.filter((m) => m.slot === 'date');
  const db = b.mentions.filter((m) => m.slot === 'date');
  if (da.length > 0 && db.length > 0) return statementRelation(a, b, 'date', containment) !== 'conflict';
  const [dated, other] = da.length > 0 ? [da, b] : [db, a];
  if (dated.length === 0 || other.publishedDay === undefined) return true;
  return dated.some((m) => m.looseDay || m.day === other.publishedDay);
}

/** Words of company names that say what kind of body it is, not which ("Orvel Corp" and "Orvel" are one). */
const ORGANISATION_KIND_WORDS = new Set([
  'the',
  'of',
  'and',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'co',
  'company',
  'group',
  'plc',
  'llc',
  'sa',
  'ag',
  'nv',
  'holdings',
  'international',
]);

/** The distinctive words of an organisation's name, folded: "Orvel Corp" → ["orvel"]. */
function organisationWords(name: string): string[] {
  return foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !ORGANISATION_KIND_WORDS.has(w));
}

/** Whether the statements also conflict on another kind of value they both state. */
function conflictsElsewhere(a: Statement, b: Statement, slot: string, containment: Containment): boolean {
  const slots = new Set(a.mentions.map((m) => m.slot));
  for (const other of new Set(b.mentions.map((m) => m.slot))) {
    if (other === slot || !slots.has(other)) continue;
    if (statementRelation(a, b, other, containment) === 'conflict') return true;
  }
  return false;
}

/**
 * Whether two statements can be about the same subjects: when both name people, they share one, and when both
 * name organisations, they share one (for the `person` slot the people are what is compared, so only
 * organisations count there).
 */
function sameSubjects(a: Statement, b: Statement, slot: string): boolean {
  const overlapOrEmpty = (x: Set<string>, y: Set<string>) => x.size === 0 || y.size === 0 || [...x].some((v) => y.has(v));
  return overlapOrEmpty(a.organisations, b.organisations) && (slot === 'person' || overlapOrEmpty(a.people, b.people));
}

/**
 * Whether a conflict between two same-fact statements is a disagreement rather than two facts: amounts within
 * {@link MAX_CONFLICT_RATIO} of each other; dates both written on the calendar, or relative dates in articles
 * of the same day ("today" in two articles of different days is two days).
 */
function conflictWorthTelling(a: Statement, b: Statement, slot: string): boolean {
  const ma = a.mentions.filter((m) => m.slot === slot);
  const mb = b.mentions.filter((m) => m.slot === slot);
  return ma.some((x) =>
    mb.some((y) => {
      if (x.amount && y.amount) {
        const [lo, hi] = [
          Math.min(Math.abs(x.amount.value), Math.abs(y.amount.value)),
          Math.max(Math.abs(x.amount.value), Math.abs(y.amount.value)),
        ];
        return lo > 0 && hi / lo <= MAX_CONFLICT_RATIO;
      }
      if (x.day !== undefined && y.day !== undefined)
        return (x.absolute === true && y.absolute === true) || (a.publishedDay !== undefined && a.publishedDay === b.publishedDay);
      return true;
    }),
  );
}

/**
 * The mention of statement `k` that carries its side of the difference: the one the same as its own group's
 * values and in conflict with the other groups' (of "in Oregon … in Lisbon", Oregon against "in Riga").
 */
function tellingMention(
  group: readonly Statement[],
  k: number,
  own: readonly number[],
  groups: readonly number[][],
  slot: string,
  containment: Containment,
): ValueMention {
  const mentions = group[k]!.mentions.filter((m) => m.slot === slot);
  const others = groups
    .filter((g) => g !== own)
    .flat()
    .flatMap((o) => group[o]!.mentions.filter((m) => m.slot === slot));
  const peers = own.filter((o) => o !== k).flatMap((o) => group[o]!.mentions.filter((m) => m.slot === slot));
  const score = (m: ValueMention) =>
    others.filter((o) => mentionRelation(m, o, containment) === 'conflict').length +
    peers.filter((p) => mentionRelation(m, p, containment) === 'same').length;
  return mentions.reduce((best, m) => (score(m) > score(best) ? m : best), mentions[0]!);
}

function countSlot(st: Statement, slot: string): number {
  return new Set(st.mentions.filter((m) => m.slot === slot).map((m) => m.person ?? m.text)).size;
}

function minSentenceOrder(group: readonly Statement[], members: number[]): number {
  return Math.min(...members.map((k) => group[k]!.citation.sentenceId ?? Number.MAX_SAFE_INTEGER));
}

function slotLabel(slot: string, m: ValueMention): string {
  switch (m.kind) {
    case 'duration':
      return 'how long';
    case 'percent':
      return 'the percentage';
    case 'date':
      return 'the date';
    case 'place':
      return 'the place';
    case 'person':
      return 'who';
    case 'money':
      return 'the amount';
    default:
      return `the number of ${m.unit ?? slot.slice(slot.indexOf(':') + 1)}`;
  }
}

/** Disjoint sets over 0..n-1 (path halving, union by smaller root for determinism). */
class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) {
      this.parent[r] = this.parent[this.parent[r]!]!;
      r = this.parent[r]!;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}
