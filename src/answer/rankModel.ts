import { type LinearModel, readLinearWeights, weightsInOrder } from './linearModel.js';
import { termOf, termsOf, words } from '../search/terms.js';
import { articleById, type Story, type StorySentence } from '../story/story.js';
import type { AnswerKind } from './answerKind.js';
import { isCapitalised } from '../text/words.js';

/**
 * The learned sentence ranker: a linear model over features of a (question, candidate sentence) pair —
 * the hand-weighted score itself (RANKING in rankSentences.ts), the BM25 score as a share of the best
 * hit's and its rank, literal and paraphrase coverage, the rarest question word the sentence lacks,
 * shared word pairs, how close together the matched words stand, whether the question's names are
 * matched, an answer of the wanted kind (by kind), the paragraph's score, the day, the sentence's length
 * and place in its article, and words matched only by the neighbours or the headline. Fitted by
 * `npm run fit:ranker` (softmax over each question's candidate sentences) and committed as
 * src/answer/rankWeights.json; weights are matched to features by name, so a feature the file lacks
 * weighs 0.
 */

const KINDS: readonly AnswerKind[] = ['person', 'date', 'place', 'number', 'duration', 'other'];

/** Names of the sentence features, in the order `rankFeatures` gives them. */
export const RANK_FEATURES: readonly string[] = [
  'hand',
  'logHand',
  'share',
  'logShare',
  'rank0',
  'rank1',
  'rank2to4',
  'rank5to9',
  'rank10plus',
  'coverage',
  'paraphrase',
  'allCovered',
  'missingIdf',
  'pairs',
  'window',
  'compact',
  'names',
  'namesMissing',
  'typed',
  ...KINDS.map((k) => `typed×${k}`),
  'passage',
  'day',
  'logLength',
  'short',
  'long',
  'lead',
  'firstParagraph',
  'neighbourOnly',
  'headline',
];

const INDEX = new Map(RANK_FEATURES.map((name, i) => [name, i]));

/** What the ranker knows of a candidate sentence: the inputs of its features. */
export interface RankFacts {
  /** The hand-weighted score (RANKING). */
  hand: number;
  /** BM25 score over the best hit's, and the hit's rank (0 = best). */
  share: number;
  rank: number;
  /** idf share of the question's terms the sentence holds literally, and the further share held only by a paraphrase. */
  coverage: number;
  paraphrase: number;
  /** The largest idf of a question term the sentence lacks, over the largest of all (0 when it lacks none). */
  missingIdf: number;
  /** Question word pairs found as adjacent words. */
  pairs: number;
  /** Words of the smallest stretch holding every distinct matched question term, over the sentence's words. */
  window: number;
  /** Matched terms over the words of that stretch. */
  compact: number;
  /** Share of the question's names (capitalised in the story's text) the sentence holds; -1 when the question has none. */
  names: number;
  /** Holds an entity of the wanted kind the question does not name. */
  typed: boolean;
  kind: AnswerKind;
  /** The paragraph's BM25 score over the best paragraph's. */
  passage: number;
  /** Speaks of the day the question names. */
  day: boolean;
  /** Words of the sentence. */
  length: number;
  /** 1-based place in the article and paragraph number. */
  index: number;
  paragraph: number;
  /** idf share of the question's terms found only in the neighbouring sentences, and in the headline. */
  neighbourOnly: number;
  headline: number;
}

/** The features of one candidate sentence, in RANK_FEATURES order. */
export function rankFeatures(f: RankFacts): number[] {
  const x = new Array<number>(RANK_FEATURES.length).fill(0);
  const set = (name: string, value: number | boolean) => {
    x[INDEX.get(name)!] = Number(value);
  };
  set('hand', f.hand);
  set('logHand', Math.log(Math.max(1e-3, f.hand)));
  set('share', f.share);
  set('logShare', Math.log(Math.max(1e-3, f.share)));
  set(f.rank === 0 ? 'rank0' : f.rank === 1 ? 'rank1' : f.rank <= 4 ? 'rank2to4' : f.rank <= 9 ? 'rank5to9' : 'rank10plus', 1);
  set('coverage', f.coverage);
  set('paraphrase', f.paraphrase);
  set('allCovered', f.coverage + f.paraphrase >= 0.999);
  set('missingIdf', f.missingIdf);
  set('pairs', Math.min(3, f.pairs));
  set('window', f.window);
  set('compact', f.compact);
  if (f.names >= 0) {
    set('names', f.names);
    set('namesMissing', f.names === 0);
  }
  set('typed', f.typed);
  set(`typed×${f.kind}`, f.typed);
  set('passage', f.passage);
  set('day', f.day);
  set('logLength', Math.log(1 + f.length));
  set('short', f.length < 8);
  set('long', f.length > 40);
  set('lead', f.index === 1);
  set('firstParagraph', f.paragraph === 1);
  set('neighbourOnly', f.neighbourOnly);
  set('headline', f.headline);
  return x;
}

