import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';

/**
 * Where a which/what question's focus noun stands beside a candidate in its sentence, read from the tokens: a
 * "which/what NOUN" question wants the name written with that noun ("the Varnholt **bank**", "the **bank**
 * Varnholt", "Varnholt, a small **bank**"). Two features of the candidate model (candidateModel.ts), whose weights
 * the fit learns from SQuAD rather than a hand rule: a hand rule here won storyE but lost SQuAD reading F1 to
 * adjectives and other names before the noun ("a Nordic chemist"). Fitted alone (fitCandidates.ts, round 25): after
 * +1.18, before +1.10; eval:squad reading F1 0.5190 → 0.5192, held-out storyF answer 0.722 → 0.750.
 */
export interface FocusBeside {
  /** The focus noun right after the candidate ("Varnholt **bank**"). */
  after: boolean;
  /** The focus noun right before it ("the **bank** Varnholt"), or in an apposition after it ("Varnholt, a **bank**"). */
  before: boolean;
}

const NONE: FocusBeside = { after: false, before: false };

/** Words that open an apposition's noun phrase after a comma. */
const APPOSITION_OPENER = /^(?:a|an|the)$/i;

/** Describing words an apposition's noun phrase may hold before its noun ("a small regional bank"). */
const DESCRIBING = new Set(['ADJ', 'NOUN', 'ADV', 'PROPN']);

/** How many describing words may stand between an apposition's article and the focus noun. */
const APPOSITION_SPAN = 3;

/** Whether a token is the focus noun written in lower case (term `focus`): a common noun, not part of a name. */
function isFocusNoun(t: Token | undefined, focus: string): boolean {
  return t !== undefined && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && termOf(t.text) === focus;
}

/** Whether tokens from `k` are ", a/an/the [describing words] NOUN" with the focus noun as NOUN. */
function appositionOf(tokens: readonly Token[], k: number, focus: string): boolean {
  if (tokens[k]?.text !== ',' || !APPOSITION_OPENER.test(tokens[k + 1]?.text ?? '')) return false;
  for (let i = k + 2; i <= k + 2 + APPOSITION_SPAN && i < tokens.length; i += 1) {
    if (isFocusNoun(tokens[i], focus)) return true;
    if (!DESCRIBING.has(tokens[i]!.pos)) return false;
  }
  return false;
}

/**
 * Where the focus noun (its index term, `focus`) stands beside the candidate of tokens [startAt, endAt].
 *
 * @example focusBeside(tokens of "The Varnholt bank closed.", 1, 1, 'bank') // → { after: true, before: false }
 */
export function focusBeside(tokens: readonly Token[], startAt: number, endAt: number, focus: string | null): FocusBeside {
  if (focus === null || startAt < 0 || endAt < startAt) return NONE;
  const after = isFocusNoun(tokens[endAt + 1], focus);
  const before = isFocusNoun(tokens[startAt - 1], focus) || appositionOf(tokens, endAt + 1, focus);
  return after || before ? { after, before } : NONE;
}
