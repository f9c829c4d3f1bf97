/**
 * The story's timeline: what happened or is to happen, placed on the calendar from each sentence's date mentions
 * (resolved against the article's published date), with the same event reported by several articles merged into
 * one entry that cites them all.
 */
import type { SentenceRef } from '../actors/actor.js';
import { allMatches } from '../nlp/allMatches.js';
import type { Entity } from '../nlp/entities.js';
import { nounClass } from '../lexicon/index.js';
import { isPersonNoun } from '../nlp/cueWords.js';
import { isoDay, parseIsoDay } from '../nlp/dateCalendar.js';
import { eventTimeNear } from '../nlp/dateTense.js';
import { resolveDate } from '../nlp/resolveDate.js';
import type { DatePrecision, ResolvedDate } from '../nlp/resolveDate.js';
import { type QuoteSpan, quoteSpans } from '../text/quotes.js';
import { termsOf } from '../search/terms.js';
import type { Story, StorySentence } from '../story/story.js';
import { dayRuns } from './dayRanges.js';
import { ANCHOR_REACH, type DayAnchor, dayAnchors, daysNextTo } from './dayNextTo.js';
import { foldPublicationDays, type PublishedReport } from './foldPublicationDays.js';
import { foldWeeksIntoDays } from './foldWeeks.js';
import { reportedSpeechStart } from './reportedSpeech.js';
import { isSourceOnly } from './sourceOnly.js';
import { entryText, wordingReport } from './entryWording.js';
import {
  type DateClause,
  FIGURE_MARK,
  type Headline,
  MAKING_MARK,
  NAME_MARK,
  dateClause,
  eventTerms,
  nameFrequency,
  StoryNamesReader,
} from './eventTerms.js';
import { headlineEntities } from './headlineNames.js';
import { mergeReports, type Report, type WeightedTerms } from './mergeReports.js';

export type { SentenceRef } from '../actors/actor.js';
export { overlap } from '../text/overlap.js';
export { MERGE_OVERLAP } from './mergeReports.js';

/** One dated event of the story. */
export interface TimelineEvent {
  /** ISO value as {@link ResolvedDate.date}: `YYYY-MM-DD` (day, week), `YYYY-MM` (month) or `YYYY` (year). */
  date: string;
  precision: DatePrecision;
  /** "before Thursday", "after …", "about a week earlier"; omitted when exact. */
  relation?: 'before' | 'after' | 'about';
  /** The date as written ("on Friday", "before Thursday", "just one month earlier"). */
  dateText: string;
  /**
   * The sentence that reports it: the first report in story order when it stands alone, else the most specific one
   * (see `entryWording`); its article's headline when it is the article's first sentence and too short to tell anything.
   */
  text: string;
  articleId: string;
  /** 1-based sentence number in the article. */
  sentence: number;
  /** Other sentences (in any article) that report the same event on the same date. */
  alsoIn: SentenceRef[];
  /**
   * Canonical names of the people who take part in the event as its sentences tell it, in order of appearance; not
   * those named only as a sentence's source ("…, Holt said.").
   */
  actors: string[];
}

/** The `dateText` of an event dated by its article's publication (a lede with no date of its own). */
export const PUBLICATION_DAY = 'the day of publication';

/**
 * Calendar words wink-nlp does not always tag as dates ("over the weekend", "today"); each is also offered to
 * {@link resolveDate}, which decides whether it is a date at all.
 */
