import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import type { ShortAnswer } from './extractAnswer.js';
import { PREDICATE_END } from './subjectPredicate.js';

/** "How do critics view the plan?", "How did the court regard the claim?": a how-question on how one thing is seen. */
const VIEW_QUESTION = /^\W*how\s+(?:do|does|did)\b.*\b(?:view|see|regard|perceive|consider)\b/i;

/** Verbs that see a thing as something ("see it as …", "regarded the pact as …"). */
const VIEW_VERBS = new Set(['view', 'see', 'regard', 'perceive', 'consider']);

/** The most words the "as"-phrase shows. */
const MAX_WORDS = 8;

/**
 * What the best excerpt says a thing is seen as, for "How do X view Y?": the phrase after "as" of "see / view / regard
 * Y as Z" (**Z**), not the verb phrase. Where the sentence writes several "as" (a second object joined by "and": "see
 * the levy as fair, and the tolls as harsh"), the one whose object holds the most nouns of the question answers. Null where the
 * question asks no such thing or no such "as" follows a verb of seeing.
 *
 * @example viewedAs(sentence('Critics see the Orsk levy as a burden.'), 'How do critics view the Orsk levy?', ['critic', 'view', 'orsk', 'levy'])
 * // → 'a burden'
 */
export function viewedAs(
  sentence: StorySentence,
  question: string,
  questionTerms: readonly string[],
): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  if (!VIEW_QUESTION.test(question)) return null;
  const wanted = new Set(questionTerms);
  const tokens = sentence.tokens;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' && VIEW_VERBS.has((t.lemma ?? t.text).toLowerCase()));
  if (verb < 0) return null;
  const given = (t: Token) => (t.pos === 'NOUN' || t.pos === 'PROPN') && wanted.has(termOf(t.text) ?? '');
  let objectFrom = verb + 1;
  const found: { from: number; to: number; named: number }[] = [];
  for (let k = verb + 1; k < tokens.length && tokens[k]!.text !== '.' && tokens[k]!.text !== ';'; k += 1) {
    if (tokens[k]!.text.toLowerCase() !== 'as' || k === objectFrom) continue;
    let to = k + 1;
    while (to < tokens.length && !PREDICATE_END.has(tokens[to]!.text) && tokens[to]!.text !== 'and' && to - k <= MAX_WORDS) to += 1;
    if (to === k + 1) continue;
    found.push({ from: k + 1, to, named: tokens.slice(objectFrom, k).filter(given).length });
    objectFrom = to;
  }
  // The "as" whose object writes the most nouns of the question; a lone one answers even where its object is a pronoun.
  const most = Math.max(0, ...found.map((f) => f.named));
  const chosen = found.length === 1 ? found[0] : most > 0 ? found.find((f) => f.named === most) : undefined;
  if (!chosen) return null;
  const text = sentence.text.slice(tokens[chosen.from]!.start, tokens[chosen.to - 1]!.end);
  return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
}
