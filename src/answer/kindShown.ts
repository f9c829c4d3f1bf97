import { termOf } from '../search/terms.js';
import { KIND_OF_QUESTION } from './mentions.js';

/**
 * A name's possessive opening a phrase of two or more lower-case-led words ("Velmouth's ropemaking trade"): the
 * owner, then what it owns. One word owned is left whole, as it often names a kind after someone ("Hodgkin's
 * lymphoma").
 */
const OWNER_OPENING = /^(?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&-]*['’]s\s+(?=\p{Ll}[^\s]*\s+\S)/u;

/** A lower-case noun and its "of" opening a phrase ("a **presence of** a marsh orchid"), an article after it too. */
const NOUN_OF_OPENING = /^\p{Ll}[\p{L}-]*\s+of\s+(?:(?:the|a|an)\s+)?/u;

/**
 * The answer to "what kind of X …?" as the kind it names, without the owner written before it ("What kind of trade
 * is Velmouth known for?" → "ropemaking trade", not "Velmouth's ropemaking trade": whose X it is is not asked), nor
 * a noun whose "of" phrase holds the kind, words before X ending it ("presence of a **marsh orchid**", "multitude
 * of **coastal fishing villages**": the first noun counts or tells a part of X, not its kind). Any other answer as it is.
 *
 * @example kindShown("Velmouth's ropemaking trade", 'What kind of trade is Velmouth known for?') // → 'ropemaking trade'
 */
export function kindShown(answer: string, question: string, focus?: string): string {
  if (!KIND_OF_QUESTION.test(question)) return answer;
  const m = OWNER_OPENING.exec(answer);
  if (m) return answer.slice(m[0].length);
  const of = focus ? NOUN_OF_OPENING.exec(answer) : null;
  if (!of) return answer;
  const rest = answer.slice(of[0].length);
  const words = rest.split(/\s+/);
  return words.length >= 2 && termOf(words.at(-1)!) === termOf(focus!) ? rest : answer;
}
