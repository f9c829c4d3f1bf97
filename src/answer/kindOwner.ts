import { KIND_OF_QUESTION } from './mentions.js';

/**
 * A name's possessive opening a phrase of two or more lower-case-led words ("Velmouth's ropemaking heritage"): the
 * owner, then what it owns. One word owned is left whole, as it often names a kind after someone ("Hodgkin's
 * lymphoma").
 */
const OWNER_OPENING = /^(?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&-]*['’]s\s+(?=\p{Ll}[^\s]*\s+\S)/u;

/**
 * The answer to "what kind of X …?" without the owner written before it: "What type of heritage does Velmouth have?"
 * → "ropemaking heritage", not "Velmouth's ropemaking heritage" (whose X it is is not what is asked). Any other answer
 * as it is.
 *
 * @example withoutKindOwner("Velmouth's ropemaking heritage", 'What type of heritage does Velmouth have?') // → 'ropemaking heritage'
 */
export function withoutKindOwner(answer: string, question: string): string {
  if (!KIND_OF_QUESTION.test(question)) return answer;
  const m = OWNER_OPENING.exec(answer);
  return m ? answer.slice(m[0].length) : answer;
}