const EXTRA_MENTIONS =
  /\b(?:(?:over|during|on|at|by|before|after|since|until|last|next|this|the|early|late)\s+)*(?:weekend|today|tonight|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|febr)uary|march|april|june|july|august|(?:septem|octo|novem|decem)ber)\b(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?/giu;
/**
 * "May" is a month only capitalised and with a day or a year ("May 9", "May one", "May 1996"); alone it is too often
 * the verb.
 */
const MAY_MENTION =
  /\bMay\s+(?:\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?|\d{4}\b|(?:twenty|thirty)?[ -]?(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?:th)?\b|(?:tenth|eleventh|twelfth|twentieth|thirtieth)\b)/gu;
/** A bare year after a preposition ("in 2009", "since 2019"). */
const YEAR_MENTION = /\b(?:in|since|by|until|from|of)\s+((?:1[89]|20)\d{2})\b(?![-–]\d)(?!\s*(?:local|GMT|UTC|hrs|hours|[ECMP][SD]T)\b)/giu;

/**
 * What each pattern above cannot match without (a calendar word, "May", a year's digits): a sentence without it is not
 * searched with the full pattern, whose optional lead words make it slow to fail.
 */
const MENTION_PREFILTER = new Map<RegExp, RegExp>([
  [EXTRA_MENTIONS, /(?:weekend|tonight|tomorrow|day|uary|march|april|june|july|august|ber)\b/iu],
  [MAY_MENTION, /May/u],
  [YEAR_MENTION, /(?:1[89]|20)\d\d/u],
]);

/** A month or weekday name in lower case, which is no date ("march" is a verb), unless today or yesterday. */
const LOWER_CALENDAR_WORD = /\b(?:\p{Ll}+day|\p{Ll}+ber|january|february|march|april|june|july|august)\b/u;
const MENTION_TYPES = new Set<Entity['type']>(['DATE', 'TIME', 'DURATION']);
/** Date mentions read in one sentence. */
const MAX_MENTIONS_PER_SENTENCE = 40;

/** A resolved date mention of one sentence. */
export interface DatedMention {
  resolved: ResolvedDate;
  sentence: StorySentence;
  order: number;
  /** The people who take part in what it dates ({@link participants}), kept once its report has read them. */
  participants?: readonly string[];
}

/**
 * The dated reports of a story, each with its date key and event terms, and the weight of a term: what `mergeReports`
 * groups. `reports` makes each report's terms as it is reached (an iteration makes them again), so that only the
 * reports a reader keeps stay alive: at a million sentences, the terms of every report at once were the largest thing
 * in the build's heap.
 */
export interface TimelineReports {
  reports: Iterable<Report<DatedMention>>;
  weight: (term: string) => number;
  published: ReadonlyMap<string, string | undefined>;
}

/**
 * Every dated report of a story ({@link DatedMention}: a sentence and one date it resolves) with its
 * {@link eventTerms}, in story order, and the weight of a term (rarer terms weigh more); exported for measuring
 * (`scripts/timelinePairs.ts`).
 */
export function timelineReports(story: Story, dates?: SentenceDates): TimelineReports {
  const published = new Map(story.articles.map((a) => [a.id, a.published]));
  const dated: DatedMention[] = [];
  const datedArticles = new Set<string>();
  // The days the article gave so far, that "the next day" counts from (dayNextTo).
  let anchors: DayAnchor[] = [];
  // The id of the sentence before when it is an article's lede dated only by its publication's week, else -1.
  let weekLede = -1;
  const namesRead = new StoryNamesReader();
  for (const s of story.sentences) {
    // Read here as `dayAnchors` reads them (the latest sentence's entities are kept: they are made once).
    namesRead.add(s.entities);
    const seen = new Set<string>();
    const date = published.get(s.articleId);
    if (s.index === 1) anchors = [];
    else if (anchors[0] && anchors[0].sentence.id < s.id - ANCHOR_REACH)
      anchors = anchors.filter((a) => a.sentence.id >= s.id - ANCHOR_REACH);
    const own = dates?.[s.id] ?? datesOf(s, date);
    anchors.push(...dayAnchors(s, own));
    const nextTo = daysNextTo(s, anchors);
    // Only a day counted here is a new exact anchor (a date entity's anchors are never exact): none when none is counted.
    if (nextTo.length > 0) anchors.push(...dayAnchors(s, nextTo).filter((a) => a.exact));
    for (const resolved of nextTo.length > 0 ? [...own, ...nextTo] : own) {
      const key = dateKey(resolved);
      if (seen.has(key)) continue;
      seen.add(key);
      dated.push({ resolved, sentence: s, order: dated.length });
    }
    // A news article's first sentence tells the news of its day ("Kestrel said it bought …"): undated, it is
    // placed on the published date when it reports something done (past or present tense).
    // A lede with only a coarser date ("later this decade") still tells the day's news.
    // A lede dated only by the week it was published in ("Grain prices slid this week") tells what the week brought:
    // the next sentence of its paragraph, undated, tells the day's news in particular ("The steepest fall came in …").
    // Measured: storyE's dates 12/13 → 13/13; the bundled, storyD and storyF timelines' figures unchanged.
    const day = s.index <= 2 && date !== undefined ? parseIsoDay(date) : undefined;
    const undatedLede = s.index === 1 && !datedArticles.has(s.articleId) && ![...seen].some((k) => /\|(day|week)\|/.test(k));
    const weekLedeDetail =
      s.index === 2 && weekLede === s.id - 1 && seen.size === 0 && s.paragraph === story.sentences[weekLede]?.paragraph;
    if ((undatedLede || weekLedeDetail) && day !== undefined && tellsDone(s)) {
      dated.push({ resolved: { date: isoDay(day), precision: 'day', text: PUBLICATION_DAY }, sentence: s, order: dated.length });
    }
    weekLede = s.index === 1 && day !== undefined && ofPublicationWeek(own, day) && tellsDone(s) ? s.id : -1;
    datedArticles.add(s.articleId);
  }

  // Rare words weigh more: two reports of one event share its specific words ("letter of intent"), not just "said".
  const df = story.documentFrequency;
  const names = namesRead.names(story.actors);
  const n = Math.max(1, story.sentences.length);
  const weights = new Map<string, number>();
  const weight = (t: string) => {
    let w = weights.get(t);
    if (w === undefined) weights.set(t, (w = Math.log(1 + n / frequency(t))));
    return w;
  };
  const frequency = (t: string) =>
    t.startsWith(NAME_MARK)
      ? nameFrequency(t, names, df)
      : t.startsWith(FIGURE_MARK)
        ? (names.figures.get(t) ?? 1)
        : (df.get(t.startsWith(MAKING_MARK) ? t.slice(MAKING_MARK.length) : t) ?? 1);
  // A term at most two sentences hold: the weight of a frequency of 2, read from the cache.
  const rareWeight = Math.log(1 + n / 2);
  const rare = (t: string) => weight(t) >= rareWeight;
  const keysOf = new Map<number, Set<string>>();
  for (const d of dated) {
    const keys = keysOf.get(d.sentence.id);
    if (keys) keys.add(dateKey(d.resolved));
    else keysOf.set(d.sentence.id, new Set([dateKey(d.resolved)]));
  }
  // The sentence before, when it does not report on this date itself (then its own report is compared); an article's
  // first sentence has its headline before it, with the names the article gives that it writes, and the next sentences
  // of its lede both (LEDE_SENTENCES).
  const titles = new Map(story.articles.flatMap((a) => (a.titleGiven ? [[a.id, a.title] as const] : [])));
  const headlines = new Map<string, Headline>();
  const antecedent = (d: DatedMention): StorySentence | Headline | undefined => {
    const s = d.sentence;
    const title = s.index <= LEDE_SENTENCES ? titles.get(s.articleId) : undefined;
    const first = title === undefined ? undefined : story.sentences[s.id - s.index + 1];
    let h = title === undefined ? undefined : headlines.get(s.articleId);
    if (title !== undefined && first && !h)
      headlines.set(
        s.articleId,
        (h = { headline: title, entities: headlineEntities(title, articleFrom(story, first)), terms: new Set(termsOf(title)) }),
      );
    if (s.index === 1) return h;
    const b = sentenceBefore(story, s);
    const before = b && !keysOf.get(b.id)?.has(dateKey(d.resolved)) ? b : undefined;
    return h ? { ...h, sentenceBefore: before, earlier: story.sentences.slice(s.id - s.index + 1, s.id) } : before;
  };
  const report = (d: DatedMention): Report<DatedMention> => {
    // Read once for the participants and the terms.
    const clause = dateClause(d.sentence, d.resolved.text);
    d.participants = participants(d.sentence, d.resolved.text, clause);
    return {
      key: dateKey(d.resolved),
      terms: eventTerms(
        d.sentence,
        d.resolved.text,
        names,
        weight,
        d.resolved.precision === 'day' || d.resolved.precision === 'week',
        participantsOrAntecedent(story, d.sentence, d.participants),
        antecedent(d),
        rare,
        clause,
      ),
      item: d,
      siblings: siblingKeys(d.resolved),
    };
  };
  const reports = {
    *[Symbol.iterator]() {
      for (const d of dated) yield report(d);
    },
  };
  return { reports, weight, published };
}

/**
 * Builds the timeline of a story: every sentence's DATE/TIME/DURATION entities (and calendar words the tagger
 * missed) resolved with {@link resolveDate} against its article's published date; durations and mentions that
 * cannot be placed are skipped. Reports of the same event (same resolved date and at least {@link MERGE_OVERLAP}
 * of their weighted content in common, the same date clause and an actor in common, or one kind of happening and two
 * actors in common: `eventTerms`, `sameEvent`) become one event citing every sentence; a week's report of a day's event
 * is folded into it (`foldWeeks`), and so is an article's undated first sentence, placed on its publication day, into
 * the event of a day shortly before that it tells (`foldPublicationDays`). After a first sentence dated only by its
 * publication's week, the next sentence of its paragraph, undated, is placed on the publication day too.
 *
 * @param dates each sentence's resolved dates ({@link datesOf}, by sentence id), when the build read them already
 * @returns events in chronological order (see {@link compareEvents})
 */
export function buildTimeline(story: Story, dates?: SentenceDates): TimelineEvent[] {
  const { reports, weight, published } = timelineReports(story, dates);
  // Folding weeks into days reads the terms of day and week reports only: the others' are let go once merged.
  const termsOf = new Map<DatedMention, WeightedTerms>();
  const kept = function* () {
    for (const r of reports) {
      if (foldable(r.item.resolved)) termsOf.set(r.item, r.terms);
      yield r;
    }
  };
  // One event told by a week in one article and by a day of it in another is one entry, on the day.
  const reportOf = (d: DatedMention): PublishedReport => ({
    date: d.resolved.date,
    precision: d.resolved.precision,
    relation: d.resolved.relation,
    articleId: d.sentence.articleId,
    sentence: d.sentence.id,
    published: published.get(d.sentence.articleId),
    terms: termsOf.get(d) ?? UNREAD_TERMS,
    byPublication: d.resolved.text === PUBLICATION_DAY,
  });
  // An article's undated first sentence placed on its publication day tells the news of a day written shortly before.
  const groups = foldPublicationDays(foldWeeksIntoDays(mergeReports(kept(), weight), reportOf, weight, dateSpan), reportOf, weight);

  const headlines = new Map(story.articles.flatMap((a) => (a.titleGiven ? [[a.id, a.title] as const] : [])));
  const events = groups.map((members) => toEvent(members, headlines));
  return events.sort(compareEvents);
}

/** Whether a sentence reports something done: its first verb group shows the past or the present tense. */
function tellsDone(s: StorySentence): boolean {
  const tense = eventTimeNear(s.text, -1, -1, s.tokens);
  return tense === 'past' || tense === 'present';
}

/**
 * Whether a sentence's dates place it only in the week (or weekend) of its article's publication day: a week holding
 * that day, no day of its own.
 */
function ofPublicationWeek(dates: readonly ResolvedDate[], published: number): boolean {
  const day = isoDay(published);
  let week = false;
  for (const d of dates) {
    if (d.precision === 'day') return false;
    if (d.precision !== 'week' || d.relation) continue;
    const [first, last] = dateSpan(d);
    if (first <= day && day <= last) week = true;
  }
  return week;
}

/** Whether `foldWeeksIntoDays` may compare a report's terms: a day's or a week's (any other only opens its group). */
function foldable(r: ResolvedDate): boolean {
  return r.precision === 'day' || r.precision === 'week';
}

/** The terms given for a report whose terms folding never compares ({@link foldable}). */
const UNREAD_TERMS: WeightedTerms = { terms: new Set(), total: 0 };

/** Each sentence's resolved dates ({@link datesOf}), by sentence id. */
export type SentenceDates = readonly (readonly ResolvedDate[])[];

/**
 * The resolved dates of one sentence: runs of days ({@link dayRuns}), tagged mentions, then calendar words the tagger
 * missed; at most
 * {@link MAX_MENTIONS_PER_SENTENCE} mentions are read (a table flattened into one sentence is no list of events). Reads
 * only the sentence's own text, tokens and date entities (those of the read stage: the build reads them there, on its
 * reading threads).
 */
export function datesOf(s: Pick<StorySentence, 'text' | 'tokens' | 'entities'>, published: string | undefined): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  const spans: [number, number][] = [];
  // A run of days ("March 9-10", "from Monday to Wednesday") is each of its days; the tagger's reading of it is not read.
  const runs = dayRuns(s, published);
  for (const run of runs) {
    spans.push([run.start, run.end]);
    out.push(...run.days);
  }
  for (const e of s.entities) {
    if (!MENTION_TYPES.has(e.type) || runs.some((r) => e.start < r.end && e.end > r.start)) continue;
    if (spans.length >= MAX_MENTIONS_PER_SENTENCE) return out;
    spans.push([e.start, e.end]);
    const r = resolveDate(e.text, s.text, published, s.tokens);
    if (r) out.push(r);
  }
  for (const [re, prefilter] of MENTION_PREFILTER) {
    if (!prefilter.test(s.text)) continue;
    for (const m of allMatches(re, s.text)) {
      const text = re === YEAR_MENTION ? m[1]! : m[0];
      const start = m.index + m[0].length - text.length;
      if (spans.length >= MAX_MENTIONS_PER_SENTENCE) return out;
      if (spans.some(([a, b]) => start < b && start + text.length > a)) continue;
      // Month and weekday names are dates only when capitalised ("march" is a verb).
      if (LOWER_CALENDAR_WORD.test(text) && !/\b(?:today|yesterday)\b/.test(text)) continue;
      spans.push([start, start + text.length]);
      const r = resolveDate(text, s.text, published, s.tokens);
      if (r) out.push(r);
    }
  }
  return out;
}

