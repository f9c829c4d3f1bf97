/**
 * Who does a who-question's verb where the sentence tells the deed by another verb WordNet relates to it: "Who founded
 * the Tolly Guild?" ← "The guild was established by **Ada Vell**", "Who yelled at the umpire?" ← "**A spectator**
 * shouted at the umpire". The doer of such a verb is read as clauseRoles reads the question verb's own (its subject,
 * or its agent after "by"). General English: the verbs come from WordNet (`relatedWords`: the synonyms of a verb's two
 * most frequent senses, and the words derived from it).
 */
import type { Token } from '../nlp/entities.js';
import { relatedWords } from '../lexicon/index.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { termOf } from '../search/terms.js';
import { clauseRoles, holdsHead, opensHeadName } from './clauseRoles.js';
import { ownVerbs } from './placeAsked.js';

/**
 * The index terms of the words WordNet relates to a question's own verbs (placeAsked `ownVerbs`), less the question's
 * own terms (`own`): what a sentence may write in the verb's place.
 *
 * @example relatedVerbTerms('Who founded the Tolly Guild?', new Set(['found', 'tolli', 'guild'])) // → Set { 'establish', … }
 */
export function relatedVerbTerms(question: string, own: { has(term: string): boolean }): ReadonlySet<string> {
  const out = new Set<string>();
  for (const t of ownVerbs(question)) {
    for (const word of relatedWords(tokenLemma(t))) {
      const term = termOf(word);
      if (term !== null && !own.has(term)) out.add(term);
    }
  }
  return out;
}

/**
 * Whether the span of tokens [startAt, endAt] holds the head of a subject (or "by" agent) of a verb whose term is one of
 * `related` (`relatedVerbTerms`), or is the first part of the name heading it, cut at a particle (clauseRoles
 * `opensHeadName`: "**Ada de Vell** y Orrin"); `isQuestionTerm` tells the question's words, for the clause roles' frames.
 *
 * @example "The guild was established by Ada Vell" for "Who founded the guild?" → true for "Ada Vell"
 */
export function doesRelatedVerb(
  tokens: readonly Token[],
  startAt: number,
  endAt: number,
  related: ReadonlySet<string>,
  isQuestionTerm: (t: Token) => boolean,
  irrealis: boolean,
): boolean {
  const isRelated = (t: Token): boolean => {
    const term = termOf(t.text);
    return term !== null && related.has(term);
  };
  const subjects = clauseRoles(tokens, isQuestionTerm, irrealis, isRelated).subjects;
  return holdsHead(subjects, startAt, endAt) || opensHeadName(tokens, subjects, startAt, endAt);
}
