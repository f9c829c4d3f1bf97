import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import { PASSIVE_HELPER } from './patientAsked.js';

/**
 * How much of the question the rest of a sentence holds after a candidate that opens it: "What ferry carried the
 * mail to Fort Mirela?" → "**The Morning Gull** carried the mail to Fort Mirela …". A sentence of expository or news
 * writing opens with the thing it is about and tells the rest of it after; where the question describes the thing it
 * asks for in the words of that telling, the noun phrase before them is the answer, and the phrases inside the telling
 * restate the question. Read only for a candidate that holds none of the question's words itself (a subject that
 * repeats the question is what the question gives, not what it asks) and that nothing but articles and determiners
 * precede. A feature of the candidate model (candidateModel.ts `openingSubjectHeld`).
 *
 * Where the question asks for the thing its verb is done to — the object ("What did the guild build?"), a stranded
 * preposition's complement ("What was the mill blamed for?") or a passive's subject ("What was built at Orsk?") — an
 * active sentence opens with the doer ("**The guild** built a granary at Orsk"), and only a sentence that puts the
 * patient first, its verb passive or "be" ("**A granary** was built at Orsk"), opens with the thing asked.
 */

/** Parts of speech that carry a noun phrase on past a candidate. */
const PHRASE_GOES_ON = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The share of the question's term weight (`weights`, each term once, of `total`) held by the tokens after [startAt,
 * endAt] where only determiners stand before startAt and no noun phrase goes on after endAt, read up to a reported
 * "that"-clause; 0 otherwise or where `holdsQuestionWord`, or where `patientAsked` and no form of "be" or "get" follows
 * the phrase (past helpers and adverbs).
 *
 * @example openingSubjectHeld(tokens of "The Morning Gull carried the mail.", 1, 2, { carry: 1, mail: 1 }, 2, false) // → 1
 */
export function openingSubjectHeld(
  tokens: readonly Token[],
  startAt: number,
  endAt: number,
  weights: ReadonlyMap<string, number>,
  total: number,
  holdsQuestionWord: boolean,
  patientAsked = false,
): number {
  if (holdsQuestionWord || startAt < 0 || endAt < startAt || total <= 0) return 0;
  for (let k = 0; k < startAt; k += 1) if (tokens[k]!.pos !== 'DET') return 0;
  // The whole phrase: not a word describing the noun after it ("**Late** ferries carried …").
  const next = tokens[endAt + 1];
  if (next !== undefined && PHRASE_GOES_ON.has(next.pos)) return 0;
  if (patientAsked && !patientFirst(tokens, endAt + 1)) return 0;
  const seen = new Set<string>();
  let held = 0;
  for (let k = endAt + 1; k < tokens.length; k += 1) {
    // A sayer's report: what follows "said that" tells of another subject ("Orla Tellin said that the ferry …").
    if (tokens[k]!.text.toLowerCase() === 'that' && tokens[k - 1]?.pos === 'VERB') break;
    const term = termOf(tokens[k]!.text);
    if (term === null || seen.has(term)) continue;
    seen.add(term);
    held += weights.get(term) ?? 0;
  }
  return Math.min(1, held / total);
}

/** What may stand between a subject and its "be": helpers, adverbs and an infinitive's "to" ("had to be moved"). */
const BEFORE_BE = new Set(['AUX', 'ADV', 'PART']);

/** Whether the verb group from token `start` puts its subject as the patient or the thing described: "be" or "get". */
function patientFirst(tokens: readonly Token[], start: number): boolean {
  let k = start;
  while (BEFORE_BE.has(tokens[k]?.pos ?? '') && !PASSIVE_HELPER.test(tokens[k]!.text)) k += 1;
  return PASSIVE_HELPER.test(tokens[k]?.text ?? '');
}
