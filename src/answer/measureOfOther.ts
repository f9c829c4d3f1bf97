import { nounLemma, senseClasses } from '../lexicon/index.js';
import { figurePlaces, hyphenedWord } from './covered.js';
import { askedUnit, unitlessMeasure, unitOfWord, lowerWordsOf } from './unitFit.js';

/** A match or set score ("7-5", "2–1", "6-3 2-6 7-5"): figures a dash joins, which measure no length, weight or speed. */
const SCORE = /^\d{1,2}\s?[-–]\s?\d{1,2}\b/;

/** "How fast …": the one dimension no count of things answers (a distance may be "three blocks", a height "ten storeys"). */
const SPEED_ASKED = /\bhow\s+fast\b/i;

/** Most words after a figure read for the plural noun it counts ("two *old ferry* boats"). */
const COUNTED_WITHIN = 3;

/** A mark that ends the phrase a figure stands in ("6.4%*,* or 486 points"). */
const CLAUSE_MARK = /[,;:()–—]/;

/** Words after a counted noun that make the count a rate ("70 beats *a* minute", "40 strokes *per* minute"). */
const RATE_AFTER = /^(?:per|a|an|each|every)$/;

/** Noun senses that may measure (a quantity, a stretch of time: "knots", "paces"): a noun with one counts no things only. */
const MEASURING_SENSES = new Set(['quantity', 'time']);

/**
 * Whether a bare figure counts things where its sentence first writes it as a number of its own (covered.ts
 * figurePlaces): within COUNTED_WITHIN words after it, before a mark that ends its phrase, stands a plural noun none of
 * whose WordNet senses is a quantity or a time, and no rate follows it ("two ferries", "66 old rowing boats"; not "30
 * knots", "70 beats a minute").
 *
 * @example countsThings('Two', 'Two ferries left the Orsk quay.') // → true
 */
export function countsThings(written: string, sentence: string): boolean {
  const figure = written.trim();
  const at = lowerWordsOf(figure).length === 1 ? figurePlaces(sentence, figure)[0] : undefined;
  if (at === undefined) return false;
  const after = lowerWordsOf(sentence.slice(at + figure.length).split(CLAUSE_MARK, 1)[0]!);
  for (let k = 0; k < COUNTED_WITHIN && k < after.length; k += 1) {
    const word = after[k]!;
    const lemma = nounLemma(word);
    if (lemma === undefined || lemma === word) continue;
    return !senseClasses(lemma).some((c) => MEASURING_SENSES.has(c)) && !RATE_AFTER.test(after[k + 1] ?? '');
  }
  return false;
}

/**
 * Whether a question asking a measure by its dimension ("How far …", "How tall …", "How fast …": unitFit's
 * unitlessMeasure) was answered by a figure with no unit that its sentence writes as another thing's measure: joined by a
 * hyphen to a word that is no unit of the dimension asked ("16" of "a 16-point charter", "twelve" of "a twelve-storey block"
 * for how far or how tall), or a score ("7-5 6-2" for how fast a serve is), or, for how fast, a figure counting things
 * (countsThings: "two" of "two ferries sailed"). Such a figure counts points, storeys or ferries, and the story gives no
 * distance, height or speed; a figure joined to a unit of the dimension ("a 40-mile walk") still answers.
 *
 * @param written the answer as its sentence writes it
 * @example measureByOther('How far is Velden from Orsk?', '16', 'The 16-point charter was drawn up in Velden.') // → true
 * @example measureByOther('How far is Velden from Orsk?', '40', 'The 40-mile road runs from Velden to Orsk.') // → false
 */
export function measureByOther(question: string, written: string, sentence: string): boolean {
  if (!unitlessMeasure(question, written)) return false;
  if (SCORE.test(written.trim())) return true;
  if (SPEED_ASKED.test(question) && countsThings(written, sentence)) return true;
  const word = hyphenedWord(written, sentence);
  return word !== undefined && unitOfWord(word)?.dimension !== askedUnit(question)?.dimension;
}
