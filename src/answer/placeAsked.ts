import { STOP_WORDS, termOf } from '../search/terms.js';

/**
 * "Where is the Orlen airport (located)?": the thing whose place a copular where-question asks, in the words written
 * after its verb "be", up to a participle or a preposition that goes on about it ("Where was the press **moved** to
 * …?"; "of" goes on naming it: "the north wing of the hall").
 */
const WHERE_IS =
  /^\W*[Ww]here\s+(?:is|are|was|were)\s+(.+?)(?:\s+(?:\p{Ll}+ed|to|from|at|in|on|by|for|with|during|after|before|since|when|while|as)\b.*)?\s*[?.!]*\s*$/u;

/** Letters and digits: the words the asked thing and a candidate are compared by. */
const WORD = /[\p{L}\p{N}]+/gu;

/** A capitalised word written right after a candidate, that the tagger left out of its name ("Tolly Field **Airport**", "Republic of **Varna**"). */
const NAME_WORD_AFTER = /^\s+(?:of\s+(?:the\s+)?)?(\p{Lu}[\p{L}\p{M}\p{N}]*)/u;

/**
 * A test of whether a where-question's candidate names the very thing whose place is asked, not a place of it ("the
 * **Republic of Varna**" for "Where is Varna located?", "the **Tolly Field** Airport" for "Where is the airport?"): the
 * candidate, with a capitalised word right after it, holds a word of that thing (stop words aside). Never for a
 * question that is not "Where is X?".
 *
 * @param question the where-question as asked
 * @returns a test of a candidate's text and the sentence's text after it
 */
export function namesPlaceAsked(question: string): (candidate: string, after: string) => boolean {
  const thing = WHERE_IS.exec(question)?.[1];
  if (thing === undefined) return () => false;
  const terms = new Set((thing.toLowerCase().match(WORD) ?? []).filter((w) => !STOP_WORDS.has(w)).map((w) => termOf(w) ?? w));
  if (terms.size === 0) return () => false;
  return (candidate, after) =>
    `${candidate} ${NAME_WORD_AFTER.exec(after)?.[1] ?? ''}`
      .toLowerCase()
      .match(WORD)
      ?.some((w) => terms.has(termOf(w) ?? w)) ?? false;
}
