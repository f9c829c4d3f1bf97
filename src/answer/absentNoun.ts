import { type NounClass, nounLemma, senseClasses } from '../lexicon/index.js';
import { type Token, tagSentence } from '../nlp/entities.js';
import { STOP_WORDS, termOf, termsOf } from '../search/terms.js';
import type { Story } from '../story/story.js';
import { KIND_OF_QUESTION } from './mentions.js';
import { kindTerms, paraphraseTerms } from './paraphrase.js';
import { relatedWordTerms } from './termMemo.js';
import { correctTypo } from './typos.js';

/**
 * The classes of things a story that reports on one names by a noun: a person, a thing made, an organisation, a place or
 * a group. A noun only ever of these classes in WordNet's senses names such a thing whatever sense the asker means; one
 * with an abstract sense too ("cycle", "favor", "strip") may stand for what a story tells in other words, and so may an
 * abstract noun ("factor", "lack", "event").
 */
export const CONCRETE_CLASSES: ReadonlySet<NounClass> = new Set(['person', 'artifact', 'organization', 'place', 'group']);

/** A question opening "who / what / which is|was|are|were …": the noun phrase after it names the answer. */
const ASKED_OPENING = /^(?:who|what|which)$/i;
const COPULA = /^(?:is|was|are|were)$/i;
/** A word opening with a lower-case letter (module constants: under tsx a `\p{…}` literal is made anew at each evaluation). */
const LOWER_INITIAL = /^\p{Ll}/u;
/** A word ending in "s" after a letter ("mens"). */
const LETTER_S = /\p{L}s$/u;

/**
 * A concrete thing the question names by a lower-case common noun that the story never gives, if any: "Who did the
 * *airline* appoint?" of a story with no airline is about something the story does not report. The noun is one the
 * tagger reads in the question, every WordNet sense of it of CONCRETE_CLASSES; the story gives it when it writes the
 * noun's index term (the word or an inflection of it) or its lemma's, a WordNet relative of the lemma (a synonym or a
 * derived form, or a relative the ranker reads for a multiword phrase of the question: paraphraseTerms), a kind of it
 * (nounKinds: "cart" for "vehicle"), or a word it is a typo of (typos.correctTypo), a possessive typed without its
 * apostrophe ("mens") its plural's. Left out: the noun naming the
 * answer (the focus, "which *bank* …", or the phrase after a copula opening, "who was the first *person* to …"), which
 * the story names rather than writes; a "kind / type of" frame word.
 *
 * @param focus the question's focus noun (questionFrame `focus`), if any
 * @example absentNoun(story, 'Who did the airline appoint?') // → 'airline' of a story that writes no airline
 */
export function absentNoun(story: Story, question: string, focus?: string): string | undefined {
  const focusTerm = focus === undefined ? null : termOf(focus);
  const tokens = tagSentence(question).tokens;
  const asked = askedPhrase(tokens);
  for (const [i, token] of tokens.entries()) {
    const word = token.text;
    if (token.pos !== 'NOUN' || !LOWER_INITIAL.test(word) || STOP_WORDS.has(word) || asked.has(i)) continue;
    const classes = senseClasses(word);
    if (classes.length === 0 || !classes.every((c) => CONCRETE_CLASSES.has(c))) continue;
    // "what kind of X": the kind word belongs to the question's frame.
    if (KIND_OF_QUESTION.test(`${word} ${tokens[i + 1]?.text ?? ''}`)) continue;
    const term = termOf(word);
    if (term === null || term === focusTerm) continue;
    if (!storyGives(story, question, word, term)) return word;
  }
  return undefined;
}

/** Whether the story writes a noun of the question, or a word that stands for it (see absentNoun). */
function storyGives(story: Story, question: string, word: string, term: string): boolean {
  const written = (t: string | null) => t !== null && story.documentFrequency.has(t);
  const lemma = nounLemma(word) ?? word.toLowerCase();
  if (written(term) || written(termOf(lemma)) || relatedWordTerms(lemma).terms.some(written)) return true;
  // A possessive typed without its apostrophe ("the mens final"): the plural before it is the noun.
  const unmarked = LETTER_S.test(word) ? nounLemma(word.slice(0, -1)) : undefined;
  if (unmarked !== undefined && written(termOf(unmarked))) return true;
  const terms = [...new Set(termsOf(question))];
  return (
    (paraphraseTerms(story, question, terms).get(term) ?? []).some(written) ||
    kindTerms(story, lemma, terms).size > 0 ||
    correctTypo(story, word, terms) !== undefined
  );
}

/**
 * The token indexes of the nouns of the phrase a copula opening asks about ("Who was the first *person* to …", "What is
 * the *name* of …", "Who is the firm's *chief*?", not its possessor): the answer is that thing, and the story names it
 * rather than writes the noun.
 */
function askedPhrase(tokens: readonly Token[]): ReadonlySet<number> {
  const out = new Set<number>();
  if (!ASKED_OPENING.test(tokens[0]?.text ?? '') || !COPULA.test(tokens[1]?.text ?? '')) return out;
  for (let i = 2; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    // "Who is the company's chief?": the possessor is not what is asked, the noun after it is.
    if (/^['’]s?$/.test(tokens[i + 1]?.text ?? '')) i += 1;
    else if (t.pos === 'NOUN') out.add(i);
    else if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM') break;
  }
  return out;
}