/**
 * Other readings of a day that may date the same event ({@link Report.siblings}): a day and "before" it, a day and
 * "about" it ("will meet him before Thursday" and "will meet him before leaving on Thursday"; "a week ago" and the
 * Sunday it counts back to), a day and "since" it (an event that began that day and goes on: "walked out on Tuesday"
 * and "on strike since Tuesday"). Never "after" a day, whose event follows the day's own.
 */
function siblingKeys(r: ResolvedDate): string[] | undefined {
  if (r.precision !== 'day' || (r.relation === 'after' && !beganOn(r))) return undefined;
  if (r.relation) return [dateKey({ date: r.date, precision: 'day' })];
  return [
    dateKey({ date: r.date, precision: 'day', relation: 'before' }),
    dateKey({ date: r.date, precision: 'day', relation: 'about' }),
    dateKey({ date: r.date, precision: 'day', relation: 'after', text: 'since' }),
  ];
}

/** The words that date the start of what goes on after it ("since Tuesday", "from Monday", "starting May 3"). */
const BEGAN_ON = /^(?:ever\s+)?(?:since|from|starting|beginning)\b/iu;

/** Whether a date "after" a day is the day something began, which goes on since ({@link BEGAN_ON}). */
function beganOn(r: { relation?: string | undefined; text?: string }): boolean {
  return r.relation === 'after' && r.text !== undefined && BEGAN_ON.test(r.text);
}

