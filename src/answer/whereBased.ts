import { termOf, termsOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';

/**
 * "Where is Tarn Bank based?", "Where are the Orsk Ferries headquartered?", "Where was the mill located?": a question
 * asking where a body or a thing has its seat, with what it asks of (group 1). General English.
 */
const SEAT_ASKED = /^\W*where\s+(?:is|are|was|were)\s+(?:the\s+)?(.+?)\s+(?:based|headquartered|located|situated|registered)\W*$/i;

/** Words that tell where a body or a thing is: "based in", "its headquarters", "located", "offices in", "home to". */
const SEAT_TOLD = /\b(?:bases?|based|headquarter(?:s|ed)?|HQ|locat(?:ed|ion)|situated|offices?|home|seat|registered|site)\b/i;

/** Most words between the thing asked about and a place after it for the sentence to write the place as its own ("Tarn Bank of Orsk", "Tarn Bank (Orsk)"), whatever they are. */
const SEAT_NEAR = 3;

/** A verb or an auxiliary: a place after the thing asked about and a verb is what the thing did or spoke of, not its seat. */
const VERB_TAGS = new Set(['VERB', 'AUX']);

/**
 * Whether a question asking where a body or a thing is based (SEAT_ASKED) is answered by a place its sentence does not
 * write as that thing's seat: the sentence writes no word of a seat (SEAT_TOLD), and either does not name the thing, or
 * names it only before the place with a verb between them, more than SEAT_NEAR words away. "Where is Tarn Bank based?" is
 * not answered by "Velden" of "Ada Vell, an economist at Tarn Bank, spoke of the mood in Velden": the place is what the
 * clause after the thing tells of, as a story that never tells the seat offers the places named near the thing. "Tarn
 * Bank of Velden", "the Tarn Bank tower, a landmark of Velden", "Tarn Bank, based in Velden" and a place the sentence
 * writes first ("Velden saw the fall of Tarn Bank") answer.
 *
 * @param written the place as its sentence writes it
 * @example seatUntold('Where is Tarn Bank based?', sentence('Ada Vell, an economist at Tarn Bank, spoke of the mood in Velden.'), 'Velden') // → true
 */
export function seatUntold(question: string, sentence: StorySentence, written: string): boolean {
  const thing = SEAT_ASKED.exec(question)?.[1];
  if (thing === undefined || SEAT_TOLD.test(sentence.text)) return false;
  const asked = new Set(termsOf(thing));
  const at = sentence.text.indexOf(written);
  if (asked.size === 0 || at < 0) return false;
  const tokens = sentence.tokens;
  const first = tokens.findIndex((t) => t.start >= at);
  if (first < 0) return false;
  return !tokens.some((t, i) => {
    if (!asked.has(termOf(t.text) ?? '')) return false;
    if (i >= first) return true;
    const between = tokens.slice(i + 1, first);
    return between.length <= SEAT_NEAR || !between.some((b) => VERB_TAGS.has(b.pos));
  });
}
