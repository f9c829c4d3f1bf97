import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import type { ShortAnswer } from './extractAnswer.js';
import { LY_ADVERB, MANNER_QUESTION } from './mannerAdverb.js';

/** The most words a means told as an action shows (as a reason clause: clauseAnswers.ts). */
const MAX_ACTION_WORDS = 14;

/**
 * Words before "to" that take the infinitive as their object, not as a purpose ("were **able** to cross", "**used** to
 * ferry", "her **decision** to sell", "**tried** to"): the action before them is no means of it. General English
 * control and raising words (as clauseAnswers.ts reads them for reasons).
 */
const TAKES_TO = new Set(
  'want wanted wants try tried tries decide decided agree agreed refuse refused plan planned plans hope hoped expect expected use used uses need needed needs ask asked schedule scheduled force forced allow allowed urge urged invite invited order ordered tell told require required suppose supposed mean meant going got seem seemed appear appeared tend tended begin began start started continue continued fail failed manage managed promise promised threaten threatened vow vowed seek sought choose chose prefer preferred like liked love loved intend intended attempt attempted prepare prepared offer offered claim claimed happen happened come came set due likely unlikely able unable about ready willing has have had ought decision decisions attempts effort efforts bid right rights ability failure refusal threat chance opportunity time permission willingness move push call pledge vote agreement deal orders reluctance license licence power enough too way ways how what when where whether helped help helps'.split(
    ' ',
  ),
);

/** Words between an action and the "to" of its purpose that only mark the purpose ("in order to", "so as to"). */
const PURPOSE_MARK = /^(?:in order|so as)$/i;

/**
 * "How did X do Y?": the action the best excerpt says was done **to** do Y — "the wardens **sealed the sluice gates** to
 * save the mill" for "How did the wardens save the mill?". The infinitive is one of the question's verbs; the answer
 * runs back from its "to" (past "in order" / "so as") to the nearest verb, with no comma between, and must write a
 * word the question does not. A purpose opening the sentence comes first: "**To save the mill**, the wardens sealed the
 * sluice gates" gives the main clause's predicate (openingPurpose). Null where the question asks no manner, where the
 * word before "to" takes the infinitive as its object ("were able to", "decided to", "the effort to"), or where no such
 * purpose is written.
 *
 * @example purposeMeans(sentence('The wardens sealed the sluice gates to save the mill.'), 'How did the wardens save the mill?', ['warden', 'save', 'mill'])
 * // → 'sealed the sluice gates'
 */
export function purposeMeans(
  sentence: StorySentence,
  question: string,
  questionTerms: readonly string[],
): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  if (!MANNER_QUESTION.test(question)) return null;
  const wanted = new Set(questionTerms);
  const tokens = sentence.tokens;
  const term = (t: Token) => termOf(t.text) ?? '';
  const opening = openingPurpose(tokens, wanted);
  if (opening) {
    const text = sentence.text.slice(tokens[opening.from]!.start, tokens[opening.to - 1]!.end);
    return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
  }
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    if (tokens[i]!.text.toLowerCase() !== 'to') continue;
    const purpose = tokens[i + 1]!;
    if (purpose.pos !== 'VERB' || !wanted.has(term(purpose))) continue;
    let end = i;
    if (end >= 2 && PURPOSE_MARK.test(`${tokens[end - 2]!.text} ${tokens[end - 1]!.text}`)) end -= 2;
    const last = tokens[end - 1];
    // "punts that were used to ferry the grain": the thing used is the means.
    const used = last && USED.has(last.text.toLowerCase()) ? thingUsed(tokens, end - 1, wanted) : undefined;
    if (used) {
      const text = sentence.text.slice(tokens[used.from]!.start, tokens[used.to - 1]!.end);
      return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
    }
    // "… and to test it": a second infinitive coordinated with the first, no purpose of it.
    if (!last || TAKES_TO.has(last.text.toLowerCase()) || last.pos === 'PUNCT' || last.pos === 'CCONJ') continue;
    const from = actionStart(tokens, end);
    if (from === undefined || TAKES_TO.has(tokens[from]!.text.toLowerCase())) continue;
    const action = tokens.slice(from, end);
    // An infinitive inside the action ("taught him to doubt and …") makes it a chain of objects, not one action.
    if (action.some((t) => t.text.toLowerCase() === 'to' && t.pos === 'PART')) continue;
    if (action.length > MAX_ACTION_WORDS || action.every((t) => t.pos === 'VERB' || wanted.has(term(t)))) continue;
    if (!action.some((t) => t.pos !== 'PUNCT' && !wanted.has(term(t)) && t.pos !== 'DET' && t.pos !== 'ADP')) continue;
    const text = sentence.text.slice(tokens[from]!.start, tokens[end - 1]!.end);
    return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
  }
  return null;
}

/**
 * "How did X do Y?": the action the best excerpt says did Y as its result — "the wardens **sealed the sluice gates**,
 * saving the mill", "the ferrymen **rapidly tarred and caulked the hulls**, and thereby kept them afloat". Null where
 * the question asks no manner or no such result is written (resultMeans). Read after the means written beside the
 * question's verb (meansAfterObject.ts): "…, fighting the levy **with pickets**" answers with that means.
 *
 * @example resultAction(sentence('The wardens sealed the sluice gates, saving the mill.'), 'How did the wardens save the mill?', ['warden', 'save', 'mill'])
 * // → 'sealed the sluice gates'
 */
