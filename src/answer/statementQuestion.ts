/** Questions written as statements with their question word where the answer stands ("The guild sold what?"). */
import { tagSentence } from '../nlp/entities.js';

/** A question written as a statement that ends in a word and "what" ("The guild sold what?"). */
const ENDS_IN_WHAT = /^(?!\W*(?:who|whom|whose|what|which|when|where|why|how)\b).*\s([\p{L}'’-]+)\s+what\s*[?.!]*\s*$/iu;

/** Verbs that name rather than act on their object ("is called what?"): a naming question, not an object. */
const NAMING_VERBS = new Set(['called', 'named', 'termed', 'dubbed', 'nicknamed', 'call', 'name']);

/**
 * Whether a question written as a statement asks for the object of its last verb ("The guild sold what?", "The storm
 * destroyed what?"): the answer is what that verb is done to in the story, as for "What did the guild sell?".
 *
 * @example asksStatementObject('The guild sold what?') // → true
 * @example asksStatementObject('The guild was known as what?') // → false
 */
export function asksStatementObject(question: string): boolean {
  const m = ENDS_IN_WHAT.exec(question);
  if (!m || NAMING_VERBS.has(m[1]!.toLowerCase())) return false;
  const before = question.slice(0, m.index + m[0].lastIndexOf(m[1]!) + m[1]!.length);
  const last = tagSentence(before).tokens.at(-1);
  return last?.pos === 'VERB';
}

/** A statement question asking what something is called ("The tube is called what?", "… known as what?"). */
const NAMED_WHAT =
  /^(?!\W*(?:who|whom|whose|what|which|when|where|why|how)\b).*\b(?:called|known\s+as|named|termed|dubbed|nicknamed|referred\s+to\s+as)\s+what\s*[?.!]*\s*$/i;

/**
 * Whether a question written as a statement asks what something is called, as "What is the tube called?" does.
 *
 * @example asksStatementName('The mouth tube is called what?') // → true
 */
export function asksStatementName(question: string): boolean {
  return NAMED_WHAT.test(question);
}
