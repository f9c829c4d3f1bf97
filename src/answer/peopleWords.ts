import { namesPeopleWord, type PeopleKind, peopleKindAskedBy, singularNoun } from '../lexicon/index.js';
import type { Token } from '../nlp/entities.js';
import { words } from '../search/terms.js';
import { isCapitalised } from '../text/words.js';
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
  const kind = peopleKindAskedBy(noun) ?? peopleKindAskedBy(singularNoun(noun) ?? noun);
  // A question writing a word of the kind itself asks for one inside it or beside it ("the largest denomination within
  // the Methodist movement"): a name or a phrase, no word of the kind alone.
  return kind && !words(text).some((w) => answersPeopleKind(capitalise(w), kind)) ? kind : undefined;
}

/** A word with its first letter capitalised, as a people word is written ("anglican" → "Anglican"). */
function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
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

/** The tags of a capitalised word that describes a people word after it ("Roman Catholic"; wink tags some as names). */
const DESCRIBING: ReadonlySet<string> = new Set(['ADJ', 'PROPN']);

/**
 * The runs of a sentence's tokens that answer a question asking for a people word of a kind, as first and last token
 * index: each word of the kind ("Anglican"), with the words of the kind right after it ("Orthodox Christian") and the
 * capitalised describing words right before it ("Roman Catholic"; not the sentence's first word, which any word opening
 * it is written with). A run whose words of the kind the question names (`named`) is left out: it asks about that.
 *
 * @example peopleWordRuns(tokensOf('a Roman Catholic school'), 'religion', () => false) // → [{ first: 1, last: 2 }]
 */
export function peopleWordRuns(
  tokens: readonly Token[],
  kind: PeopleKind,
  named: (word: string) => boolean,
): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!answersPeopleKind(tokens[i]!.text, kind)) continue;
    let last = i;
    while (last + 1 < tokens.length && answersPeopleKind(tokens[last + 1]!.text, kind)) last += 1;
    let first = i;
    while (first > 1 && DESCRIBING.has(tokens[first - 1]!.pos) && isCapitalised(tokens[first - 1]!.text)) first -= 1;
    if (!tokens.slice(i, last + 1).some((t) => named(t.text))) runs.push({ first, last });
    i = last;
  }
  return runs;
}
