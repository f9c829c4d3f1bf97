import { hyphenedWord } from './covered.js';
import { askedUnit, unitlessMeasure, unitOfWord } from './unitFit.js';

/** A match or set score ("7-5", "2–1", "6-3 2-6 7-5"): figures a dash joins, which measure no length, weight or speed. */
const SCORE = /^\d{1,2}\s?[-–]\s?\d{1,2}\b/;

/**
 * Whether a question asking a measure by its dimension ("How far …", "How tall …", "How fast …": unitFit's
 * unitlessMeasure) was answered by a figure with no unit that its sentence writes as another thing's measure: joined by a
 * hyphen to a word that is no unit of the dimension asked ("16" of "a 16-point charter", "twelve" of "a twelve-storey block"
 * for how far or how tall), or a score ("7-5 6-2" for how fast a serve is). Such a figure counts points or storeys, and the
 * story gives no distance, height or speed; a figure joined to a unit of the dimension ("a 40-mile walk") still answers.
 *
 * @param written the answer as its sentence writes it
 * @example measureByOther('How far is Velden from Orsk?', '16', 'The 16-point charter was drawn up in Velden.') // → true
 * @example measureByOther('How far is Velden from Orsk?', '40', 'The 40-mile road runs from Velden to Orsk.') // → false
 */
export function measureByOther(question: string, written: string, sentence: string): boolean {
  if (!unitlessMeasure(question, written)) return false;
  if (SCORE.test(written.trim())) return true;
  const word = hyphenedWord(written, sentence);
  return word !== undefined && unitOfWord(word)?.dimension !== askedUnit(question)?.dimension;
}
