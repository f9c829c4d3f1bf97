import { personNounSex } from '../lexicon/index.js';
import { HONORIFIC_SEX } from '../nlp/cueWords.js';
import { givenNameSex } from '../text/places.js';
import { focusNoun } from './questionFrame.js';
import { isCapitalised } from '../text/words.js';

/** A person's sex as the name lists and WordNet give it: 'f' for a woman, 'm' for a man. */
export type Sex = 'f' | 'm';

/** A pronoun that can stand only for a man, or only for a woman, with that sex. */
export const PRONOUN_SEX: ReadonlyMap<string, Sex> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['herself', 'f'],
]);

/** A category of one sex an event is held in ("the men's relay", "the girls' sprint"), as a possessive. */
const CATEGORY = /\b(?:(men|boys)|(women|girls|ladies))(?:['’]s?|s)(?=\s)/gi;

/** "Who was/is/became …": the rest of a question that asks what someone is. */
const WHO_IS = /^\W*who\s+(?:is|was|are|were|became|becomes|has\s+been|had\s+been|remains|remained)\s+(.*)$/i;

/** Where the phrase a who-is question asks about ends: a relative word, a preposition, a comma or the question mark. */
const PHRASE_END = /\s(?:who|whom|whose|that|which|in|of|at|on|for|to|from|by|with|during|after|before|when|where)\s|[,?;]/i;

/** Sex adjectives before a person noun ("the first female mayor"). */
const SEX_ADJECTIVE: ReadonlyMap<string, Sex> = new Map([
  ['female', 'f'],
  ['male', 'm'],
]);

/**
 * "Who sold his boat …", "Who said she would stand": a subject who-question whose pronoun, with no name nor person
 * noun before it in the question, can only stand for the one asked about. "her" counts only as a possessive (followed
 * by a word that is no determiner nor preposition: "Who gave her the prize" asks about someone else).
 */
const SUBJECT_PRONOUN =
  /^\W*[Ww]ho\s+(?!(?:did|does|do|is|was|are|were|has|had|have|will|would|can|could|should|may|might)\b)([^A-Z]*?)\b(?:(he|his|himself)|(she|herself|her)(?!\s+(?:the|a|an|to|in|on|at|for|with|from|by|and|or|as|that|this|\W)))\b/;

/**
 * The sex a question asks its answer to be, from its own words: an event's category ("Who took the girls' sprint?"),
 * the person noun or sex adjective a who-is question asks about ("Who was Ada's husband?", "Who was the first female
 * mayor?"), a which-NOUN of one sex ("Which actress …"), or a pronoun only the one asked about can stand for ("Who
 * sold his boat …"). Undefined where the question gives no sex or both.
 *
 * @example askedSex("Who rowed in the men's relay?") // → 'm'
 * @example askedSex('Who was Ada Vell's brother?') // → 'm'
 * @example askedSex('Who opened the bridge?') // → undefined
 */
export function askedSex(question: string): Sex | undefined {
  return categorySex(question) ?? predicateSex(question) ?? focusSex(question) ?? pronounSex(question);
}

function categorySex(question: string): Sex | undefined {
  const found = new Set<Sex>();
  for (const m of question.matchAll(CATEGORY)) found.add(m[1] ? 'm' : 'f');
  return found.size === 1 ? [...found][0] : undefined;
}

function predicateSex(question: string): Sex | undefined {
  const rest = WHO_IS.exec(question)?.[1];
  if (!rest) return undefined;
  const end = PHRASE_END.exec(` ${rest}`);
  const phrase = end ? ` ${rest}`.slice(0, end.index) : rest;
  return oneSex(phrase.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)));
}

function focusSex(question: string): Sex | undefined {
  const focus = focusNoun(question);
  return focus ? personNounSex(focus) : undefined;
}

function pronounSex(question: string): Sex | undefined {
  const m = SUBJECT_PRONOUN.exec(question);
  if (!m || oneSex((m[1] ?? '').split(/\s+/)) !== undefined) return undefined;
  return m[2] ? 'm' : 'f';
}

/** The one sex lower-case words name as person nouns or sex adjectives; undefined for none or both. */
function oneSex(words: readonly string[]): Sex | undefined {
  const found = new Set<Sex>();
  for (const w of words) {
    const word = w.toLowerCase().replace(/['’]s?$/, '');
    const sex = SEX_ADJECTIVE.get(word) ?? personNounSex(word);
    if (sex) found.add(sex);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Words joining two people in one candidate ("Ada Vell and Tom Rand"): a pair has no one sex. */
const PAIR = /\s(?:and|&)\s|,/;

/**
 * The sex a person's name gives: an honorific or a title of one sex before it ("Mrs", "Queen"), else its given name
 * where the name lists give that name one sex only; undefined for a name of either sex, a pair or no person.
 *
 * @example nameSex('Queen Ada') // → 'f'
 * @example nameSex('Harriet Vell') // → 'f'
 * @example nameSex('Vell') // → undefined
 */
export function nameSex(name: string): Sex | undefined {
  if (PAIR.test(name)) return undefined;
  const words = name.split(/\s+/);
  const first = words[0];
  if (!first || !isCapitalised(first)) return undefined;
  const lower = first.toLowerCase().replace(/\.$/, '');
  return HONORIFIC_SEX.get(lower) ?? (words.length > 1 ? personNounSex(lower) : undefined) ?? givenNameSex(first);
}

/**
 * Of the candidates, those whose name does not disagree with the sex asked, where one of them agrees with it: a
 * candidate of the other sex loses to one of the sex asked ("Who took the girls' sprint?": not the man named beside the
 * question's words). Every candidate where the question asks no sex or none agrees.
 */
export function ofAskedSex<T>(candidates: readonly T[], nameOf: (c: T) => string, asked: Sex | undefined): readonly T[] {
  if (!asked) return candidates;
  const sexes = candidates.map((c) => nameSex(nameOf(c)));
  if (!sexes.includes(asked)) return candidates;
  return candidates.filter((_, i) => sexes[i] === undefined || sexes[i] === asked);
}