/** A report's date key: the date, its precision and its relation; "since" a day apart from "after" it ({@link beganOn}). */
function dateKey(r: { date: string; precision: DatePrecision; relation?: string | undefined; text?: string }): string {
  return `${r.date}|${r.precision}|${beganOn(r) ? 'since' : (r.relation ?? '')}`;
}

/**
 * The people who take part in what a sentence reports on its date: those named in the clause that holds the date
 * mention, with the sentence's subject when the clause opens with its verb ("Kell is the first to win it since Dorn did in 1961, but Brel waits" makes Kell and Dorn, not Brel, take part in
 * 1961's event); when that clause names nobody, the person it describes, named right before it ("Brel, the
 * champion in 1999, …"); when the date has no clause of its own, everyone the sentence names. Never those named
 * only inside a quotation ("'We will ask Vanlo,' she said") or only as the possessor of someone else's role ("Marsk's
 * son-in-law Leo Farrant" makes Farrant, not Marsk, a participant).
 *
 * @param clause the date mention's clause ({@link dateClause}), when the caller read it already
 */
function participants(s: StorySentence, dateText: string, clause: DateClause = dateClause(s, dateText)): readonly string[] {
  const named = speakersOrReported(s, dateText, people(s));
  if (named.length === 0) return NO_PARTICIPANTS;
  if (!clause || dateText === PUBLICATION_DAY) return named.map((p) => p.name);
  const inside = named.filter((p) => p.start >= clause[0] && p.end <= clause[1]);
  // A clause that opens with its verb has its subject before it ("Lena Marsh, the mayor's aide, met Paul Roe on Friday");
  // one that opens with "who" is about the person right before it ("Kell, who beat Dorn in 2029, …").
  const opening = s.tokens.find((t) => t.start >= clause[0] && t.pos !== 'ADV');
  const subject =
    opening && (opening.pos === 'VERB' || opening.pos === 'AUX')
      ? named.find((p) => p.end <= clause[0])
      : opening && PERSON_RELATIVE.test(opening.text)
        ? named.findLast((p) => p.end <= clause[0] && /^[\s,(]*$/u.test(s.text.slice(p.end, clause[0])))
        : undefined;
  if (subject && !inside.includes(subject)) inside.unshift(subject);
  // An opening phrase led by a participle has its subject right after it ("Speaking on Monday, Kell said …").
  if (clause[0] === s.tokens[0]?.start && opening?.pos === 'VERB' && /(?:ing|ed)$/u.test(opening.text)) {
    const after = named.find((p) => p.start >= clause[1] && /^[\s,]*$/u.test(s.text.slice(clause[1], p.start)));
    if (after && !inside.includes(after)) inside.push(after);
  }
  if (inside.length > 0) return inside.map((p) => p.name);
  const before = named.filter((p) => p.end <= clause[0] && /^[\s,(\u2013\u2014-]*$/u.test(s.text.slice(p.end, clause[0])));
  return before.length > 0 ? [before.at(-1)!.name] : named.map((p) => p.name);
}

/** The participants of a sentence naming nobody (shared by every such report, never written to). */
const NO_PARTICIPANTS: readonly string[] = [];

/** A reported clause whose subject is the speaker again ("… said he would …"). */
const SPEAKER_AGAIN = /^(?:he|she)\b/iu;
/** A relative pronoun of a person, opening a clause about the person named right before it (not "which" or "that"). */
const PERSON_RELATIVE = /^(?:who|whom|whose)$/iu;

/**
 * The people named on the side of a sentence's reported speech ({@link reportedSpeechStart}) that holds the date: its
 * speaker for a date before the speech ("Holt told reporters on Monday that Voss …"), those the speech names for a
 * date inside it ("Holt said Voss had resigned on Friday"); the speaker still, when the speech names nobody and
 * speaks of "he" or "she" ("Holt said he had resigned on Friday").
 */
function speakersOrReported<P extends { start: number; end: number }>(s: StorySentence, dateText: string, named: P[]): P[] {
  if (named.length < 2 || dateText === PUBLICATION_DAY) return named;
  const at = s.text.indexOf(dateText);
  const speech = at < 0 ? undefined : reportedSpeechStart(s.tokens);
  if (speech === undefined) return named;
  if (at < speech) return named.filter((p) => p.end <= speech);
  const reported = named.filter((p) => p.start >= speech);
  // "Holt said he would send Voss …": the speaker is the speech's subject.
  if (SPEAKER_AGAIN.test(s.text.slice(speech))) return named;
  return reported.length > 0 || !/\b(?:he|she)\b/iu.test(s.text.slice(speech)) ? reported : named;
}

/**
 * A sentence that names nobody and opens with a pronoun or a definite description of a person ("She …", "The 2031
 * winner …", "The former mayor, who …"): its subject was named in the sentence before, in the same article.
 */
const POINTS_BACK_TO_PERSON = /^["“‘']?(?:(?:he|she|they|his|her|their)\b|the((?:\s+[\p{L}\d'’-]+){1,4}))/iu;

/**
 * The people who take part in what a sentence dates (`own`, its {@link participants}); when it names nobody and points
 * back to a person ({@link POINTS_BACK_TO_PERSON}), the first person the sentence before (in its article) names as taking
 * part. Only to tell whether two reports tell one event: an entry's actors stay those its sentences name.
 */
function participantsOrAntecedent(story: Story, s: StorySentence, own: readonly string[]): readonly string[] {
  if (own.length > 0 || s.entities.some((e) => e.type === 'PERSON')) return own;
  const m = POINTS_BACK_TO_PERSON.exec(s.text);
  if (!m) return own;
  // "The <words>": one of the (up to four) words after "the" is a person noun ("the 2031 winner").
  if (
    m[1] !== undefined &&
    !m[1]
      .trim()
      .split(/\s+/)
      .some((w) => isPersonNoun(w.toLowerCase()))
  )
    return own;
  const before = story.sentences[s.id - 1];
  if (!before || before.articleId !== s.articleId) return own;
  const named = people(before)[0];
  return named ? [named.name] : own;
}

/** The sentences of an article from one of them on, in order. */
function* articleFrom(story: Story, s: StorySentence): Generator<StorySentence> {
  for (let id = s.id; story.sentences[id]?.articleId === s.articleId; id += 1) yield story.sentences[id]!;
}

/**
 * Sentences of an article's lede whose clause may name the headline's event by "the" and a noun (`eventTerms`' `before`):
 * the first, and the two after it when no sentence before holds the noun ("Ships waited off the port. The strike began
 * on Monday." under a headline of the strike). Not tuned: the kit's stories, the bundled one and SQuAD at 30k keep the
 * same timeline with 1 (round 25's rule) or 3.
 */
const LEDE_SENTENCES = 3;

/** The sentence before one in its article, if any. */
function sentenceBefore(story: Story, s: StorySentence): StorySentence | undefined {
  const before = story.sentences[s.id - 1];
  return before && before.articleId === s.articleId ? before : undefined;
}

/** The people a sentence names as taking part in something, each once (see {@link participants}), with where. */
function people(s: StorySentence): { name: string; start: number; end: number }[] {
  // Read only for a sentence naming someone (most do not).
  let quotes: QuoteSpan[] | undefined;
  const out: { name: string; start: number; end: number }[] = [];
  for (const e of s.entities) {
    if (e.type !== 'PERSON' || !e.canonical || out.some((p) => p.name === e.canonical)) continue;
    quotes ??= quoteSpans(s.text);
    if (quotes.some((q) => e.start >= q.start && e.end <= q.end)) continue;
    if (ownsRole(s.text.slice(e.end, e.end + 60))) continue;
    out.push({ name: e.canonical, start: e.start, end: e.end });
  }
  return out;
}

/** "'s" and up to four lower-case words (a module constant: tsx writes a literal with \p{…} in a function as a RegExp made at each call). */
const POSSESSIVE_WORDS = /^['’]s\s+((?:\p{Ll}[\p{L}-]*\s*){1,4})/u;

/** Whether text right after a name is a possessive and a role or group ("'s son-in-law", "'s peace envoy", "'s team"). */
function ownsRole(after: string): boolean {
  const m = POSSESSIVE_WORDS.exec(after);
  if (!m) return false;
  return m[1]!
    .trim()
    .split(/\s+/)
    .some((w) => isPersonNoun(w) || nounClass(w) === 'organization' || nounClass(w) === 'group');
}

/**
 * An entry of a group of reports of one event: dated as its first report; worded and cited by the report
 * {@link wordingReport} picks among those of the first one's date, its text the headline when that report is too short
 * ({@link entryText}); the other reports, the first among them, in `alsoIn`.
 */
function toEvent(members: DatedMention[], headlines: ReadonlyMap<string, string>): TimelineEvent {
  const key = dateKey(members[0]!.resolved);
  const sameDate = members.filter((m) => dateKey(m.resolved) === key);
  const first = sameDate[wordingReport(sameDate.map((m) => m.sentence))]!;
  const actors: string[] = [];
  for (const m of members) {
    for (const name of m.participants ?? participants(m.sentence, m.resolved.text))
      if (!actors.includes(name) && !onlySourceIn(m.sentence, name)) actors.push(name);
  }
  const event: TimelineEvent = {
    date: first.resolved.date,
    precision: first.resolved.precision,
    dateText: first.resolved.text,
    text: entryText(first.sentence, headlines.get(first.sentence.articleId)),
    articleId: first.sentence.articleId,
    sentence: first.sentence.index,
    alsoIn: members.filter((m) => m !== first).map((m) => ({ articleId: m.sentence.articleId, sentence: m.sentence.index })),
    actors,
  };
  if (first.resolved.relation) event.relation = first.resolved.relation;
  return event;
}

/** Whether a sentence names a person only as its source ({@link isSourceOnly}), each time it names them. */
function onlySourceIn(s: StorySentence, name: string): boolean {
  const mentions = s.entities.filter((e) => e.type === 'PERSON' && e.canonical === name);
  return mentions.length > 0 && mentions.every((e) => isSourceOnly(s.text, e.start, e.end));
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, week: 2, day: 3 };
const RELATION_RANK = { before: 0, about: 1, none: 1, after: 2 } as const;

/** First and last day (ISO `YYYY-MM-DD`) of the span a date stands for. */
export function dateSpan(e: { date: string; precision: DatePrecision }): [string, string] {
  switch (e.precision) {
    case 'year':
      return [`${e.date}-01-01`, `${e.date}-12-31`];
    case 'month': {
      const [y, m] = e.date.split('-').map(Number) as [number, number];
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return [`${e.date}-01`, `${e.date}-${String(last).padStart(2, '0')}`];
    }
    case 'week': {
      const start = new Date(`${e.date}T00:00:00Z`);
      // A weekend (Saturday start) spans two days; an ISO week seven.
      const days = start.getUTCDay() === 6 ? 1 : 6;
      const end = new Date(start.getTime() + days * 86_400_000);
      return [e.date, end.toISOString().slice(0, 10)];
    }
    default:
      return [e.date, e.date];
  }
}

/** The first day of {@link dateSpan}, without the date arithmetic its last day needs (a sort asks for it often). */
function spanStart(e: { date: string; precision: DatePrecision }): string {
  if (e.precision === 'year') return `${e.date}-01-01`;
  if (e.precision === 'month') return `${e.date}-01`;
  return e.date;
}

/**
 * Chronological order, precision-aware: an event sorts at the start of its span ("before X" sorts at X); on the same
 * start day a coarser span (year, month, week) comes before a day, "before X" before "X" before "after X"; then
 * story order.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const sa = spanStart(a);
  const sb = spanStart(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  const p = PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
  if (p !== 0) return p;
  const r = RELATION_RANK[a.relation ?? 'none'] - RELATION_RANK[b.relation ?? 'none'];
  if (r !== 0) return r;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.sentence - b.sentence;
}
