import type { StorySentence } from '../story/story.js';
import type { Mention } from './mentions.js';

/** A word written with a capital first letter. */
const NAME_WORD = /^\p{Lu}/u;

/** The words of a name "X Y" before its "of": two or three, as a person's given name and surname. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/** At most this many words make the place after the first person's "of" ("Ivo Brandt of **Tarn Valley**"). */
const MAX_PLACE_WORDS = 4;

/** Whether token k of a sentence is a capitalised word (no mark, no lower-case word). */
function nameAt(sentence: StorySentence, k: number): boolean {
  const t = sentence.tokens[k];
  return t !== undefined && NAME_WORD.test(t.text) && t.pos !== 'PUNCT';
}

/** Whether token k of a sentence lies inside a name the tagger typed a person. */
function inPerson(sentence: StorySentence, k: number): boolean {
  const t = sentence.tokens[k];
  return t !== undefined && sentence.entities.some((e) => e.type === 'PERSON' && e.start <= t.start && t.end <= e.end);
}

/**
 * The spans of the names a sentence sets beside a person as that person's like: "**PERSON** of W and X Y of Z" — a
 * person the tagger typed, "of" and a name, then "and" (or a comma) and two or three capitalised words followed by
 * "of" and a name ("Ivo Brandt of Velden and **Halvor Orrowe** of Orsk"). The second is built as the first is, so it
 * names a person from Z as the first names one from W, whether or not the given name is one the tagger knows; read
 * as a place, it made "Velden and Halvor Orrowe of Orsk" a list of places.
 */
export function parallelPersons(sentence: StorySentence): { start: number; end: number }[] {
  const tokens = sentence.tokens;
  const out: { start: number; end: number }[] = [];
  for (let p = 1; p < tokens.length; p += 1) {
    if (tokens[p]!.text !== 'of' || !inPerson(sentence, p - 1) || !nameAt(sentence, p + 1)) continue;
    let w = p + 1;
    while (w + 1 < tokens.length && w - p < MAX_PLACE_WORDS && nameAt(sentence, w + 1)) w += 1;
    const joiner = tokens[w + 1]?.text;
    if (joiner !== 'and' && joiner !== ',') continue;
    const first = w + 2;
    let o = first;
    while (o < tokens.length && nameAt(sentence, o)) o += 1;
    const words = o - first;
    if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS || tokens[o]?.text !== 'of' || !nameAt(sentence, o + 1)) continue;
    out.push({ start: tokens[first]!.start, end: tokens[o - 1]!.end });
  }
  return out;
}

/**
 * Whether a where-answer's candidate takes in a name set beside a person as that person's like (`parallelPersons`):
 * "Halvor Orrowe of Orsk", or the list "Velden and Halvor Orrowe of Orsk", is no place.
 *
 * @example parallelPerson(sentence of "Mill owners such as Ivo Brandt of Velden and Halvor Orrowe of Orsk backed the weir.",
 *   mention of "Velden and Halvor Orrowe of Orsk") // → true; of "Velden" → false
 */
export function parallelPerson(sentence: StorySentence, candidate: Mention): boolean {
  return parallelPersons(sentence).some((p) => candidate.start < p.end && p.start < candidate.end);
}
