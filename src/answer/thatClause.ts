/**
 * "Who claimed that the mill burned?": the one who said, thought or found a that-clause is the subject of the verb the
 * clause follows ("**Ivo Brandt** (1911) argued that the mill burned"), or its agent after "by" ("it was shown by **Ada
 * Vell** that …"), whatever verb the story uses for the question's. Read from wink's tags alone. General English.
 */
import type { Token } from '../nlp/entities.js';

/**
 * A who-question whose verb takes a that-clause ("Who claimed that …?", "Who first noticed that …?"); not "Who is it
 * that …" nor "Who did X say that …", whose verbs are helpers.
 */
export const SAYER_ASKED =
  /^\W*who\s+(?:(?:\p{L}+ly|first|also|once|later|then)\s+)?(?!(?:is|was|are|were|be|been|did|does|do|has|have|had|will|would|can|could|may|might|must|should|shall)\b)\p{L}+\s+that\s/u;

/** At most this many tokens in a bracketed aside between a subject and its verb ("Ada Vell (1908) claimed"). */
const MAX_BRACKETED = 8;

/** At most this many tokens of the that-clause are read for the question's words. */
const MAX_CLAUSE = 25;

/**
 * Whether the tokens [startAt, endAt] are the subject of a verb followed by "that" whose clause holds a question word
 * (past a bracketed aside and adverbs: "**Ada Vell** (1908) later claimed that …"), or the agent right after "VERB by"
 * with "that" after it ("shown by **Ada Vell** that …").
 *
 * @example "Ivo Brandt observed that the mill had burned" for "Who noticed that the mill burned?" → true for "Ivo Brandt"
 */
export function statesThatClause(tokens: readonly Token[], startAt: number, endAt: number, isQuestionTerm: (t: Token) => boolean): boolean {
  if (startAt < 0 || endAt < startAt) return false;
  if (tokens[startAt - 1]?.text.toLowerCase() === 'by' && tokens[startAt - 2]?.pos === 'VERB' && isThat(tokens[endAt + 1]))
    return clauseAsked(tokens, endAt + 2, isQuestionTerm);
  let k = endAt + 1;
  if (tokens[k]?.text === '(') {
    const open = k;
    while (k < tokens.length && k - open <= MAX_BRACKETED && tokens[k]!.text !== ')') k += 1;
    if (tokens[k]?.text !== ')') return false;
    k += 1;
  }
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX') k += 1;
  if (tokens[k]?.pos !== 'VERB') return false;
  k += 1;
  while (tokens[k]?.pos === 'ADV') k += 1;
  return isThat(tokens[k]) && clauseAsked(tokens, k + 1, isQuestionTerm);
}

function isThat(t: Token | undefined): boolean {
  return t !== undefined && t.text.toLowerCase() === 'that';
}

/** Whether the clause opening at token `from` holds a question word within MAX_CLAUSE tokens. */
function clauseAsked(tokens: readonly Token[], from: number, isQuestionTerm: (t: Token) => boolean): boolean {
  for (let i = from; i < tokens.length && i < from + MAX_CLAUSE; i += 1) if (isQuestionTerm(tokens[i]!)) return true;
  return false;
}
