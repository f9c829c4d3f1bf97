import { namesPeopleWord, type PeopleKind, peopleKindAskedBy, singularNoun } from '../lexicon/index.js';
import { NATIONALITY_QUESTION, namesNationality } from './demonyms.js';

/**
 * The kind of people word a question asks for: a nationality ("What nationality …", "… ethnicity"), or a language or a
 * religion by its which/what noun as WordNet's roots of those kinds write it ("In what language …", "What denomination
 * …"). No entity type holds such words ("Flemish", "Gaelic", "Anglican"), so the answer is read from the excerpts'
 * words of that kind (`answersPeopleKind`). Undefined for any other question.
 *
 * @example askedPeopleKind('in what language was the charter written?', 'language') // → 'language'
 * @example askedPeopleKind('what nationality is the pilot?', 'nationality') // → 'nation'
 * @example askedPeopleKind('what vessel sank?', 'vessel') // → undefined
 */
export function askedPeopleKind(text: string, focus: string | undefined): PeopleKind | undefined {
  if (NATIONALITY_QUESTION.test(text)) return 'nation';
  if (focus === undefined) return undefined;
  const noun = focus.toLowerCase();
  return peopleKindAskedBy(noun) ?? peopleKindAskedBy(singularNoun(noun) ?? noun);
}

/**
 * Whether a word as written answers a question asking for a people word of a kind: for a nationality a gazetteer
 * demonym ("Korean") or a word WordNet makes the adjective of a named place or people ("Scottish", "Flemish"); for a
 * language or a religion a word WordNet files under it ("Gaelic", "Anglican").
 *
 * @example answersPeopleKind('Welsh', 'nation') // → true
 * @example answersPeopleKind('Welsh', 'religion') // → false
 */
export function answersPeopleKind(word: string, kind: PeopleKind): boolean {
  return namesPeopleWord(word, kind) || (kind === 'nation' && namesNationality(word));
}
