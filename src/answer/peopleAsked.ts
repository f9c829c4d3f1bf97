import { nounClasses, singularNoun } from '../lexicon/index.js';
import type { AnswerKind } from './answerKind.js';
import { askedCount, asksCount } from './askedNumber.js';

/**
 * Whether a person question asks for several people: by a count it opens with ("Who were two …", "Which three officials
 * …", "Name two people …", read as "Which two people …"), by a plural focus noun ("Which officials …", "What individuals
 * …") or by a plural noun of persons after "who are / were" ("Who were the people at the meeting?"). It asks for people
 * by name, so an organisation — the broadcaster a sentence credits, the agency that employs them — is no answer to it,
 * as it may be to "Who owns the terminal?". Questions come lowercased. SQuAD dev reading: 51 questions read so; with
 * the kind of "which two people" and "people" as a frame noun (terms.ts), 0 won / 1 lost, F1 0.54741 → 0.54739 (a
 * list with an organisation member, "Orsk and Tolly", now a lone person); with {@link peopleCount} 0.54756, held back
 * 0.57260 → 0.57271, 2 won / 2 lost, 3 wrong answers turned other wrong ones; kit, typed and refusal rows identical.
 *
 * @example asksPeople('person', 'who were two people at the meeting?', undefined) // → true
 * @example asksPeople('person', 'who owns the terminal?', undefined) // → false
 */
export function asksPeople(kind: AnswerKind, text: string, focus: string | undefined): boolean {
  if (kind !== 'person') return false;
  if (asksCount(text) || (focus !== undefined && pluralNoun(focus))) return true;
  const after = WHO_ARE.exec(text)?.[1];
  return after !== undefined && pluralNoun(after) && namesPersons(after);
}

/**
 * The count a question asking for several people opens with, as the question writes it ("two" of "Who were two people
 * at the talks?"): it says how many names are asked for, as "when" asks for a time, and the sentence naming them seldom
 * writes it ("A and B attended …"), so it is no word to search for. Undefined for any other question. Alone against
 * the people frame: SQuAD reading 2 won ("What two scientists …"), 1 lost (a wrong answer refused: which 0.5243 →
 * 0.5238). The count left out of every question that opens with one (any kind) won 5 and lost 5 reading questions and
 * lowered refusal test near 0.738 → 0.737: dropped.
 *
 * @example peopleCount('person', 'which two officials signed?', 'officials') // → 'two'
 */
export function peopleCount(kind: AnswerKind, text: string, focus: string | undefined): string | undefined {
  if (!asksCount(text) || !asksPeople(kind, text, focus)) return undefined;
  return askedCount(text)?.written.toLowerCase();
}

/** "who are / were (the / some)" and the word after it. */
const WHO_ARE = /^\W*who\s+(?:are|were)\s+(?:(?:the|some)\s+)?(\p{L}+)/u;

/** Whether a noun is written as a plural of a noun WordNet knows ("people" of "person", "men" of "man"). */
function pluralNoun(word: string): boolean {
  return singularNoun(word.toLowerCase()) !== undefined;
}

/**
 * Whether a plural noun names persons: "person" itself ("people", "persons": WordNet files it under its top nouns, which
 * the lexicon leaves of no class) or a noun whose most frequent sense is a person ("officials", "men").
 */
function namesPersons(word: string): boolean {
  return singularNoun(word.toLowerCase()) === 'person' || nounClasses(word)[0] === 'person';
}
