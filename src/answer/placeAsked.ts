import { isMotionVerb } from '../lexicon/index.js';
import { tagSentence, type Token } from '../nlp/entities.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { STOP_WORDS, termOf } from '../search/terms.js';
import { mainClause } from './answerKind.js';

/**
 * "Where is the Orlen airport (located)?": the thing whose place a copular where-question asks, in the words written
 * after its verb "be", up to a participle or a preposition that goes on about it ("Where was the press **moved** to
 * …?"; "of" goes on naming it: "the north wing of the hall").
 */
const WHERE_IS =
  /^\W*[Ww]here\s+(?:is|are|was|were)\s+(.+?)(?:\s+(?:\p{Ll}+ed|to|from|at|in|on|by|for|with|during|after|before|since|when|while|as)\b.*)?\s*[?.!]*\s*$/u;

/** Letters and digits: the words the asked thing and a candidate are compared by. */
const WORD = /[\p{L}\p{N}]+/gu;

/** A capitalised word written right after a candidate, that the tagger left out of its name ("Tolly Field **Airport**", "Republic of **Varna**"). */
const NAME_WORD_AFTER = /^\s+(?:of\s+(?:the\s+)?)?(\p{Lu}[\p{L}\p{M}\p{N}]*)/u;

/**
 * A test of whether a where-question's candidate names the very thing whose place is asked, not a place of it ("the
 * **Republic of Varna**" for "Where is Varna located?", "the **Tolly Field** Airport" for "Where is the airport?"): the
 * candidate, with a capitalised word right after it, holds a word of that thing (stop words aside). Never for a
 * question that is not "Where is X?".
 *
 * @param question the where-question as asked
 * @returns a test of a candidate's text and the sentence's text after it
 */
export function namesPlaceAsked(question: string): (candidate: string, after: string) => boolean {
  const thing = WHERE_IS.exec(question)?.[1];
  if (thing === undefined) return () => false;
  const terms = new Set((thing.toLowerCase().match(WORD) ?? []).filter((w) => !STOP_WORDS.has(w)).map((w) => termOf(w) ?? w));
  if (terms.size === 0) return () => false;
  return (candidate, after) =>
    `${candidate} ${NAME_WORD_AFTER.exec(after)?.[1] ?? ''}`
      .toLowerCase()
      .match(WORD)
      ?.some((w) => terms.has(termOf(w) ?? w)) ?? false;
}

/** Words before a noun: a motion verb's word after one is a noun ("the run", "their move"). */
const BEFORE_NOUN = new Set(['DET', 'PRON', 'ADJ', 'NUM']);

/** A clause after the question's own, from its opening word on: "Where was the mill before the guild **moved** it?" */
const SUBORDINATE =
  /\s(?:when|before|after|while|whilst|since|because|until|once|if|though|although|unless|that|which|who|whom|whose)\s.*$/is;

/** A question that asks where something came from ("Where did the name come **from**?"), not where it went. */
const ASKS_SOURCE = /\bfrom\W*$/i;

/**
 * A question that ends in "to", or in "to" and a phrase of time or a clause ("Where was the guild relocated **to** in
 * 1911?"): it asks where something went, whatever its verb (WordNet files "relocate" as no verb of motion).
 */
const ASKS_TOWARD = /\bto(?:\s+(?:in|on|at|during|after|before|by|for|since|when|while)\b.*)?\W*$/i;

/**
 * Whether a where-question asks where something went: its verb is one of motion by WordNet ("Where did the guild
 * **move** its press?", "Where did they **flee** to?") or it ends in "to" (`ASKS_TOWARD`: "Where was the press
 * relocated **to**?"), and it does not end in "from". Only the question's own clause counts for its verb ("Where was the
 * mill before the guild moved it?" asks where it stood).
 *
 * @example asksDestination('Where did the weavers flee to?') // → true
 * @example asksDestination('Where was the press relocated to in 1911?') // → true
 * @example asksDestination('Where did the name come from?') // → false
 */
export function asksDestination(question: string): boolean {
  return !ASKS_SOURCE.test(question) && (ASKS_TOWARD.test(question) || ownVerbs(question).some((t) => isMotionVerb(tokenLemma(t))));
}

