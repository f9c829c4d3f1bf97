import { isMainlyAdjective, namesPeopleWord, type PeopleKind, peopleKindAskedBy, singularNoun } from '../lexicon/index.js';
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
  const kind = focus === undefined ? kindAfterQuestionWord(text) : kindOfNoun(focus.toLowerCase());
  // A question writing a word of the kind after its which/what word asks for one inside it or beside it ("the largest
  // denomination within the Methodist movement"): a name or a phrase, no word of the kind alone. One written before
  // it is what the answer is told from ("Besides Welsh, what language …"; the excerpts' word the question names is no
  // answer, `peopleWordRuns`).
  const asked = text.slice(Math.max(0, text.search(QUESTION_WORD)));
  return kind && !words(asked).some((w) => answersPeopleKind(capitalise(w), kind)) ? kind : undefined;
}

/** The which/what word of a question. */
const QUESTION_WORD = /\b(?:what|which)\b/;

/** The kind of people word a noun asks for, as written or as its singular ("languages"). */
function kindOfNoun(noun: string): PeopleKind | undefined {
  return peopleKindAskedBy(noun) ?? peopleKindAskedBy(singularNoun(noun) ?? noun);
}

/**
 * "What"/"which", or "what is the", and a noun of a people kind right after it or after one describing word, where the
 * question's which/what phrase opens neither the question nor a preposition's object, so no focus noun was read: after
 * a clause put first ("In the old schools, what language …", "… what is the main language of …"), after a verb ("…
 * speak what language today?"), after "into".
 */
const AFTER_QUESTION_WORD = /\b(?:what|which)\s+((?:is|was|are|were)\s+the\s+)?([a-z]+)(?:\s+([a-z]+))?/;

/** The people kind a question's which/what noun asks for where no focus noun was read (AFTER_QUESTION_WORD). */
function kindAfterQuestionWord(text: string): PeopleKind | undefined {
  const m = AFTER_QUESTION_WORD.exec(text);
  if (!m) return undefined;
  const first = kindOfNoun(m[2]!);
  if (first) return first;
  // After "what is the" the words are a noun phrase's ("what is the usual language of …"); after "what" alone the
  // word before the noun is a describing word, no verb ("what religious denomination", not "what can faith healers …").
  const describes = m[1] !== undefined || isMainlyAdjective(m[2]!);
  return m[3] !== undefined && describes ? kindOfNoun(m[3]) : undefined;
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
 * Where a name of the kind that a people word opens ends: capitalised words after the word and then the kind's own
 * noun ("Breton Hill Sign Language"), where the people word only describes the name. Not the kind's noun right after
 * the word ("the Breton Language Board": the word answers). Undefined where no such name follows.
 */
function nameOfKindEnd(tokens: readonly Token[], last: number, kind: PeopleKind): number | undefined {
  for (let j = last + 1; j <= last + 3 && j < tokens.length && isCapitalised(tokens[j]!.text); j += 1)
    if (j > last + 1 && kindOfNoun(tokens[j]!.text.toLowerCase()) === kind) return j;
  return undefined;
}

/**
 * The runs of a sentence's tokens that answer a question asking for a people word of a kind, as first and last token
 * index: each word of the kind ("Anglican"), with the words of the kind right after it ("Orthodox Christian") and the
 * capitalised describing words right before it ("Roman Catholic"; not the sentence's first word, which any word opening
 * it is written with), and the rest of a name of the kind it opens (`nameOfKindEnd`). A run whose words of the kind the
 * question names (`named`) is left out: it asks about that.
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
    last = nameOfKindEnd(tokens, last, kind) ?? last;
    let first = i;
    while (first > 1 && DESCRIBING.has(tokens[first - 1]!.pos) && isCapitalised(tokens[first - 1]!.text)) first -= 1;
    if (!tokens.slice(i, last + 1).some((t) => named(t.text))) runs.push({ first, last });
    i = last;
  }
  return runs;
}
