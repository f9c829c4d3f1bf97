import type { Token } from '../nlp/entities.js';
import { relatedWords } from '../lexicon/index.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import { BE } from './clauseRoles.js';
import type { ShortAnswer } from './extractAnswer.js';

/**
 * "How sure were the pilots …?", "How significant was the flood?": "how" and a describing word asking a degree, the
 * word read from the question.
 */
const DEGREE_QUESTION = /^\W*how\s+(\p{Ll}{3,})\s+(?:is|are|was|were|do|does|did|can|could|would|should|will|has|have|had|of)\b/u;

/**
 * Words after "how" that ask a measure, a count, a time or a manner, each answered elsewhere (a figure with its unit,
 * frequency.ts, the means paths), not a degree of a describing word.
 */
const NOT_DEGREE = new Set([
  'many',
  'much',
  'long',
  'old',
  'far',
  'high',
  'tall',
  'wide',
  'deep',
  'thick',
  'big',
  'large',
  'small',
  'heavy',
  'fast',
  'hot',
  'cold',
  'warm',
  'often',
  'else',
  'come',
  'soon',
  'early',
  'late',
]);

/** Words that grade the word after them ("**very** popular", "**most** common", "**only slightly** warmer"). */
const GRADING = new Set([
  'very',
  'most',
  'more',
  'less',
  'least',
  'so',
  'too',
  'quite',
  'rather',
  'highly',
  'extremely',
  'fairly',
  'relatively',
  'only',
  'almost',
  'nearly',
  'about',
  'roughly',
  'approximately',
  'somewhat',
  'slightly',
]);

/** Whether a sentence's word is the question's describing word or one of its forms ("significance" of "significant"). */
function literalQuality(token: Token, asked: string, askedTerm: string | null): boolean {
  const w = token.text.toLowerCase();
  return w === asked || (askedTerm !== null && termOf(w) === askedTerm);
}

/**
 * The degree the best excerpt gives the quality a how-question asks about: the grading words, figures and describing
 * words written right before that quality's word, with the word ("they were **at least 80% certain**" for "How sure …?",
 * "was **of marginal significance**" for "How significant …?", "the **most common** form" for "How common …?"). The
 * word is the question's or a form of it, else a word WordNet relates to it (a synonym, its noun); a noun is graded
 * only by describing words after "be of" or "with" ("was of great importance", "with great accuracy"). Null where the
 * question asks no such degree or no graded word of that quality stands in the sentence.
 *
 * @example degreeAsked(sentence('The pilots were at least 70% sure of the ice.'), 'How sure were the pilots of the ice?')
 * // → 'at least 70% sure'
 */
export function degreeAsked(sentence: StorySentence, question: string): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  const m = DEGREE_QUESTION.exec(question.trimStart().replace(/^\W*how/i, (h) => h.toLowerCase()));
  const asked = m?.[1];
  if (!asked || NOT_DEGREE.has(asked)) return null;
  const askedTerm = termOf(asked);
  const related = new Set(relatedWords(asked));
  // The question's own word first, then its forms ("populous" before "populated"), a word WordNet relates to it only
  // where the sentence writes neither.
  return (
    gradedQuality(sentence, (t) => t.text.toLowerCase() === asked) ??
    gradedQuality(sentence, (t) => literalQuality(t, asked, askedTerm)) ??
    gradedQuality(sentence, (t) => related.has(t.text.toLowerCase()))
  );
}

/** The first word of the quality `same` accepts with grading words before it, shown with them. */
function gradedQuality(sentence: StorySentence, same: (t: Token) => boolean): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  const tokens = sentence.tokens;
  for (const [i, t] of tokens.entries()) {
    if (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'NOUN') continue;
    if (!same(t)) continue;
    const from = gradedFrom(tokens, i);
    if (from === i) continue;
    const text = sentence.text.slice(tokens[from]!.start, t.end);
    return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
  }
  return null;
}

/** A rank joined to a grading word ("**second-most** populous", "third-largest"). */
const RANKED_GRADE = /^\p{L}+-(?:most|least|more|less)$/u;

/**
 * Where the grading words before token `i` begin: `i` itself where none stands there. A noun (the quality's noun,
 * "significance") is graded only by describing words set after "of" or "with" ("was **of marginal significance**",
 * "**with great accuracy**"): before a noun opening a clause they classify it ("military effectiveness").
 */
function gradedFrom(tokens: readonly Token[], i: number): number {
  const noun = tokens[i]!.pos === 'NOUN';
  let from = i;
  while (from > 0) {
    const p = tokens[from - 1]!;
    const w = p.text.toLowerCase();
    const next = tokens[from]!.text.toLowerCase();
    const grading =
      GRADING.has(w) ||
      RANKED_GRADE.test(w) ||
      (p.pos === 'ADV' && /ly$/.test(w)) ||
      p.pos === 'NUM' ||
      w === '%' ||
      w === 'percent' ||
      (noun && p.pos === 'ADJ') ||
      (w === 'at' && (next === 'least' || next === 'most'));
    if (!grading) break;
    from -= 1;
  }
  if (from === i) return i;
  const before = tokens[from - 1]?.text.toLowerCase();
  const first = tokens[from]!.text.toLowerCase();
  if (noun) {
    if (before === 'with') return from - 1;
    if (before === 'of' && BE.has(tokens[from - 2]?.text.toLowerCase() ?? '')) return from - 1;
    return i;
  }
  // "the most common"
  if (before === 'the' && (first === 'most' || first === 'least' || RANKED_GRADE.test(first))) return from - 1;
  return from;
}
