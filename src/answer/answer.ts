import type { EntityType } from '../nlp/entities.js';
import type { AnswerKind, Command } from './answerKind.js';

/** Where an excerpt's sentence comes from. */
export interface Citation {
  articleId: string;
  title: string;
  source?: string;
  url?: string;
  published?: string;
  /** 1-based sentence number in the article. */
  sentence: number;
}

/** Another article that reports the same fact. */
export interface AlsoIn {
  articleId: string;
  sentence: number;
  title: string;
  source?: string;
  url?: string;
}

/** A ranked sentence that backs the answer. */
export interface Excerpt extends Citation {
  rank: number;
  /** The sentence exactly as it stands in the corpus. */
  text: string;
  score: number;
  /** Index of the sentence in the story (for "Context"). */
  sentenceId: number;
  alsoIn: AlsoIn[];
}

/**
 * The engine's answer to one question. `answer` is the short span when one was found; `covered` is
 * false when the story does not speak to the question, and `excerpts` then hold the closest sentences
 * as suggestions, not as evidence.
 */
/**
 * The confidence from which an answer counts as sure: the fitted confidence promises that answers at or above it
 * are right at least nine times in ten (scripts/fitConfidence.ts); the evals report the share wrong above it and
 * Discord colours only these answers as sure.
 */
export const SURE_CONFIDENCE = 0.8;

export interface Answer {
  command: Command;
  query: string;
  kind: AnswerKind;
  /**
   * The short answer. For a relative date ("Friday") `date` places it on the calendar from the
   * article's published date: `{ date: '2025-11-28', precision: 'day', label: 'Fri 28 Nov 2025' }`.
   */
  answer: {
    text: string;
    type: EntityType | 'PHRASE';
    date?: { date: string; precision: string; relation?: string; label: string };
  } | null;
  /** In [0, 1]. */
  confidence: number;
  covered: boolean;
  excerpts: Excerpt[];
  /** How many distinct excerpts there are in all (for paging). */
  total: number;
}
