import { nounClass } from '../lexicon/index.js';
import { type EntityType, tagSentence } from '../nlp/entities.js';
import { questionFrameNouns } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';

/** Answer types that say when or how long, which common words also say ("the sixteenth century", "after the vote"). */
const TIME_TYPES: ReadonlySet<EntityType | 'PHRASE'> = new Set(['DATE', 'TIME', 'DURATION']);

/** Words that open a phrase saying when ("after the war", "during the season", "until dawn"). */
const WHEN_WORDS: ReadonlySet<string> = new Set(['after', 'before', 'during', 'until', 'since', 'while']);

/**
 * Whether a sentence says a time in common words rather than as a tagged date: for a time answer type, a noun whose
 * commonest WordNet sense is a time ("the sixteenth century", "each session") and that is not one of the question's
 * words, or a phrase opened by "after", "during"…. Names are left out: a common noun of a name's kind ("the
 * company", "officials") rarely names the one asked for.
 *
 * @example timeInWords(sentence('They met after the harvest.'), 'DATE', new Set()) // → true
 */
export function timeInWords(sentence: StorySentence, type: EntityType | 'PHRASE', questionWords: ReadonlySet<string>): boolean {
  if (!TIME_TYPES.has(type)) return false;
  return sentence.tokens.some((t) => {
    const word = t.text.toLowerCase();
    if (questionWords.has(word)) return false;
    if (WHEN_WORDS.has(word)) return true;
    return t.pos === 'NOUN' && nounClass(word) === 'time';
  });
}

/**
 * Whether a question writes a time in a common noun, the commonest WordNet sense of a lower-case word the tagger reads
 * as a noun ("What was the only **year** …", "During what **period** …"), or "time" asked by what / which ("At what
 * **time** …", not "at this time"): such a question may ask for a date though its opening reads it as asking for a thing.
 *
 * @example writesTime('What was the start of the trading year?') // → true
 * @example writesTime("What stopped Tolly's second raid?") // → false ("second" read as an adjective)
 */
export function writesTime(question: string): boolean {
  if (questionFrameNouns(question).has('time')) return true;
  return tagSentence(question).tokens.some((t) => t.pos === 'NOUN' && LOWER_WORD.test(t.text) && nounClass(t.text) === 'time');
}

/** A word in small letters only. */
const LOWER_WORD = /^\p{Ll}+$/u;
