import { NUMBER_WORDS } from '../nlp/dates/dateLexicon.js';
import { nounKinds, nounLemma, relatedWords } from '../lexicon/index.js';
import type { Story, StorySentence } from '../story/story.js';
import { termOf } from '../search/terms.js';
import { askedCount, asksCount } from './askedNumber.js';
import { idf } from './rankSentences.js';
import { termSetOf } from './termMemo.js';

/**
 * The nouns a question names the members of a class by ("three *kinds* of …", "two *examples* of …"): WordNet's
 * nouns for a kind, a category and an example, with their synonyms and their kinds two levels down (lexicon
 * `nounKinds`: "type", "sort", "form", "species", "variety", "instance" …). A list answering the question writes the
 * members, seldom the noun that classes them.
 */
const CLASSIFIER_ROOTS = ['kind', 'category', 'example'] as const;

let classifiers: ReadonlySet<string> | undefined;

/** Whether a word names a kind, a category or an example as a noun ({@link CLASSIFIER_ROOTS}). */
export function isClassifierNoun(word: string): boolean {
  classifiers ??= new Set(
    CLASSIFIER_ROOTS.flatMap((root) => [root, ...relatedWords(root).filter((w) => nounLemma(w) === w), ...nounKinds(root)]),
  );
  const lemma = nounLemma(word);
  return lemma !== undefined && classifiers.has(lemma);
}

/** A comma between members (not one inside a figure, "30,000"), or "and", "or", "and/or", after a comma or not. */
export const MEMBER_JOINER = /\s*,\s+(?:(?:and\/or|and|or)\s+)?|\s+(?:and\/or|and|or)\s+/;

/** The word that closes a list: "and", "or" or "and/or" before its last member. */
const CLOSING = /\s(?:and\/or|and|or)\s/;

/**
 * How many members a list answer writes ("A, B, and C" → 3, "A or B" → 2); 1 for an answer that is no list, as one
 * that no "and" or "or" closes ("March 29, 1883", "Orsk, Tarnmark").
 * @example listMembers('herons, gulls and terns') // → 3
 */
export function listMembers(answer: string): number {
  if (!CLOSING.test(answer)) return 1;
  return answer.split(MEMBER_JOINER).filter((m) => m.trim() !== '').length;
}

/** A classing noun's place in a question: before "of" ("three kinds *of*") or after the question word ("what cell types"). */
const CLASSING_BEFORE = /^\s+of\b/i;
const CLASSING_AFTER = /\b(?:what|which)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * The terms of a question that a list answer holds though its sentence need not write them: the count the question
 * asks for when the list has that many members ("What are *three* kinds of …?" answered "A, B and C"), and a noun
 * classing its members (isClassifierNoun: "three *kinds* of", "what cell *types*") when it has several and the noun is
 * a plural: "an example of", "the most widespread kind of" ask for one member.
 * @example listHeldTerms('What are two examples of nets?', 'seines or trawls') // → ['two', 'exampl']
 */
export function listHeldTerms(question: string, answer: string): string[] {
  const members = listMembers(answer);
  if (members < 2) return [];
  const out: string[] = [];
  // Only a count that asks for the answer ("What are *three* kinds …"), not one elsewhere ("the two clubs", "two-phase").
  const count = asksCount(question) ? askedCount(question) : undefined;
  if (count?.count === members) {
    const t = termOf(count.written);
    if (t) out.push(t);
  }
  for (const m of question.matchAll(/[\p{L}-]+/gu)) {
    const w = m[0];
    if (!isClassifierNoun(w) || nounLemma(w) === w.toLowerCase()) continue;
    if (!CLASSING_BEFORE.test(question.slice(m.index + w.length)) && !CLASSING_AFTER.test(question.slice(0, m.index))) continue;
    const t = termOf(w);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * The terms of {@link listHeldTerms} a list of the outermost mentions (coordinatedLists.ts `coordinated`, `outer`) from
 * `sentence` holds for a question with search terms `terms`: the count only where the sentence writes every other term
 * (or a list holds it), the classing nouns always. Such a list of the count's size from a sentence about something else
 * made a near question's "three" held, and the question covered. (For every list: SQuAD reading 5 right answers
 * refused, F1 −0.0002.)
 */
export function listHeldIn(terms: readonly string[], sentence: StorySentence, held: readonly string[]): string[] {
  if (held.length === 0) return [];
  const present = termSetOf(sentence.text);
  const count = (t: string) => NUMBER_WORDS.has(t) || /^\d+$/.test(t);
  if (terms.every((t) => present.has(t) || held.includes(t))) return [...held];
  return held.filter((t) => !count(t));
}

/**
 * A best excerpt's coverage of the question (rankSentences' idf-weighted share of its search terms) with the terms a
 * list answer read from it holds (listHeldTerms) counted as held where its sentence does not write them. "What are three
 * kinds of X?" answered by the right three-member list was refused at coverage 0.207, under MIN_COVERAGE_FLOOR, for two
 * words no list writes. Round 36 (answerQuestion reads it, and heldWords counts the same terms as held, only for a
 * list from the best excerpt): SQuAD reading F1 0.5435 → 0.5442 (10 won, none lost; held back 0.5678 → 0.5687);
 * eval:refusal near unchanged (train 0.702, test 0.725; `--seed 2` 0.678 / 0.698), test own answered 0.908 → 0.909,
 * own F1 0.543 → 0.544; `--sample 6000` 3 own questions more covered (two right), 1 near and 1 other one (test near
 * 0.693 → 0.692). Kit and eval:typed identical. Tried and dropped: the classing noun also in the singular when the
 * question asks for several (asksSeveral: "What are the most widespread kind of …?", a near question covered); any
 * synonym or kind of the roots where it stands in the question ("classes taught by", "in a settled state"); a comma
 * inside a figure or a date as a joiner ("30,000", "March 29, 1883"); a list from a lower excerpt held in heldWords (a
 * near question covered); the tagger reading a verb in the answer alone as a clause, not a list ("applied" a verb).
 * @param terms the question's search terms (rankSentences `searchTerms`)
 */
export function listCoverage(
  story: Story,
  terms: readonly string[],
  coverage: number,
  sentence: StorySentence,
  held: readonly string[],
): number {
  if (held.length === 0) return coverage;
  const unique = [...new Set(terms)];
  const total = unique.reduce((sum, t) => sum + idf(story, t), 0);
  const present = termSetOf(sentence.text);
  const lifted = unique.filter((t) => held.includes(t) && !present.has(t)).reduce((sum, t) => sum + idf(story, t), 0);
  return total > 0 ? Math.min(1, coverage + lifted / total) : coverage;
}
