import { type Token, tagSentence } from '../nlp/entities.js';

/** Question words asking for a person, the passive verb's subject when one follows ("*Who* was arrested?"). */
const WHO = /^(?:who|whom)$/i;

/** Forms of "be" and "get" that make the participle after them passive ("was arrested", "got hurt", "has been charged"). */
export const PASSIVE_HELPER = /^(?:is|was|are|were|be|been|being|get|gets|got|gotten)$/i;

/** What follows an infinitive's "to". */
const VERB_OR_HELPER = new Set(['VERB', 'AUX']);

/** A participle in -ing is progressive, its subject the doer ("Who was leading the count?"). */
const PRESENT_PARTICIPLE = /ing$/i;

/**
 * Participles of believing, saying and finding that raise the subject of an infinitive after them ("Who was thought *to
 * have* sunk the ferry?" asks who sank it, the doer).
 */
const RAISING = new Set(
  'thought said believed reported rumoured rumored alleged supposed expected considered known claimed understood presumed found shown proved proven deemed seen'.split(
    ' ',
  ),
);

/**
 * Whether a who-question asks for the one a passive verb was done to ("Who was arrested at the Orsk harbour?", "Who has
 * been charged?", "Who got hurt?"): the answer is the verb's patient, the object of an active clause ("police arrested
 * **Ivo Brandt**"), not its agent after "by". With `whoOmitted` (a /who command's query) the query may open at the helper
 * ("was arrested"). Not "Who was the pier built by?" (the participle does not follow the helper), a question ending in
 * "by" ("Who was it written by?"), nor a raising verb before an infinitive ("Who was said to have …").
 *
 * @example asksPatient('Who was sacked by the Tolly mill?') // → true
 * @example asksPatient('Who sacked the foreman?') // → false
 */
export function asksPatient(question: string, whoOmitted = false): boolean {
  const tokens = tagSentence(question).tokens;
  const k = WHO.test(tokens[0]?.text ?? '') ? 1 : whoOmitted ? 0 : -1;
  if (k < 0) return false;
  return passiveFrom(tokens, k);
}

/** The parts of speech of a "what NOUN" or "which NOUN" phrase after its question word ("what **older dynasty**"). */
const THING_PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Whether a what- or which-question asks for the thing a passive verb was done to ("What was built at Fort Mirela?",
 * "Which mill has been sold?"): the answer is the verb's patient, the object of an active clause ("the guild built **a
 * granary**"), where the phrase opening that clause is the doer. The same tests as `asksPatient` past the question's
 * phrase.
 *
 * @example asksThingPatient('What ferry was sold to the Orsk line?') // → true
 * @example asksThingPatient('What ferry carried the mail?') // → false
 */
export function asksThingPatient(question: string): boolean {
  const tokens = tagSentence(question).tokens;
  if (!/^(?:what|which)$/i.test(tokens[0]?.text ?? '')) return false;
  let k = 1;
  while (THING_PHRASE_POS.has(tokens[k]?.pos ?? '')) k += 1;
  // A verb of judging or saying reports a description, as "be" does ("What is thought the oldest mill in Orsk?").
  let j = k;
  while (tokens[j]?.pos === 'AUX' || tokens[j]?.pos === 'ADV') j += 1;
  if (RAISING.has(tokens[j]?.text.toLowerCase() ?? '')) return false;
  return passiveFrom(tokens, k);
}

/** Whether a passive verb group opens at token `start`: helpers, a form of "be" or "get", and a past participle. */
function passiveFrom(tokens: readonly Token[], start: number): boolean {
  let k = start;
  // Modal and perfect helpers before "be" ("will be", "has been").
  while (tokens[k]?.pos === 'AUX' && !PASSIVE_HELPER.test(tokens[k]!.text)) k += 1;
  if (!PASSIVE_HELPER.test(tokens[k]?.text ?? '')) return false;
  k += 1;
  while (tokens[k]?.pos === 'ADV') k += 1;
  const participle = tokens[k];
  if (participle?.pos !== 'VERB' || PRESENT_PARTICIPLE.test(participle.text)) return false;
  const next = tokens[k + 1];
  if (RAISING.has(participle.text.toLowerCase()) && next?.text.toLowerCase() === 'to' && VERB_OR_HELPER.has(tokens[k + 2]?.pos ?? ''))
    return false;
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  return words.at(-1)?.text.toLowerCase() !== 'by';
}