export function resultAction(
  sentence: StorySentence,
  question: string,
  questionTerms: readonly string[],
): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  if (!MANNER_QUESTION.test(question)) return null;
  const tokens = sentence.tokens;
  const result = resultMeans(tokens, new Set(questionTerms));
  if (!result) return null;
  const text = sentence.text.slice(tokens[result.from]!.start, tokens[result.to - 1]!.end);
  return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
}

/** Words of a clause's subject: its first verb (or helper) comes after them. */
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

/**
 * "**To save the mill**, the wardens sealed the sluice gates": a purpose opening the sentence (past "in order" / "so
 * as") that writes one of the question's verbs, and the main clause after its comma: the action is that clause's
 * predicate, from its first verb or helper past the subject to the sentence's end, at most MAX_ACTION_WORDS words.
 * Undefined where the sentence opens with no such purpose, or no verb follows the subject.
 */
function openingPurpose(tokens: readonly Token[], wanted: ReadonlySet<string>): { from: number; to: number } | undefined {
  let k = 0;
  if (tokens.length > 2 && PURPOSE_MARK.test(`${tokens[0]!.text} ${tokens[1]!.text}`)) k = 2;
  if (tokens[k]?.text.toLowerCase() !== 'to') return undefined;
  const comma = tokens.findIndex((t, i) => i > k && t.pos === 'PUNCT');
  if (comma < 0 || tokens[comma]!.text !== ',') return undefined;
  if (!tokens.slice(k + 1, comma).some((t) => t.pos === 'VERB' && wanted.has(termOf(t.text) ?? ''))) return undefined;
  let from = comma + 1;
  while (from < tokens.length && SUBJECT_POS.has(tokens[from]!.pos)) from += 1;
  const first = tokens[from];
  if (!first || (first.pos !== 'VERB' && first.pos !== 'AUX') || from === comma + 1) return undefined;
  let to = from;
  let words = 0;
  while (to < tokens.length && words < MAX_ACTION_WORDS) {
    if (tokens[to]!.pos !== 'PUNCT') words += 1;
    to += 1;
  }
  while (to > from && tokens[to - 1]!.pos === 'PUNCT') to -= 1;
  return to > from ? { from, to } : undefined;
}

/** Words after an action's comma that say what follows from it ("…, **thereby** saving the mill"). */
const RESULT_MARK = new Set(['and', 'thereby', 'thus']);

/**
 * "The wardens sealed the sluice gates, **saving** the mill", "…, and thereby saved the mill": the question's verb after
 * a comma (past "and", "thereby", "thus"), as an -ing form or after "thereby" / "thus", tells what an action before the
 * comma did: the action runs from the nearest verb before the comma to it. Undefined where no such result is written.
 */
function resultMeans(tokens: readonly Token[], wanted: ReadonlySet<string>): { from: number; to: number } | undefined {
  for (let c = 1; c + 1 < tokens.length; c += 1) {
    if (tokens[c]!.text !== ',') continue;
    let k = c + 1;
    let marked = false;
    while (k < tokens.length && RESULT_MARK.has(tokens[k]!.text.toLowerCase())) {
      marked ||= tokens[k]!.text.toLowerCase() !== 'and';
      k += 1;
    }
    const verb = tokens[k];
    if (verb?.pos !== 'VERB' || !wanted.has(termOf(verb.text) ?? '')) continue;
    if (!marked && !/\p{L}ing$/u.test(verb.text)) continue;
    let from = actionStart(tokens, c);
    if (from === undefined || wanted.has(termOf(tokens[from]!.text) ?? '')) continue;
    // "**quickly patched and** sealed the hulls": the verbs joined to it and an adverb of manner before them.
    while (from >= 2 && /^(?:and|or)$/i.test(tokens[from - 1]!.text) && tokens[from - 2]!.pos === 'VERB') from -= 2;
    if (from >= 1 && tokens[from - 1]!.pos === 'ADV' && LY_ADVERB.test(tokens[from - 1]!.text)) from -= 1;
    return { from, to: c };
  }
  return undefined;
}

/** The nearest verb before token `end` with no punctuation between (the action's first word); undefined where none is. */
function actionStart(tokens: readonly Token[], end: number): number | undefined {
  for (let k = end - 1; k >= 0 && end - k <= MAX_ACTION_WORDS; k -= 1) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return undefined;
    if (t.pos === 'VERB') return k;
  }
  return undefined;
}

/** Participles that make what they are said of the means of the infinitive after them ("punts **used** to ferry grain"). */
const USED = new Set(['used', 'employed']);

/** Words between a thing and the participle said of it ("boats **that were** used", "drones, **which are** used"). */
const BETWEEN_USED = new Set(['that', 'which', 'were', 'was', 'is', 'are', 'be', 'been', 'being', 'often', 'also', 'commonly', 'widely']);

/**
 * The noun phrase a "used" at token `at` is said of — "**boats** that were used", "**flat barges** are used" —: the
 * nouns and describing words ending right before it, past "that/which" and forms of "be"; its article left off. Undefined
 * where no noun stands there or it is all the question's words.
 */
function thingUsed(tokens: readonly Token[], at: number, wanted: ReadonlySet<string>): { from: number; to: number } | undefined {
  let k = at - 1;
  while (k >= 0 && BETWEEN_USED.has(tokens[k]!.text.toLowerCase())) k -= 1;
  const to = k + 1;
  if (k < 0 || (tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'PROPN')) return undefined;
  while (k >= 0 && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'ADJ')) k -= 1;
  const from = k + 1;
  if (tokens.slice(from, to).every((t) => wanted.has(termOf(t.text) ?? ''))) return undefined;
  return { from, to };
}
