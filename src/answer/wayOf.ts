import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import type { ShortAnswer } from './extractAnswer.js';
import { MANNER_QUESTION } from './mannerAdverb.js';

/** Nouns that name a manner of doing ("one **way** of protesting", "a **means** to pay"). */
const WAY_NOUNS = new Set(['way', 'ways', 'means', 'method', 'methods']);

/** The forms of "be" that equate a thing with a way of doing. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remains', 'remain']);

/** Words that may stand between "be" and the way noun ("is **another classic** way", "was **one** way", "**the best**"). */
function describesWay(t: Token): boolean {
  return t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || /^(?:one|another|only|main|best|other)$/i.test(t.text);
}

/** The most words a thing told as a way shows (as a means clause: purposeMeans.ts). */
const MAX_WAY_WORDS = 12;

/**
 * "How can one protest …?", "How did the guild pay …?": the thing the best excerpt says is a way of doing what the
 * question asks — "**Blocking the quay** is another way of protesting against the levy", "One way to pay the toll
 * was **to row at night**". The sentence calls a thing a way ("way", "means", "method") with "be", and the words after
 * "of" / "to" write a word of the question: the answer is the subject of "be" (from the clause's start) or, where the
 * way opens the clause, what follows "be" to the clause's end. Null where the question asks no manner or no such
 * equation is written.
 *
 * @example wayOf(sentence('Blocking the quay is another way of protesting against the levy.'), 'How can one protest the levy?', ['protest', 'levi'])
 * // → 'Blocking the quay'
 */
export function wayOf(
  sentence: StorySentence,
  question: string,
  questionTerms: readonly string[],
): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  if (!MANNER_QUESTION.test(question)) return null;
  const wanted = new Set(questionTerms);
  wanted.delete('way');
  const tokens = sentence.tokens;
  for (const [w, t] of tokens.entries()) {
    if (!WAY_NOUNS.has(t.text.toLowerCase())) continue;
    const after = tokens[w + 1]?.text.toLowerCase();
    if (after !== 'of' && after !== 'to') continue;
    const purposeEnd = clauseEndAt(tokens, w + 1);
    if (!tokens.slice(w + 2, purposeEnd).some((p) => wanted.has(termOf(p.text) ?? ''))) continue;
    let b = w - 1;
    while (b >= 0 && describesWay(tokens[b]!)) b -= 1;
    if (b >= 0 && BE_FORMS.has(tokens[b]!.text.toLowerCase())) {
      // "X is another way of …": X, from the clause's start.
      let from = b;
      while (from > 0 && !CLAUSE_MARK.test(tokens[from - 1]!.text)) from -= 1;
      const span = spanOf(sentence, from, b);
      if (span) return span;
      continue;
    }
    if (b < 0 || CLAUSE_MARK.test(tokens[b]!.text)) {
      // "One way to … is X": what follows the first "be" after the purpose.
      const be = tokens.findIndex((p, k) => k > w + 1 && BE_FORMS.has(p.text.toLowerCase()));
      if (be < 0) continue;
      const span = spanOf(sentence, be + 1, clauseEndAt(tokens, be + 1));
      if (span) return span;
    }
  }
  return null;
}

/** Marks that end a clause. */
const CLAUSE_MARK = /^[,;:.!?()]$/;

/** The first token at or after `from` that ends its clause (or the sentence's end). */
function clauseEndAt(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && !CLAUSE_MARK.test(tokens[k]!.text)) k += 1;
  return k;
}

/** The text of tokens [from, to) as an answer: some words, not a lone pronoun or determiner, not too many. */
function spanOf(sentence: StorySentence, from: number, to: number): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  if (to <= from || to - from > MAX_WAY_WORDS) return null;
  const words = sentence.tokens.slice(from, to);
  if (words.every((p) => p.pos === 'PRON' || p.pos === 'DET' || p.pos === 'PUNCT')) return null;
  const text = sentence.text.slice(words[0]!.start, words.at(-1)!.end);
  return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
}
