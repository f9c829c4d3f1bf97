/**
 * The story so far in a few sentences: the ones central to the story, reported by many outlets and about its
 * latest events, never two that say the same thing, each citing its article.
 */
import { SAME_FACT_OVERLAP } from '../answer/corroborate.js';
import { isoDay, parseIsoDay } from '../nlp/dateCalendar.js';
import { storyTimeline } from '../story/catalogues.js';
import type { ArticleInfo, Story, StorySentence } from '../story/story.js';
import { articleById, oncePerStory } from '../story/story.js';
import { dateSpan } from '../timeline/timeline.js';
import { lexRank, sentenceVectors, similarityGraph } from './similarityGraph.js';
import type { Neighbour, SentenceVector } from './similarityGraph.js';

/** Another article's sentence that reports the same as a brief line. */
export interface BriefAlsoIn {
  articleId: string;
  sentence: number;
  title: string;
  source?: string;
  url?: string;
}

/** One line of the brief: a sentence of the story exactly as written, with its citation. */
export interface BriefLine {
  /** 1 = most important. */
  rank: number;
  text: string;
  /** Position in `Story.sentences`. */
  sentenceId: number;
  articleId: string;
  /** 1-based sentence number in the article. */
  sentence: number;
  title: string;
  source?: string;
  url?: string;
  published?: string;
  /** How many outlets report it (this article's included): publishers counted once, an article without one as one. */
  outlets: number;
  /** How many articles report it (this one included): several articles of one publisher count here, not in `outlets`. */
  articles: number;
  /** The other articles that report it. */
  alsoIn: BriefAlsoIn[];
  /** The latest day it is about (ISO), when the timeline dates it. */
  date?: string;
  /** The importance it was chosen by (higher first). */
  score: number;
}

/** Options of {@link buildBrief}. */
export interface BriefOptions {
  /** How many lines, {@link MIN_BRIEF_LINES} to {@link MAX_BRIEF_LINES}; default {@link DEFAULT_BRIEF_LINES}. */
  sentences?: number;
}

export const MIN_BRIEF_LINES = 5;
export const MAX_BRIEF_LINES = 8;
export const DEFAULT_BRIEF_LINES = 6;

/**
 * How the importance of a sentence is made (weights sum to 1): its LexRank centrality, how many outlets report
 * it, how late the events it is about are, and how near the top of its article it stands (news leads with
 * what matters).
 */
export const BRIEF_WEIGHTS = { centrality: 0.25, outlets: 0.25, recency: 0.1, position: 0.4 } as const;

/** Two lines that share this much (of the shorter's words, or cosine) say the same thing: only the first stays. */
export const REDUNDANT_OVERLAP = 0.4;
export const REDUNDANT_COSINE = 0.3;
/** How much a candidate's likeness (cosine) to the lines already taken counts against it. */
export const BRIEF_NOVELTY = 0.5;

/**
 * Another article's sentence reports the same fact when it shares `SAME_FACT_OVERLAP` of the shorter one's words
 * (as answers' corroboration) and their tf·idf cosine is at least this: a fragment that shares a name and a title
 * ("Nils Brisco, Minister of Trade") does not corroborate a whole sentence.
 */
export const SAME_FACT_COSINE = 0.3;

/** Sentences shorter or longer than these word counts do not make good brief lines. */
const MIN_WORDS = 7;
const MAX_WORDS = 70;

