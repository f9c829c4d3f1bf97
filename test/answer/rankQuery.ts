import type { PreparedQuery } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';

/** A question prepared for `rankSentences` with no answer kind: its search terms and its lower-cased text. */
export const queryOf = (question: string): PreparedQuery => ({
  terms: [...new Set(termsOf(question))],
  kind: 'other',
  text: question.toLowerCase(),
});
