/**
 * Which of an entry's reports words it: the first report (in story order) when it stands alone, else the report that
 * stands alone and names most ("He added that talks would go on this week" reads better as the report that names who
 * talks to whom); and an article's first sentence too short to tell anything is shown as its headline.
 */
import type { Entity } from '../nlp/entities.js';
import type { StorySentence } from '../story/story.js';

/** An opening that points back to what an earlier sentence named ("He …", "It …", "This …", "Their …"). */
const POINTS_BACK = /^["“‘']?(?:he|she|it|they|his|her|its|their|this|that|these|those|such)\b/iu;
/** Entities that make a report specific: who, where, which organisation, how much. */
const SPECIFIC_TYPES = new Set<Entity['type']>(['PERSON', 'ORG', 'PLACE', 'MONEY', 'PERCENT', 'QUANTITY']);
/** A first sentence of fewer words than this tells too little to word an entry ("Markets slid."). */
export const SHORT_FIRST_SENTENCE = 6;

/** Whether a sentence can be read without the one before it: it does not open by pointing back ({@link POINTS_BACK}). */
export function standsAlone(s: Pick<StorySentence, 'text'>): boolean {
  return !POINTS_BACK.test(s.text.trimStart());
}

/** How many different names and figures a sentence gives. */
export function specificity(s: Pick<StorySentence, 'entities'>): number {
  const seen = new Set<string>();
  for (const e of s.entities) if (SPECIFIC_TYPES.has(e.type)) seen.add(`${e.type}:${e.canonical ?? e.text}`);
  return seen.size;
}

/**
 * The index of the report that words an entry: the first when it stands alone ({@link standsAlone}), else the most
 * specific ({@link specificity}) of those that stand alone, the earliest of equals; the first when none does.
 */
export function wordingReport(sentences: readonly Pick<StorySentence, 'text' | 'entities'>[]): number {
  const first = sentences[0];
  if (!first || standsAlone(first)) return 0;
  let best = 0;
  let bestScore = -1;
  sentences.forEach((s, i) => {
    if (i === 0 || !standsAlone(s)) return;
    const score = specificity(s);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** A letter (a module constant: tsx writes a literal with \p{…} in a function as a RegExp made at each call). */
const LETTER = /\p{L}/u;

/**
 * The text an entry shows for its sentence: the sentence, or the article's headline when the sentence is the article's
 * first and has fewer than {@link SHORT_FIRST_SENTENCE} words.
 */
export function entryText(s: Pick<StorySentence, 'text' | 'index' | 'tokens'>, headline: string | undefined): string {
  if (headline === undefined || s.index !== 1) return s.text;
  const words = s.tokens.filter((t) => LETTER.test(t.text)).length;
  return words < SHORT_FIRST_SENTENCE ? headline : s.text;
}
