import type { DifferenceKind } from './valueMentions.js';

export type { DifferenceKind } from './valueMentions.js';

/** Where one side of a difference is stated. */
export interface DifferenceCitation {
  articleId: string;
  /** The publisher, when the article names one. */
  source?: string;
  /** The article's headline (or the label made from its first words). */
  title: string;
  url?: string;
  published?: string;
  /** `body` for a sentence of the article, `caption` for a photo caption kept beside it. */
  part: 'body' | 'caption';
  /** 1-based sentence number in the article (body only). */
  sentence?: number;
  /** Position in `Story.sentences` (body only): what an answer's excerpts carry. */
  sentenceId?: number;
  /** The sentence (or caption) exactly as written. */
  text: string;
  /** The value as the sentence writes it ("about six hours"). */
  mention: string;
}

/** One of the values the sources give, with every place that gives it. */
export interface DifferenceValue {
  /** The value as its citations write it most often (the first of equals): "about six hours", "Oregon". */
  label: string;
  citations: DifferenceCitation[];
}

/**
 * A fact the sources report with different values: at least two values, each with its citations.
 *
 * @example
 * { kind: 'duration', what: 'how long', values: [
 *   { label: 'about six hours', citations: [{ articleId: 'a', sentence: 1, … }] },
 *   { label: 'three-hour', citations: [{ articleId: 'b', … }, { articleId: 'c', … }] } ] }
 */
export interface Difference {
  kind: DifferenceKind;
  /** What the values measure, for a reader: "how long", "place", "date", "number of bombs", "amount (usd)". */
  what: string;
  values: DifferenceValue[];
}
