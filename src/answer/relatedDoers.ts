/**
 * Who does a who-question's verb where the sentence tells the deed by another verb WordNet relates to it: "Who founded
 * the Tolly Guild?" ← "The guild was established by **Ada Vell**", "Who yelled at the ferryman?" ← "**A deckhand**
 * shouted at the ferryman". The doer of such a verb is read as clauseRoles reads the question verb's own (its subject,
 * or its agent after "by"). General English: the verbs come from WordNet (`relatedWords`: the synonyms of a verb's two
 * most frequent senses, and the words derived from it; `verbKinds`: the verbs it is a kind of, "bought" told as
 * "acquired", never what it causes: "killed" is not told by "died", which another does).
 */
import type { Token } from '../nlp/entities.js';
import { relatedWords, verbKinds } from '../lexicon/index.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { termOf } from '../search/terms.js';
import { clauseRoles, holdsHead, opensHeadName, type Span } from './clauseRoles.js';
import { ownVerbs } from './placeAsked.js';

/**
 * The index terms of the words WordNet relates to a question's own verbs (placeAsked `ownVerbs`) and of the verbs they
 * are kinds of (`verbKinds`), less the question's own terms (`own`): what a sentence may write in the verb's place, each
 * with the term of the question's verb it stands for.
 *
 * @example relatedVerbTerms('Who founded the Tolly Guild?', new Set(['found', 'tolli', 'guild'])) // → Map { 'establish' → 'found', … }
 */
export function relatedVerbTerms(question: string, own: { has(term: string): boolean }): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const t of ownVerbs(question)) {
    const verb = termOf(t.text);
    if (verb === null) continue;
    const lemma = tokenLemma(t);
    for (const word of [...relatedWords(lemma), ...verbKinds(lemma)]) {
      const term = termOf(word);
      if (term !== null && !own.has(term) && !out.has(term)) out.set(term, verb);
    }
  }
  return out;
}

/**
 * The terms of the question's verbs a sentence tells by a related verb (`relatedVerbTerms`): where the answer is the
 * doer of that verb, the sentence tells the deed asked about, so the coverage checks count the question's verb as held.
 *
 * @example verbsToldBy('A deckhand shouted at the ferryman.', Map { 'shout' → 'yell' }) // → ['yell']
 */
export function verbsToldBy(sentence: readonly Token[], related: ReadonlyMap<string, string>): string[] {
  const told = new Set<string>();
  for (const t of sentence) {
    const verb = related.get(termOf(t.text) ?? '');
    if (verb !== undefined && VERB_POS.has(t.pos)) told.add(verb);
  }
  return [...told];
}

/** The tags a related word takes where it is the sentence's verb. */
const VERB_POS = new Set(['VERB', 'NOUN']);

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
  related: ReadonlyMap<string, string>,
  isQuestionTerm: (t: Token) => boolean,
  irrealis: boolean,
): boolean {
  const isRelated = (t: Token): boolean => {
    const term = termOf(t.text);
    return term !== null && related.has(term);
  };
  const subjects = clauseRoles(tokens, isQuestionTerm, irrealis, isRelated).subjects.filter(
    (s) => !objectBeforeParticiple(tokens, s, isRelated),
  );
  return holdsHead(subjects, startAt, endAt) || opensHeadName(tokens, subjects, startAt, endAt);
}

/**
 * Whether a subject span is the object of a verb in "-ing" right before it, the related verb right after it: there that
 * verb is a participle describing the noun, what was done to it, not a deed it did ("the cost of hiring **the clerks**
 * needed to run it": the clerks were needed, they needed nothing). After a verb of saying the noun does open a clause
 * ("Ivo said a deckhand shouted"), which a gerund seldom takes.
 */
function objectBeforeParticiple(tokens: readonly Token[], [first, last]: Span, isRelated: (t: Token) => boolean): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  return before?.pos === 'VERB' && /ing$/i.test(before.text) && after?.pos === 'VERB' && isRelated(after);
}
