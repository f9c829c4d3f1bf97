import type { StorySentence } from '../story/story.js';
import type { Mention } from './mentions.js';
import type { Token } from '../nlp/entities.js';
import { askedVerbBefore, frontedVerb } from './placePhrases.js';

/** Prepositions that set a thing in time: the date after one is the time of what the verb before tells ("opened **in** 1901"). */
const TIMING = new Set([
  'in',
  'on',
  'at',
  'by',
  'during',
  'since',
  'until',
  'till',
  'from',
  'around',
  'circa',
  'throughout',
  'before',
  'after',
]);

/** Words that may stand between such a preposition and the date ("in **the** spring of 1901", "on **about** 3 May"). */
const BEFORE_DATE_POS = new Set(['DET', 'ADV', 'ADJ']);

/**
 * Whether a date candidate is the time of a verb the question writes: it stands after a preposition of time (past any
 * determiner or describing word) whose nearest verb before, within a few words and no clause break, is one of the
 * question's verbs ("the feud **reached** its height by **1888**" for "When did the feud reach its height?"), as against a
 * date another verb of the sentence tells ("… smouldering since 1886"). A date phrase opening the sentence dates the verb
 * of the clause after its comma ("In 1888, the guild **sold** its hall": placePhrases.ts `frontedVerb`).
 *
 * @param verbs the question's verbs (placeAsked.ts `questionVerbs`)
 */
export function datedByVerb(sentence: StorySentence, candidate: Mention, verbs: ReadonlySet<string>): boolean {
  return datingVerb(sentence.tokens, candidate, verbs) >= 0;
}

/** The index of the question's verb a sentence's date dates (see `datedByVerb`), or -1 where none does. */
export function datingVerb(tokens: readonly Token[], candidate: { start: number; end: number }, verbs: ReadonlySet<string>): number {
  let k = tokens.findIndex((t) => t.start >= candidate.start) - 1;
  while (k >= 0 && BEFORE_DATE_POS.has(tokens[k]!.pos)) k -= 1;
  const t = tokens[k];
  if (t === undefined || t.pos !== 'ADP' || !TIMING.has(t.text.toLowerCase())) return -1;
  return k > 0 ? askedVerbBefore(tokens, k, verbs) : frontedVerb(tokens, candidate, verbs);
}
