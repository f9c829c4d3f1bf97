import type { Token } from '../nlp/entities.js';
import { irregularVerbBase, termOf, termsOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import type { ShortAnswer } from './extractAnswer.js';
import { DEGREE, LY_ADVERB } from './mannerAdverb.js';

/**
 * "How were the ferrymen regarded?", "How quick was the reply?": a how-question whose verb is "be", with a describing
 * word between "how" and "be" or none; what follows "be" is its subject (to a participle, if it writes one).
 */
const BE_QUESTION = /^\W*how\s+(?:[\p{L}-]+\s+)?(?:is|are|was|were)\s+(.*)$/iu;

/** A participle as written ("regarded", "chosen", "known") in a sentence its tagger read as a verb. */
const PARTICIPLE = /^\p{L}{2,}(?:ed|en|wn)$/u;

/**
 * Whether a question's word is its verb's participle, which ends its subject: a regular "-ed", or an irregular form of
 * WordNet's verb exception list ("known", "chosen", "held": `irregularVerbBase`).
 */
function participleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}]+$/u, '');
  return /^\p{L}{2,}ed$/u.test(w) || irregularVerbBase(w) !== undefined;
}

/** The forms of "be" a sentence states its subject's state with. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/** Words that say how sure or able and take a clause after them ("likely to …", "able to …"), not what the subject is. */
const LINKING = new Set([
  'likely',
  'unlikely',
  'able',
  'unable',
  'due',
  'about',
  'going',
  'used',
  'said',
  'thought',
  'believed',
  'expected',
]);

/** Prepositions after a participle that write the means or the doer ("addressed **by** rationing"): what the question asks then. */
const MEANS_AFTER = new Set(['by', 'through', 'via', 'with', 'using', 'as']);

/**
 * The state the best excerpt gives the question's subject with "be", for a how-question asking it: "the ferrymen were
 * **highly respected**" for "How were the ferrymen regarded?", "the reply was **immediate**" for "How quick was the
 * reply?". The words after "be" (an -ly or degree adverb kept before them) are a describing word ("hot and dry" kept
 * whole) or a participle the question does not write, and the clause before "be" holds a word of the question's
 * subject; not a word linking a clause ("likely to", "able to"), nor a participle with a means or doer after it
 * ("addressed by rationing": the means answers). Null where the question asks no such thing or the sentence states none.
 *
 * @example beComplement(sentence('The Velden ferrymen were highly respected.'), 'How were the ferrymen viewed?', terms)
 * // → 'highly respected'
 */
export function beComplement(
  sentence: StorySentence,
  question: string,
  questionTerms: readonly string[],
): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  const subject = askedSubject(question);
  if (subject.size === 0) return null;
  const wanted = new Set(questionTerms);
  const tokens = sentence.tokens;
  const asked = (t: Token) => wanted.has(termOf(t.text) ?? '');
  let named = false;
  for (const [i, t] of tokens.entries()) {
    if (t.pos === 'PUNCT' && /^[,;:]$/.test(t.text)) named = false;
    if (!BE_FORMS.has(t.text.toLowerCase()) || (t.pos !== 'AUX' && t.pos !== 'VERB')) {
      if (subject.has(termOf(t.text) ?? '')) named = true;
      continue;
    }
    if (!named) continue;
    const found = stateAfter(tokens, i + 1, asked);
    if (!found) continue;
    const text = sentence.text.slice(tokens[found.from]!.start, tokens[found.to - 1]!.end);
    return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
  }
  return null;
}

/** The terms of a {@link BE_QUESTION}'s subject: its words after "be", up to a participle; none for another question. */
function askedSubject(question: string): ReadonlySet<string> {
  const rest = BE_QUESTION.exec(question)?.[1];
  if (rest === undefined) return new Set();
  const words = rest.split(/\s+/);
  const end = words.findIndex(participleWord);
  return new Set(termsOf((end < 0 ? words : words.slice(0, end)).join(' ')));
}

/** The describing word or participle opened at token `k` after "be", its degree adverbs before it ({@link beComplement}). */
function stateAfter(tokens: readonly Token[], k: number, asked: (t: Token) => boolean): { from: number; to: number } | null {
  let from = k;
  // "were then highly respected": an adverb of time or frequency before the state is no part of it.
  while (tokens[from]?.pos === 'ADV' && !LY_ADVERB.test(tokens[from]!.text) && !DEGREE.has(tokens[from]!.text.toLowerCase())) from += 1;
  let head = from;
  while (tokens[head]?.pos === 'ADV') head += 1;
  const t = tokens[head];
  if (!t || (t.pos !== 'ADJ' && t.pos !== 'VERB') || asked(t) || LINKING.has(t.text.toLowerCase())) return null;
  const next = tokens[head + 1]?.text.toLowerCase();
  if (t.pos === 'VERB' && (!PARTICIPLE.test(t.text) || MEANS_AFTER.has(next ?? ''))) return null;
  if (tokens.slice(from, head).some(asked) || next === 'to') return null;
  let to = head + 1;
  // "hot and dry": two describing words joined are one state.
  if (t.pos === 'ADJ' && tokens[to]?.pos === 'CCONJ' && tokens[to + 1]?.pos === 'ADJ' && tokens[to + 2]?.pos !== 'NOUN') to += 2;
  return { from, to };
}
