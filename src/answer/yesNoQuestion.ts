/**
 * The shape of a question that opens with an auxiliary: whether it does ("Did the ferry sail?") and the text on either
 * side of its last "or" ("Was the ferry late or early?"). questionWord.asksYesOrNo and alternatives.alternativesOf
 * both read a question through these, so a yes-or-no question and one offering alternatives are told apart one way.
 */

/** Auxiliaries that open a yes-or-no question ("Did the ferry sail?", "Is the bridge open?"). */
const YES_NO_OPENING = /^(?:is|are|was|were|am|do|does|did|will|would|can|could|has|have|had|should|shall|may|might|must)(?:n['’]t)?\s/i;

/** "or" as a word of its own, in any case: not inside a word joined by a hyphen or an apostrophe ("Or-ville"). */
const OR_WORD = /(?<![\p{L}\p{N}'’-])or(?![\p{L}\p{N}'’-])/giu;

/**
 * Whether a question opens with an auxiliary, as a yes-or-no question or one offering alternatives does.
 *
 * @example opensWithAuxiliary("Isn't the pier closed?") // → true
 * @example opensWithAuxiliary('Who sank the ferry?') // → false
 */
export function opensWithAuxiliary(question: string): boolean {
  return YES_NO_OPENING.test(question.trim());
}

/**
 * The text of a question before and after its last "or", without the spaces around it; undefined when it has none.
 *
 * @example splitAtLastOr('Was the ferry late or early?') // → { before: 'Was the ferry late', after: 'early?' }
 * @example splitAtLastOr('Did Or-ville win?') // → undefined
 */
export function splitAtLastOr(question: string): { before: string; after: string } | undefined {
  const q = question.trim();
  const last = [...q.matchAll(OR_WORD)].at(-1);
  if (last === undefined) return undefined;
  return { before: q.slice(0, last.index).trimEnd(), after: q.slice(last.index + last[0].length).trimStart() };
}