/** Openers that lean on the sentence before ("He added…", "This came after…"): such lines read poorly alone. */
const LEANING_OPENER = /^["“'‘]?(?:he|she|it|they|this|that|these|those|his|her|their|its|but|and|also|however|meanwhile)\b/i;

/**
 * The story's brief: `sentences` lines (5 to 8), most important first.
 *
 * Importance ({@link BRIEF_WEIGHTS}) = LexRank over a tf·idf cosine graph whose edges link sentences sharing a
 * rare term (so it stays near-linear in the story's size), the number of independent outlets (publishers; an
 * article without one counts as its own) whose sentences report the same fact (shared words ≥ `SAME_FACT_OVERLAP` of the shorter, as answers' corroboration, and cosine ≥ {@link SAME_FACT_COSINE}), the date of the
 * latest timeline event the sentence reports, and its position in its article. Lines are taken greedily; one
 * that repeats a line already taken ({@link REDUNDANT_OVERLAP}, {@link REDUNDANT_COSINE}) is passed over.
 * Deterministic; the first k lines of the 8-line brief are the k-line brief.
 *
 * @throws RangeError prefixed `brief:` when `sentences` is not an integer from 5 to 8.
 * @example buildBrief(story, { sentences: 5 }).map((l) => `${l.text} (${l.outlets} outlets)`)
 */
export function buildBrief(story: Story, options: BriefOptions = {}): BriefLine[] {
  const n = options.sentences ?? DEFAULT_BRIEF_LINES;
  if (!Number.isInteger(n) || n < MIN_BRIEF_LINES || n > MAX_BRIEF_LINES) {
    throw new RangeError(
      `brief: sentences must be a whole number from ${MIN_BRIEF_LINES} to ${MAX_BRIEF_LINES}, not ${String(options.sentences)}`,
    );
  }
  return rankedBrief(story).slice(0, n);
}

/** The 8-line brief, worked out once per story (answering `/brief` then costs nothing). */
export const rankedBrief: (story: Story) => BriefLine[] = oncePerStory((story) =>
  pickLines(
    story,
    sentenceImportance(story),
    story.sentences.map((s) => s.id),
    MAX_BRIEF_LINES,
  ),
);

/** What the brief and "what's new" rank sentences by, worked out once per story. */
export interface SentenceImportance {
  vectors: SentenceVector[];
  graph: Neighbour[][];
  /** For each sentence: the other articles reporting the same fact and the outlets that makes. */
  reports: { outlets: number; alsoIn: StorySentence[] }[];
  /** For each dated sentence: the day number of the latest event it reports. */
  days: Map<number, number>;
  /** For each sentence: its importance ({@link BRIEF_WEIGHTS}), with the penalties for poor lines applied. */
  scores: number[];
}

/** The importance of every sentence of the story (see {@link buildBrief}); computed once per story. */
export const sentenceImportance: (story: Story) => SentenceImportance = oncePerStory(computeImportance);

function computeImportance(story: Story): SentenceImportance {
  const sentences = story.sentences;
  const articles = articleById(story);
  const vectors = sentenceVectors(sentences.map((s) => s.text));
  const graph = similarityGraph(vectors);
  const centrality = normalise(lexRank(graph));
  const reports = graph.map((edges, i) => sameFactReports(sentences, i, edges, articles));
  // Independent outlets, not articles: one publisher repeating its own background line in every update is no corroboration.
  let maxOutlets = 1;
  for (const r of reports) maxOutlets = Math.max(maxOutlets, r.outlets);
  const days = latestDays(story);
  const dayRange = dayBounds(days);

  const scores = sentences.map((s, i) => {
    const outlets = reports[i]!.outlets;
    const day = days.get(i);
    const recency =
      day === undefined || dayRange === undefined ? 0 : dayRange[1] === dayRange[0] ? 1 : (day - dayRange[0]) / (dayRange[1] - dayRange[0]);
    const position = 1 / Math.sqrt(s.index);
    let score =
      BRIEF_WEIGHTS.centrality * centrality[i]! +
      BRIEF_WEIGHTS.outlets * ((outlets - 1) / Math.max(1, maxOutlets - 1)) +
      BRIEF_WEIGHTS.recency * recency +
      BRIEF_WEIGHTS.position * position;
    if (!fitsBrief(s)) score *= 0.3;
    if (LEANING_OPENER.test(s.text)) score *= 0.6;
    return score;
  });
  return { vectors, graph, reports, days, scores };
}

/**
 * Takes up to `count` lines from the candidate sentences, most important first, by maximal marginal relevance:
 * each next line is the best score less {@link BRIEF_NOVELTY} × its likeness (cosine) to the lines already
 * taken, and a candidate that repeats a taken line is passed over.
 */
export function pickLines(story: Story, importance: SentenceImportance, candidates: readonly number[], count: number): BriefLine[] {
  const { vectors, graph, reports, days, scores } = importance;
  const articles = articleById(story);
  const pool = [...candidates].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, Math.max(count * 25, 200));
  const likeness = new Array<number>(pool.length).fill(0);
  const taken = new Set<number>();
  const lines: BriefLine[] = [];
  while (lines.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (const [k, i] of pool.entries()) {
      if (taken.has(k)) continue;
      const value = scores[i]! - BRIEF_NOVELTY * likeness[k]!;
      if (value > bestValue) {
        bestValue = value;
        best = k;
      }
    }
    if (best < 0) break;
    taken.add(best);
    const i = pool[best]!;
    if (lines.some((l) => redundant(vectors, graph, l.sentenceId, i))) continue;
    lines.push(briefLine(story.sentences[i]!, articles, reports[i]!, days.get(i), scores[i]!, lines.length + 1));
    for (const [k, j] of pool.entries()) if (!taken.has(k)) likeness[k] = Math.max(likeness[k]!, cosine(vectors[i]!, vectors[j]!));
  }
  return lines;
}