/** A candidate sentence as the ranker reads it: its terms in order and as a set. */
export interface ReadSentence {
  sentence: StorySentence;
  words: readonly string[];
  present: ReadonlySet<string>;
}

/** Terms written capitalised inside a sentence (not as its first word). */
function capitalisedTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const [i, w] of words(text).entries()) {
    if (i === 0 || !isCapitalised(w)) continue;
    const t = termOf(w);
    if (t) out.add(t);
  }
  return out;
}

/**
 * The question's names: its terms that the candidate sentences holding them mostly write capitalised
 * ("Halvorsen", "Varel"), so the question's subject can count for more than its incidental words.
 */
export function questionNames(read: readonly ReadSentence[], weights: ReadonlyMap<string, number>): Set<string> {
  const out = new Set<string>();
  const capitalised = read.map((r) => capitalisedTerms(r.sentence.text));
  for (const t of weights.keys()) {
    let upper = 0;
    let all = 0;
    for (const [i, r] of read.entries()) {
      if (!r.present.has(t)) continue;
      all += 1;
      if (capitalised[i]!.has(t)) upper += 1;
    }
    if (all > 0 && upper * 2 > all) out.add(t);
  }
  return out;
}

/**
 * The smallest stretch of the sentence holding every distinct question term it holds: its length over
 * the sentence's (`window`), and the matched terms over its length (`compact`). A question's words
 * standing together say more than the same words scattered over a long sentence.
 */
export function matchWindow(words: readonly string[], weights: ReadonlyMap<string, number>): { window: number; compact: number } {
  const wanted = new Set(words.filter((w) => weights.has(w)));
  if (wanted.size === 0 || words.length === 0) return { window: 1, compact: 0 };
  const count = new Map<string, number>();
  let have = 0;
  let best = words.length;
  let from = 0;
  for (const [to, w] of words.entries()) {
    if (!wanted.has(w)) continue;
    const n = count.get(w) ?? 0;
    count.set(w, n + 1);
    if (n === 0) have += 1;
    while (have === wanted.size) {
      best = Math.min(best, to - from + 1);
      const first = words[from]!;
      from += 1;
      if (!wanted.has(first)) continue;
      const m = count.get(first)! - 1;
      count.set(first, m);
      if (m === 0) have -= 1;
    }
  }
  return { window: best / words.length, compact: wanted.size / best };
}

/** idf shares of the question's terms the sentence lacks that its neighbours hold, and that the headline holds. */
export function aroundShares(
  story: Story,
  sentence: StorySentence,
  weights: ReadonlyMap<string, number>,
  present: ReadonlySet<string>,
  total: number,
): { neighbourOnly: number; headline: number } {
  const near = new Set<string>();
  for (const id of [sentence.id - 1, sentence.id + 1]) {
    const other = story.sentences[id];
    if (other && other.articleId === sentence.articleId) for (const t of termsOf(other.text)) near.add(t);
  }
  const title = new Set(termsOf(articleById(story).get(sentence.articleId)?.title ?? ''));
  let neighbourOnly = 0;
  let headline = 0;
  for (const [t, w] of weights) {
    if (!present.has(t) && near.has(t)) neighbourOnly += w;
    if (title.has(t)) headline += w;
  }
  return { neighbourOnly: neighbourOnly / total, headline: headline / total };
}

let loaded: Float64Array | null | undefined;
let handOnly = false;
let given: Float64Array | null | undefined;

/** Ranks sentences by the hand weights (true) or by the committed model (false, the default when it exists). */
export function useHandRanking(on: boolean): void {
  handOnly = on;
}

/** Ranks sentences by this model instead of the committed one (undefined: the committed one again), to try a fit. */
export function useRankModel(model: LinearModel | undefined): void {
  given = model && rankWeightsOf(model);
}

/** The committed model's weights in RANK_FEATURES order, or null when there is none (the hand score ranks). */
export function rankWeights(): Float64Array | null {
  if (handOnly) return null;
  if (given !== undefined) return given;
  if (loaded === undefined) loaded = readLinearWeights(new URL('./rankWeights.json', import.meta.url), rankWeightsOf);
  return loaded;
}

/** A model's weights laid out in RANK_FEATURES order (names it does not know are dropped, features it lacks weigh 0). */
export function rankWeightsOf(model: LinearModel): Float64Array | null {
  return weightsInOrder(model, INDEX, RANK_FEATURES.length);
}
