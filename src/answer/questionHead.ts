/**
 * "What did the quay take large loads of?" writes the head of its answer itself: the excerpt's "large
 * groups of **microbes**" answers it with the words after "of", the rest being the question's own. General English.
 */
import { termOf } from '../search/terms.js';

/** A lower-case head and "of" opening an answer: "broad groups of", "the planning of the". */
const HEAD_OF = /^((?:the\s+|a\s+|an\s+)?[\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*){0,2})\s+of\s+(?:the\s+|a\s+|an\s+)?(?=\S)/u;

/**
 * The answer without a lower-case head the question writes before its own "of" ("broad groups of" in "… broad
 * groups of what?"): every word of the head is a word of the question, and the question's last such word stands
 * right before "of". The answer as it is otherwise.
 *
 * @example withoutQuestionHead('large loads of salted herring', 'the quay took large loads of what?') // → 'salted herring'
 * @example withoutQuestionHead('groups of microbes', 'which microbes do receptors recognise?') // → 'groups of microbes'
 */
export function withoutQuestionHead(answer: string, question: string): string {
  const m = HEAD_OF.exec(answer);
  if (!m) return answer;
  const head = m[1]!.split(/\s+/).filter((w) => termOf(w) !== null);
  if (head.length === 0) return answer;
  const questionWords = question.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const terms = new Set(questionWords.map((w) => termOf(w)));
  if (!head.every((w) => terms.has(termOf(w)))) return answer;
  const last = termOf(head.at(-1)!);
  const beforeOf = questionWords.some((w, i) => questionWords[i + 1] === 'of' && termOf(w) === last);
  return beforeOf ? answer.slice(m[0].length) : answer;
}
