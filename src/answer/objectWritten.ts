import { type Token, tagSentence } from '../nlp/entities.js';
import { singularNoun } from '../lexicon/index.js';
import { termOf } from '../search/terms.js';
import { personInTopSenses } from './personPhrases.js';
import { mayBeQuestionVerb, objectOf } from './clauseRoles.js';
import { questionVerb } from './questionVerb.js';

/**
 * The index term of a question's verb whose object the question writes itself ("What did the guild *trade* its wool
 * for?", "What did Ada Vell *call* the ferry?", "What did the mill *need* the loan to pay?"): the thing asked is then
 * not what that verb is done to in a sentence — that is the thing the question already names ("traded **its fleece**
 * for salt") — but a preposition's complement, a second object or a clause after it. Null where no noun phrase follows
 * the verb ("What did the guild build?", "What did Ada trade with?").
 *
 * @example verbWithWrittenObject('What did the guild trade its wool for?') // → 'trade'
 * @example verbWithWrittenObject('What did the guild trade?') // → null
 */
export function verbWithWrittenObject(question: string): string | null {
  const tokens = tagSentence(question).tokens;
  const verb = questionVerb(tokens);
  // After "do", "does" or "did" the verb is in its base form: a participle there describes a noun ("do the cells have
  // *reduced* levels of …"), the verb being one the tagger read otherwise.
  if (!verb || (verb.lemma !== undefined && tokens.some((t) => t.pos === 'AUX' && DO.test(t.text)))) return null;
  const object = objectOf(tokens, tokens.indexOf(verb));
  // (A head that is no noun is a quantifier, its noun after "of": "What does Orsk still hold *many* of?"; a name or a
  // pronoun, like a person noun, is whom a thing is given or told: "What did the guild offer *Ada*?")
  const head = object ? tokens[object[1]]! : undefined;
  return head?.pos === 'NOUN' && !namesRecipient(head) ? termOf(verb.text) : null;
}

/** The forms of "do" that put the verb after the subject in its base form. */
const DO = /^(?:do|does|did)$/i;

/**
 * Whether a written object's head names a person: the one a thing is given or told to ("What did
 * the guild offer *Ada Vell*?", "What did the warden promise *his men*?"), whose thing asked may stand right after the
 * verb in the sentence ("offered **a seat** to Ada Vell").
 */
function namesRecipient(head: Token): boolean {
  const noun = head.text.toLowerCase();
  return personInTopSenses(singularNoun(noun) ?? noun);
}

/**
 * Whether the span of tokens [startAt, endAt] holds the head of the noun phrase right after a verb whose term is `verb`
 * (clauseRoles `objectOf`): "its fleece" of "the guild traded its fleece for salt" for the verb "trade".
 */
export function objectOfVerbTerm(tokens: readonly Token[], startAt: number, endAt: number, verb: string): boolean {
  for (let v = 0; v < startAt; v += 1) {
    const t = tokens[v]!;
    if (!mayBeQuestionVerb(t) || termOf(t.text) !== verb) continue;
    const object = objectOf(tokens, v);
    if (object && object[1] >= startAt && object[1] <= endAt) return true;
  }
  return false;
}
