import type { AnswerEvidence, ShortAnswer } from './extractAnswer.js';

/**
 * A short answer that is a phrase shown as its sentence writes it (a clause, a definition, a role, a verb phrase):
 * the one shape every phrase reader returns.
 *
 * @example phraseAnswer('by ferry', 0, 12, { near: 1, margin: 0.5, support: 0.33, typed: 1 }).written // → 'by ferry'
 */
export function phraseAnswer(text: string, from: number, sentenceId: number, evidence: AnswerEvidence): ShortAnswer {
  return { text, type: 'PHRASE', from, sentenceId, written: text, evidence };
}