function cosine(a: SentenceVector, b: SentenceVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) dot += w * (large.weights.get(t) ?? 0);
  return dot / (a.norm * b.norm);
}

function fitsBrief(s: StorySentence): boolean {
  const words = s.text.split(/\s+/).filter(Boolean).length;
  return words >= MIN_WORDS && words <= MAX_WORDS && !s.text.trimEnd().endsWith('?');
}

/** Whether sentence `j` says what sentence `i` says: {@link REDUNDANT_OVERLAP} or {@link REDUNDANT_COSINE} on their graph edge, or the same words. */
export function redundant(vectors: readonly SentenceVector[], graph: readonly Neighbour[][], i: number, j: number): boolean {
  const edge = graph[i]!.find((e) => e.id === j) ?? graph[j]!.find((e) => e.id === i);
  if (edge) return edge.overlap >= REDUNDANT_OVERLAP || edge.cosine >= REDUNDANT_COSINE;
  // Pairs the graph did not keep (common words only, or past the neighbour cap) are compared directly.
  const a = vectors[i]!.terms;
  const b = vectors[j]!.terms;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / Math.max(1, Math.min(a.size, b.size)) >= REDUNDANT_OVERLAP && shared >= 3;
}

/** The other articles' sentences that report the same fact, one per article, and the outlets that makes. */
function sameFactReports(
  sentences: readonly StorySentence[],
  i: number,
  edges: readonly Neighbour[],
  articles: Map<string, ArticleInfo>,
): { outlets: number; alsoIn: StorySentence[] } {
  const self = sentences[i]!;
  const byArticle = new Map<string, StorySentence>();
  for (const e of edges) {
    if (e.overlap < SAME_FACT_OVERLAP || e.cosine < SAME_FACT_COSINE) continue;
    const other = sentences[e.id]!;
    if (other.articleId === self.articleId || byArticle.has(other.articleId)) continue;
    byArticle.set(other.articleId, other);
  }
  const alsoIn = [...byArticle.values()].sort((a, b) => a.id - b.id);
  const outlets = new Set([self, ...alsoIn].map((s) => outletKey(articles.get(s.articleId), s.articleId)));
  return { outlets: outlets.size, alsoIn };
}

function outletKey(article: ArticleInfo | undefined, articleId: string): string {
  return article?.source ? `source:${article.source.toLowerCase()}` : `article:${articleId}`;
}

/** The last day (day number) of the latest timeline event each sentence reports. */
function latestDays(story: Story): Map<number, number> {
  const idByRef = new Map(story.sentences.map((s) => [`${s.articleId}#${s.index}`, s.id]));
  const out = new Map<number, number>();
  for (const event of storyTimeline(story)) {
    if (event.relation === 'before') continue;
    const day = parseIsoDay(dateSpan(event)[1]);
    if (day === undefined) continue;
    for (const ref of [{ articleId: event.articleId, sentence: event.sentence }, ...event.alsoIn]) {
      const id = idByRef.get(`${ref.articleId}#${ref.sentence}`);
      if (id !== undefined && (out.get(id) ?? -Infinity) < day) out.set(id, day);
    }
  }
  return out;
}

function dayBounds(days: Map<number, number>): [number, number] | undefined {
  if (days.size === 0) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of days.values()) {
    lo = Math.min(lo, d);
    hi = Math.max(hi, d);
  }
  return [lo, hi];
}

function normalise(values: number[]): number[] {
  let max = 0;
  for (const v of values) max = Math.max(max, v);
  return max === 0 ? values.map(() => 0) : values.map((v) => v / max);
}

function briefLine(
  s: StorySentence,
  articles: Map<string, ArticleInfo>,
  report: { outlets: number; alsoIn: StorySentence[] },
  day: number | undefined,
  score: number,
  rank: number,
): BriefLine {
  const article = articles.get(s.articleId);
  const line: BriefLine = {
    rank,
    text: s.text,
    sentenceId: s.id,
    articleId: s.articleId,
    sentence: s.index,
    title: article?.title ?? s.articleId,
    outlets: report.outlets,
    articles: 1 + report.alsoIn.length,
    alsoIn: report.alsoIn.map((o) => {
      const a = articles.get(o.articleId);
      const also: BriefAlsoIn = { articleId: o.articleId, sentence: o.index, title: a?.title ?? o.articleId };
      if (a?.source !== undefined) also.source = a.source;
      if (a?.url !== undefined) also.url = a.url;
      return also;
    }),
    score: Math.round(score * 1000) / 1000,
  };
  if (article?.source !== undefined) line.source = article.source;
  if (article?.url !== undefined) line.url = article.url;
  if (article?.published !== undefined) line.published = article.published;
  if (day !== undefined) line.date = isoDay(day);
  return line;
}
