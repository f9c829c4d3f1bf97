/**
 * How words make one run of proper nouns, the part both readers of name runs read alike: the names stage's
 * (`nameRuns.ts` `findNameRuns`, at build time, which goes on to read each run's cues) and the answer stage's
 * (`answer/mentions.ts` `runSpans`, at answer time, which offers each run as a candidate answer). Each reader decides
 * by its own rule which tokens are name words; this module says which lower-case words between two of them keep one
 * name ("Republic **of** Estonia", "Jan **van der** Meulen", "Velden **am** Tarn") and which runs are no name at all.
 */
import { isCalendarName, mayOpenCalendarName } from '../text/calendarNames.js';
import { isDictionaryWord } from '../lexicon/index.js';
import { isCapitalised } from '../text/words.js';
import { PARTICLES, PLACE_PARTICLES } from './cueWords.js';
import type { Token } from './entities.js';

/** Lower-case words that may stand inside a name between capitalised words ("Republic of Estonia", "Ateliers des …"): a person's particles and those of other names. */
export const CONNECTORS: ReadonlySet<string> = new Set([...PARTICLES, ...PLACE_PARTICLES, 'of', 'des', 'y', 'the', '&']);

/** At most this many connectors in a row stand inside a name ("Republic of the Congo", "Jan van der Meulen"). */
const MAX_CONNECTORS = 2;

/**
 * How many connector tokens start at `at` and may stand inside a name before the next name word ("of", "van der", "al
 * -", "aan de", or a particle no list holds, by its shape: `particleByShape`), or 0 when those at `at` are no connectors
 * or too many. The caller asks its own rule whether the token after them is a name word.
 *
 * @example connectorsAt(tokens of "Jan van der Meulen", 1) // → 2
 * @example connectorsAt(tokens of "Aldo of the Tarn Isles", 1) // → 1 (the run ends there: "the" leads to no name word)
 */
export function connectorsAt(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k - at < MAX_CONNECTORS + 1 && tokens[k] && CONNECTORS.has(tokens[k]!.text.toLowerCase())) k += 1;
  // Only a name's particles come two in a row ("van der", "de la", "al-"), or a place's before one ("aan de"); "of the"
  // stays the end of a name ("Aldo IV of the Tarn Isles" is a person and a place).
  if (k - at > 1) {
    for (let m = at + 1; m < k; m += 1)
      if (!PARTICLES.has(tokens[m]!.text.toLowerCase())) {
        k = at + 1;
        break;
      }
  }
  if (k - at > 1 && !PARTICLES.has(tokens[at]!.text.toLowerCase()) && !PLACE_PARTICLES.has(tokens[at]!.text.toLowerCase())) k = at + 1;
  if (k === at) return particleByShape(tokens, at);
  if (k - at > MAX_CONNECTORS + (tokens[k - 1]?.text === '-' ? 1 : 0)) return 0;
  return k - at;
}

/** A short lower-case word of letters alone, what a name's particle looks like ("ould", "ap"). */
const SHORT_LOWER = /^\p{Ll}{2,4}$/u;
/** An article whose consonant is the next word's first ("as-Sarif", "ash-Shavin", "ur-Rahvi"). */
const ASSIMILATED_ARTICLE = /^[aeiou](\p{Ll}{1,2})$/u;
/** Tags the tagger gives a word it does not know inside a name. */
const UNKNOWN_WORD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'X']);
/**
 * Short words WordNet does not hold that stand between two different names, never inside one: "versus" and "also known
 * as" written short ("Orsk **vs** Velden", "Kemo Tarvi **aka** the Ferryman").
 */
const BETWEEN_NAMES: ReadonlySet<string> = new Set(['vs', 'aka', 'fka']);

/**
 * How many tokens from `at` make a name's particle by its shape, one no connector list holds, or 0: an article written
 * with the consonant it takes from the next word and a hyphen before it ("Orva **as-**Sarif": 2, the word and the
 * hyphen), or a short lower-case word WordNet does not know between a name word and the next, read as a noun or a name
 * ("Kemo **ould** Tarvi", "Rhun **ap** Tegan": 1). A word the dictionary knows ("Tarn **fish** Orsk") joins two name
 * words only where a connector list holds it ("van", "de"). Read after the lists, which say how many particles stand
 * in a row ("aan de"). SQuAD reading 2 won / 0 lost (held back 2 / 0); kit, refusal and the snapshot identical.
 */
export function particleByShape(tokens: readonly Token[], at: number): number {
  const t = tokens[at];
  const before = tokens[at - 1];
  if (t === undefined || before === undefined || !isCapitalised(before.text)) return 0;
  const hyphen = tokens[at + 1];
  const name = tokens[at + 2];
  if (hyphen?.text === '-' && name !== undefined && hyphen.start === t.end && name.start === hyphen.end && isCapitalised(name.text)) {
    const consonant = ASSIMILATED_ARTICLE.exec(t.text)?.[1];
    return consonant !== undefined && name.text.toLowerCase().startsWith(consonant) ? 2 : 0;
  }
  return SHORT_LOWER.test(t.text) && UNKNOWN_WORD_POS.has(t.pos) && !isDictionaryWord(t.text) && !BETWEEN_NAMES.has(t.text) ? 1 : 0;
}

/** Particles that, written lower case before a surname with no given name, belong to it ("von Staupen", "de Varenne"). */
export const LOWER_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'di', 'da', 'del', 'du', 'al', 'el', 'bin', 'ibn']);

/**
 * Where a run that starts at `at` really starts: before up to two lower-case particles of a surname ("met von Staupen",
 * "van der Holt said"), when no name word stands before them (else they joined that name already). The names stage's
 * only: at answer time a lower-case "de" is as often an article ("the canal locals call **de** Tolvaart": eval:refusal own F1
 * 0.534 → 0.533, SQuAD reading unchanged).
 */
export function surnameParticlesBefore(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k > at - 2 && k > 0 && PARTICLES.has(tokens[k - 1]!.text) && tokens[k - 1]!.text !== '-') k -= 1;
  if (k === at || !LOWER_PARTICLES.has(tokens[k]!.text)) return at;
  const before = tokens[k - 1];
  return before !== undefined && isCapitalised(before.text) ? at : k;
}

/** The first word of a text: what stands before its first white space. */
const FIRST_WORD = /^\S*/;
/** A run of white space. */
const SPACES = /\s+/;

/**
 * Whether every word of a run is a month or a weekday ("Friday", "March", "Sundays"): such a run is a date, no name.
 * Most runs' first word is none, so the run is split into words only when it is.
 */
export function onlyCalendarNames(run: string): boolean {
  return mayOpenCalendarName(run) && isCalendarName(FIRST_WORD.exec(run)![0]) && run.split(SPACES).every(isCalendarName);
}
