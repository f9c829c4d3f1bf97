import type { Story, StorySentence } from '../story/story.js';
import { termsOf } from '../search/terms.js';
import { ANSWER_TYPES, type AnswerKind } from './answerKind.js';

/** Ranking weights, chosen by measurement (README, "Quality and speed"). */
export const RANKING = {
  /** How many BM25 hits are re-ranked. */
  candidates: 40,
  /** Weight of idf-weighted query coverage. */
  coverage: 0.6,
  /** Bonus when the sentence holds an entity of the wanted kind that the question does not name. */
  answerType: 0.25,
  /** Bonus per query bigram found as adjacent terms in the sentence. */
  bigram: 0.08,
} as const;

/** A sentence with its score and how much of the question it covers. */
export interface RankedSentence {
  sentence: StorySentence;
  score: number;
  /** idf-weighted share of the question's terms that the sentence holds, in [0, 1]. */
  coverage: number;
}

/** The question as the ranker sees it. */
export interface PreparedQuery {
  terms: string[];
  kind: AnswerKind;
  /** Lower-cased question text, to tell which entities it already names. */
  text: string;
}

/** Inverse document frequency of a term in the story. */
export function idf(story: Story, term: string): number {
  const n = story.sentences.length;
  const df = story.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Ranks sentences for a question: MiniSearch BM25 over sentence, neighbours and headline finds the
 * candidates; they are re-scored by idf-weighted coverage of the question, by holding an entity of the
 * wanted kind that the question does not already name, and by shared word pairs.
 */
export function rankSentences(story: Story, query: PreparedQuery): RankedSentence[] {
  if (query.terms.length === 0) return [];
  const hits = story.index.search(query.terms.join(' '), { tokenize: (s) => s.split(' '), processTerm: (t) => t });
  if (hits.length === 0) return [];
  const top = hits[0]!.score;
  const weights = new Map(query.terms.map((t) => [t, idf(story, t)]));
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const bigrams = new Set(query.terms.slice(1).map((t, i) => `${query.terms[i]} ${t}`));

  const ranked = hits.slice(0, RANKING.candidates).map((hit): RankedSentence => {
    const sentence = story.sentences[hit.id as number]!;
    const terms = termsOf(sentence.text);
    const present = new Set(terms);
    let covered = 0;
    for (const [t, w] of weights) if (present.has(t)) covered += w;
    const coverage = covered / totalWeight;
    let pairs = 0;
    for (let i = 1; i < terms.length; i += 1) if (bigrams.has(`${terms[i - 1]} ${terms[i]}`)) pairs += 1;
    const typed = hasAnswerEntity(sentence, query) ? RANKING.answerType : 0;
    const score = (hit.score / top) * (1 + RANKING.coverage * coverage) * (1 + typed) + RANKING.bigram * pairs;
    return { sentence, score, coverage };
  });
  return ranked.sort((a, b) => b.score - a.score);
}

/** Whether the sentence holds an entity that could answer the question and that the question does not name. */
export function hasAnswerEntity(sentence: StorySentence, query: PreparedQuery): boolean {
  const types = ANSWER_TYPES[query.kind];
  return sentence.entities.some((e) => types.includes(e.type) && !namedInQuestion(e.canonical ?? e.text, e.text, query.text));
}

/** Whether the question already names this entity (by any of its words of 3+ letters). */
export function namedInQuestion(canonical: string, text: string, question: string): boolean {
  const words = `${canonical} ${text}`.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return words.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(question));
}
