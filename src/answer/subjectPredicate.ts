import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import type { ShortAnswer } from './extractAnswer.js';

/** "How did the vote go?", "How did the council respond?": a how-question on what its subject did, with "do". */
const DO_QUESTION = /^\W*how\s+(?:do|does|did)\b/i;

/** The most words a predicate answer shows (as a reason clause: clauseAnswers.ts). */
const MAX_PREDICATE_WORDS = 14;

/** Words opening a means ("by", "via", "through", "using"): a predicate holding one leaves the answer to the means. */
const MEANS = new Set(['by', 'via', 'through', 'using']);

/** Marks that end a predicate or a phrase after it (viewedAs.ts): a comma, a stop, a colon, a dash, a bracket. */
export const PREDICATE_END = new Set([',', ';', ':', '.', '!', '?', '—', '(', '–']);

/**
 * What the best excerpt says the question's subject did, where it writes another verb than the question's: "the
 * referendum on the new assembly **failed**" for "How did the referendum on the new assembly go?", "the wardens of Orsk
 * **sent two boats to the quay**" for "How did the wardens of Orsk respond?". The verb stands right after a noun the
 * question writes (the end of its subject), is no word of the question and no form of "be" or "have"; the answer runs
 * from it to the end of its clause. Null where the question asks no such thing, the sentence writes the question's own
 * verb (the phrase beside it answers then), or no such verb follows a word of the question.
 *
 * @example subjectPredicate(sentence('The Orsk referendum failed.'), 'How did the Orsk referendum go?', ['orsk', 'referendum', 'go'], 'go')
 * // → 'failed'
 */
export function subjectPredicate(
  sentence: StorySentence,
  question: string,
  questionTerms: readonly string[],
  verb: string | undefined,
): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  if (!DO_QUESTION.test(question)) return null;
  const wanted = new Set(questionTerms);
  const tokens = sentence.tokens;
  const term = (t: Token) => termOf(t.text) ?? '';
  if (verb !== undefined && tokens.some((t) => t.pos === 'VERB' && term(t) === verb)) return null;
  for (let i = 1; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.pos !== 'VERB' || wanted.has(term(t)) || /^(?:be|have|do)$/.test(t.lemma ?? t.text.toLowerCase())) continue;
    if ((before.pos !== 'NOUN' && before.pos !== 'PROPN') || !wanted.has(term(before))) continue;
    let end = i + 1;
    while (end < tokens.length && !PREDICATE_END.has(tokens[end]!.text) && end - i < MAX_PREDICATE_WORDS) end += 1;
    // A lone verb ends its sentence ("… **failed**."); before a comma or a quotation it reports ("wrote, '…'").
    if (end === i + 1 && tokens[end] !== undefined && tokens[end]!.text !== '.') return null;
    // A means written after the verb ("opposed it, at first, **through** a treaty") is what a how-question asks; a verb
    // of the question inside the predicate ("tend to **rate** them higher") leaves the answer to the phrase beside it.
    if (tokens.slice(i + 1).some((k) => MEANS.has(k.text.toLowerCase()))) return null;
    if (tokens.slice(i + 1, end).some((k) => k.pos === 'VERB' && wanted.has(term(k)))) return null;
    end = givenCut(tokens, i, end, (k) => wanted.has(term(k)));
    const text = sentence.text.slice(t.start, tokens[end - 1]!.end);
    return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
  }
  return null;
}

/** Words that join a second object or predicate to the first ("… his allowance **and** his fare"). */
const COORDINATORS = new Set(['and', 'or']);

/**
 * Where a predicate (tokens[verb] to tokens[end - 1]) ends once a coordination that repeats the question's words is cut:
 * its second part writes a noun the question gives ("spent his wages **and his savings**" for "How did he lose his
 * savings?"), and what the question gives is no part of what it asks. The verb always stays. (A trailing run of the
 * question's words alone is kept: "sent settlers **to its colonies**" often ends the phrase asked.)
 */
export function givenCut(tokens: readonly Token[], verb: number, end: number, given: (t: Token) => boolean): number {
  for (let k = verb + 1; k < end; k += 1) {
    if (!COORDINATORS.has(tokens[k]!.text.toLowerCase())) continue;
    if (tokens.slice(k + 1, end).some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && given(t))) return k;
  }
  return end;
}
