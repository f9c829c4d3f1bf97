import { figureValue } from '../nlp/amounts.js';

/**
 * "above 7,500", "past the 10,000 mark", "exceed 300": a figure a when-question asks to be crossed (group 1 the direction
 * word, group 2 the figure in digits). A figure with a scale word after it ("above 5 million") is left out: a sentence may
 * write it another way. General English.
 */
const THRESHOLD_ASKED =
  /\b(above|over|past|beyond|exceed(?:ed|s)?|top(?:ped|s)?|surpass(?:ed|es)?|below|under|beneath)\s+(?:the\s+)?(\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s*(?:million|billion|trillion|thousand|bn|mln|percent|per\b|%))/i;

/** Words of going or staying under a figure. General English. */
const DOWN = /^(?:below|under|beneath|less|lower)$/i;

/** Words of going or staying over one. General English. */
const UP = /^(?:above|over|past|beyond|exceed(?:ed|s|ing)?|top(?:ped|s|ping)?|surpass(?:ed|es|ing)?|more|higher)$/i;

/** A figure in digits as a sentence writes it ("7,500", "7500", "812.25"). */
const FIGURE = /\d[\d,]*(?:\.\d+)?/g;

/** How many words before a written figure are read for the side it is told from ("slid further under the 7,500 line"). */
const THRESHOLD_WORDS = 4;

/**
 * Whether a when-question asking when a figure was crossed ("When did the Velden index first close above 7,500?") was
 * answered by a date from a sentence that never writes that figure, or writes it only from the other side ("the index
 * stayed below 7,500 on Friday"): the date is of another move of the thing, and the story does not tell when it crossed
 * the figure. The figure is matched by its value ("7500" and "7,500"); a sentence telling it from the asked side, or
 * from neither ("ended at 7,500 on Friday"), still answers.
 *
 * @example thresholdUnmet('When did the Velden index first close above 7,500?', 'On Friday the index stayed below 7,500.') // → true
 * @example thresholdUnmet('When did the Velden index first close above 7,500?', 'On Friday the index closed above 7500.') // → false
 */
export function thresholdUnmet(question: string, sentence: string): boolean {
  const asked = THRESHOLD_ASKED.exec(question);
  if (asked === null) return false;
  const down = DOWN.test(asked[1]!);
  const value = figureValue(asked[2]!);
  for (const m of sentence.matchAll(FIGURE)) {
    if (figureValue(m[0]) !== value) continue;
    const before = sentence
      .slice(0, m.index)
      .split(/\s+/)
      .filter((w) => w !== '')
      .slice(-THRESHOLD_WORDS);
    if (!before.some((w) => (down ? UP : DOWN).test(w))) return false;
  }
  return true;
}
