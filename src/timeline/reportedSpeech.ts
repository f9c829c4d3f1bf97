/**
 * Where a sentence's reported speech begins: "Holt said Voss had resigned on Friday" tells Voss's resignation, not
 * Holt's, and "Holt told reporters on Monday that Voss would resign next month" tells what Holt did on Monday and
 * what Voss will do next month. The timeline reads it to tell who takes part in the event of a date.
 */
import { isSpeechVerb } from '../actors/quotes.js';
import type { Token } from '../nlp/entities.js';

/** Tokens after a speech verb searched for the "that" opening its complement ("told reporters on Monday that …"). */
const THAT_WITHIN = 8;
/**
 * Verbs of saying whose complement may open without "that" ("said Voss had resigned"); the others take an object
 * there ("told Holt to leave", "announced the resignation of Voss"), and only "that" opens their complement.
 */
const SAY = /^(?:say|says|said|saying)$/u;
/** What opens a complement without "that": its subject ("said Voss had …", "said it would …", "said the plant …"). */
const SUBJECT_TAGS = new Set(['PROPN', 'PRON', 'DET', 'NOUN']);

/**
 * The offset where the first reported clause of a sentence begins (after "that", or right after a verb of saying
 * followed by a subject), or undefined when the sentence reports no speech that way ("…, Voss said." reports its
 * first part, and the people named there take part in it).
 *
 * @example reportedSpeechStart(tokens of "Holt said Voss resigned on Friday.") // → the offset of "Voss"
 */
export function reportedSpeechStart(tokens: readonly Token[]): number | undefined {
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const verb = tokens[i]!;
    const lower = verb.text.toLowerCase();
    if (verb.pos !== 'VERB' || !isSpeechVerb(lower)) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 1 + THAT_WITHIN); j += 1) {
      const t = tokens[j]!;
      if (t.pos === 'PUNCT') break;
      if (t.text.toLowerCase() === 'that' && j + 1 < tokens.length) return tokens[j + 1]!.start;
    }
    const next = tokens[i + 1]!;
    if (SAY.test(lower) && SUBJECT_TAGS.has(next.pos)) return next.start;
  }
  return undefined;
}
