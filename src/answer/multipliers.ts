import type { StorySentence } from '../story/story.js';
import type { Mention } from './mentions.js';

/** Number words a multiplier is written with ("three times", "sevenfold"). */
const NUMBER_WORD = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)';

/** "twice", "thrice", "sevenfold", "10-fold", "three times", "2.5 times": how many times as much. */
const MULTIPLIER = new RegExp(
  `\\b(?:twice|thrice|(?:${NUMBER_WORD}|\\d+(?:\\.\\d+)?)-?fold|(?:${NUMBER_WORD}|\\d+(?:\\.\\d+)?)\\s+times)\\b`,
  'gi',
);

/**
 * The multipliers of a sentence ("**twice** the figure", "grew **sevenfold**", "**three times** as large"): an answer to
 * "how much more …?" or "how many times …?" that no number entity gives whole.
 */
export function multipliers(sentence: StorySentence): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(MULTIPLIER))
    out.push({ type: 'CARDINAL', text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
