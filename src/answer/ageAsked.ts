import { headedBy } from './figureAsked.js';
import { isFigure, lowerWordsOf } from './unitFit.js';

/**
 * "How old was Ada Vell?", "At what age did she retire?", "What was the pilot's age?": a question asking an age, by "how
 * old", by "what / which age" or by the noun heading the phrase after the copula (figureAsked headedBy). Not any "age of"
 * ("pupils below the age of 12 ride free" sets a limit, "the age of sail" is an era).
 */
const AGE_ASKED = /\bhow\s+old\b|\b(?:what|which)\s+age\b/i;
const AGE_NOUN_ASKED = headedBy('ages?');

/** Types that tell a time or a stretch of it: an age may be given as one ("dating to 1410", "for 40 million years"). */
const TIME_TYPES = new Set(['DATE', 'TIME', 'DURATION']);

/** A unit of time after a figure, or "old" ("47-year-old", "six months old", "40 million years"): the figure is an age. */
const AGE_AFTER = /^(?:years?|yrs?|months?|weeks?|days?|decades?|centur(?:y|ies)|millenni(?:um|a)|old)$/i;
/** Words before a figure that make it an age ("at the age of 41", "aged 9", "turned 39"). */
const AGE_BEFORE = /^(?:age|ages|aged|turned|turning|turns)$/i;
/**
 * A copula or "at" right before a figure that ends its clause ("Tam Orrin was 17).", "she retired at 61."): the figure is
 * what the subject is, or when in life it did something.
 */
const COPULA_OR_AT = /^(?:is|was|are|were|be|been|at)$/i;
const CLAUSE_END = /^\s*(?:[,;:.!?()]|(?:and|or|but|when|while)\b|$)/i;
/** A figure set alone between commas or brackets after a name ("Ivo Brandt, 61, said", "Ada Vell (47)"). */
const SET_OFF_BEFORE = /[,(]\s*$/;
const SET_OFF_AFTER = /^\s*[,)]/;

/**
 * An age written in any form ("a 47-year-old", "six months old", "aged 9", "at the age of nine", "turned 39", "in her
 * twenties", "a teenager"): what a sentence giving someone's age writes.
 */
const AGE_WRITTEN =
  /\b[\p{L}\d.,]+[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\b|\b(?:aged|ages?\s+of|at\s+age|turned|turning)\s+[\p{L}\d]|\b(?:teenagers?|teenage|teens|infants?|toddlers?|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)\b/iu;

/**
 * Whether a text gives anyone's age in some form (AGE_WRITTEN): unshownFact reads the excerpts so when no short answer
 * to "How old …" was found.
 *
 * @example writesAge('Ada Vell, a 47-year-old pilot, steered.') // → true
 */
export function writesAge(text: string): boolean {
  return AGE_WRITTEN.test(text);
}

/** How many words after and before a figure the age's unit or its word may stand ("40 million years", "the age of"). */
const AGE_WORDS_AFTER = 3;
const AGE_WORDS_BEFORE = 3;

/**
 * Whether the sentence gives an age at one of the places it writes `written`: a unit of time or "old" in the answer or
 * within AGE_WORDS_AFTER words after it, "age" / "aged" / "turned" within AGE_WORDS_BEFORE words before it, a copula
 * or "at" right before it with its clause ending right after ("Ada Vell was 61, Tam Orrin was 17", "retired at 61."), or
 * set alone between commas or brackets ("Ivo Brandt, 61, said").
 */
function writtenAsAge(written: string, sentence: string): boolean {
  const parts = sentence.split(written);
  const own = lowerWordsOf(written);
  for (let k = 1; k < parts.length; k += 1) {
    const before = lowerWordsOf(parts[k - 1]!);
    const rest = parts[k]!;
    const after = lowerWordsOf(rest).slice(0, AGE_WORDS_AFTER);
    if ([...own, ...after].some((w) => AGE_AFTER.test(w))) return true;
    if (before.slice(-AGE_WORDS_BEFORE).some((w) => AGE_BEFORE.test(w))) return true;
    if (COPULA_OR_AT.test(before.at(-1) ?? '') && CLAUSE_END.test(rest)) return true;
    if (SET_OFF_BEFORE.test(parts[k - 1]!) && SET_OFF_AFTER.test(rest)) return true;
  }
  return false;
}

/**
 * Whether a question asking an age (AGE_ASKED, or "the age" by its noun) was answered by a figure its sentence does not
 * write as an age (writtenAsAge): a seed, a count or a part of a compound ("1 Ivo Brandt (Velden)", "the two sides", "a
 * 20-point plan") tells nothing of how old anyone is, as a story on the same topic that never gives the age offers the
 * other figures of the sentences about the person asked. A date or a stretch of time may give an age, and an answer with
 * no figure is left to the other checks (figureAsked).
 *
 * @param written the answer as its sentence writes it
 * @example ageUnanswered('How old is Ivo Brandt?', 'CARDINAL', '1', '1 Ivo Brandt (Velden)') // → true
 * @example ageUnanswered('How old is Ivo Brandt?', 'CARDINAL', '34', 'The 34-year-old Brandt won.') // → false
 */
export function ageUnanswered(question: string, type: string, written: string, sentence: string): boolean {
  if (TIME_TYPES.has(type) || (!AGE_ASKED.test(question) && !AGE_NOUN_ASKED.test(question))) return false;
  if (!lowerWordsOf(written).some(isFigure) || !sentence.includes(written)) return false;
  return !writtenAsAge(written, sentence);
}