/** What `questionVerbs` holds for a question asking where a thing is (placePhrases.ts `placedByVerb`: the sentence's "be"). */
export const BE_LEMMA = 'be';

/**
 * "Where is the mill located?", "Where can the ledger be found?": a thing's place asked by a passive of placing, which a
 * sentence tells by "be" ("the ledger is now in the vault").
 */
const PLACED_PASSIVE = /\b(?:is|are|was|were|be|been)\s+(?:\p{L}+ly\s+)?(?:located|situated|found|based|housed|sited)\b/iu;

/**
 * The terms of a where-question's own verbs, and of their lemmas ("Where did Ada **work**?" → work; "Where did the
 * weavers **flee**?" → flee), as `ownVerbs` reads them: what a sentence's verb is matched against (placePhrases.ts
 * `placedByVerb`; for a when-question, datedByVerb.ts `datedByVerb`).
 */
export function questionVerbs(question: string): ReadonlySet<string> {
  const out = new Set<string>();
  if (PLACED_PASSIVE.test(question)) out.add(BE_LEMMA);
  for (const t of ownVerbs(question))
    for (const term of [termOf(t.text), t.lemma === undefined ? null : termOf(t.lemma)]) if (term !== null) out.add(term);
  return out;
}

/**
 * The terms of the nouns a where-question writes ("Where do weekly **gatherings** take place?" → gather): what the noun a
 * sentence places something after is matched against (placePhrases.ts `placedByNoun`).
 */
export function questionNouns(question: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const t of tagSentence(question).tokens) if (t.pos === 'NOUN') out.add(termOf(t.text) ?? t.text.toLowerCase());
  return out;
}

/** What a where-question asks of the place a sentence's verb gives it: its verbs (`questionVerbs`), and whether it asks where something went (`asksDestination`). */
export interface PlacingAsked {
  verbs: ReadonlySet<string>;
  destination: boolean;
}

/**
 * The question's `PlacingAsked`, read once a question: the mentions of each sentence and the choice among the
 * candidates both ask it (the tagging itself is kept by `tagSentence`; this keeps the verbs' terms and the set made of
 * them).
 */
export function placingAsked(question: string): PlacingAsked {
  if (lastPlacing?.question !== question)
    lastPlacing = { question, asked: { verbs: questionVerbs(question), destination: asksDestination(question) } };
  return lastPlacing.asked;
}
let lastPlacing: { question: string; asked: PlacingAsked } | undefined;

/** A participle, which the tagger may read as an adjective ("Where is the mill **located**?"). */
const PARTICIPLE = /\p{L}{3}ed$/u;

/**
 * The verbs of a question's own clause: the tagger's verbs and participles, and a word it takes for a noun but that
 * stands after no determiner ("Where did Tarn Ltd **move** in 1990?"); not a later clause's ("Where was the mill before
 * the guild **moved** it?"). Read from the question as written (PreparedQuery.written): a capitalised word is a name's
 * ("Where was the Tolly **Bowl** held?"), where its lower-cased form was taken for a verb, and one of motion.
 */
export function ownVerbs(question: string): Token[] {
  const tokens = tagSentence(mainClause(question).replace(SUBORDINATE, '')).tokens;
  const subject = subjectOpening(tokens);
  return tokens.filter(
    (t, i) =>
      i !== subject &&
      (t.pos === 'VERB' ||
        (t.pos === 'ADJ' && PARTICIPLE.test(t.text)) ||
        (t.pos === 'NOUN' && !BEFORE_NOUN.has(tokens[i - 1]?.pos ?? 'DET'))),
  );
}

/** Words a question's verb may be tagged as. */
const VERB_LIKE = new Set(['VERB', 'NOUN', 'ADJ', 'PROPN']);

/**
 * Where a question's subject opens: the word right after its first auxiliary, which English puts before the subject
 * in a question ("Where do **thrust** faults form?": "thrust" opens the subject, "form" is the verb); never the verb
 * itself, when a word that can be one follows it. -1 for a question with no auxiliary, or none after it.
 */
function subjectOpening(tokens: readonly Token[]): number {
  const aux = tokens.findIndex((t) => t.pos === 'AUX');
  if (aux < 0) return -1;
  return tokens.slice(aux + 2).some((t) => VERB_LIKE.has(t.pos)) ? aux + 1 : -1;
}
