import { type Token, tagSentence } from '../nlp/entities.js';
import type { StorySentence } from '../story/story.js';
import { relatedWords } from '../lexicon/index.js';
import { termOf } from '../search/terms.js';
import { datingVerb } from './datedByVerb.js';
import { questionVerbs } from './placeAsked.js';

/** At most this many words after a verb are read as the noun phrase it acts on ("launched **its new cable service** on …"). */
const OBJECT_WORDS = 6;

/** What ends the noun phrase after a verb: a preposition, a clause break, another verb. */
const OBJECT_END_POS = new Set(['ADP', 'PUNCT', 'CCONJ', 'SCONJ', 'VERB', 'AUX', 'PART']);

/** Words that describe a noun the way a question and a sentence may differ in without naming another thing. */
const QUANTIFIERS = new Set(['several', 'many', 'other', 'few', 'some', 'all', 'more', 'most', 'new', 'own', 'such', 'same', 'various']);

/** A word before a noun that says which of its kind is meant ("its **cable** service", "the **new** charter"). */
const DESCRIBING_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * Whether a date answers a question's verb told of another thing: the date is the time of one of the question's verbs
 * (datedByVerb.ts `datingVerb`), and the noun phrase that verb acts on (past "of", up to a preposition or clause break)
 * names a name and no noun the question writes ("a council elected **Ada** as chair in 1201" for "When was Bo elected
 * chair?"), or a noun the question writes with another describing word before it than the question's, which the
 * sentence never writes ("launched its **cable** service on 2 May" for "When did Tolly launch its radio service?"): the
 * sentence dates the same verb done to something else. A word counts as written where WordNet relates it to one
 * ("worldwide" for "global"); a common noun alone is no other thing (often a paraphrase: "approved the deal"
 * for the sale asked about), and a verb in the passive acts on nothing after it.
 *
 * @param written the date as its sentence writes it
 * @example objectUnasked('When did Tolly open its river mill?', sentence('Tolly opened its wool mill in 1901.'), '1901') // → true
 */
export function objectUnasked(question: string, sentence: StorySentence, written: string): boolean {
  const at = sentence.text.indexOf(written);
  if (at < 0) return false;
  const tokens = sentence.tokens;
  const v = datingVerb(tokens, { start: at, end: at + written.length }, questionVerbs(question));
  // "was awarded two packages": a verb in the passive tells what was done to its subject, and acts on nothing after it.
  if (v < 0 || (tokens[v - 1]?.pos === 'AUX' && tokens[v - 1]!.lemma === 'be')) return false;
  const object: Token[] = [];
  for (let j = v + 1; j < tokens.length && j - v <= OBJECT_WORDS; j += 1) {
    const t = tokens[j]!;
    // "began a round **of** inquiries": the phrase goes on past "of".
    if (OBJECT_END_POS.has(t.pos) && t.text.toLowerCase() !== 'of') break;
    object.push(t);
  }
  const asked = tagSentence(question).tokens;
  const askedTerms = new Set(asked.map((t) => termOf(t.text)));
  const nouns = object.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (nouns.length === 0) return false;
  // Another name ("elected **Ada**"): a common noun the question does not write may be its paraphrase ("the transaction" for "the sale").
  if (!nouns.some((t) => writes(askedTerms, t))) return nouns.some((t) => t.pos === 'PROPN');
  const sentenceTerms = new Set(tokens.map((t) => termOf(t.text)));
  return object.some((t, i) => {
    const before = object[i - 1];
    if (t.pos !== 'NOUN' || before === undefined || !describes(before) || writes(askedTerms, before)) return false;
    const head = termOf(t.text);
    return asked.some(
      (q, n) => q.pos === 'NOUN' && termOf(q.text) === head && n > 0 && describes(asked[n - 1]!) && !writes(sentenceTerms, asked[n - 1]!),
    );
  });
}

/** Whether a word or one WordNet relates to it (lexicon `relatedWords`: "worldwide" for "global") is among some terms. */
function writes(terms: ReadonlySet<string | null>, t: Token): boolean {
  return terms.has(termOf(t.text)) || relatedWords(t.text.toLowerCase()).some((w) => terms.has(termOf(w)));
}

/** Whether a word before a noun says which of its kind is meant, not how many or which in general ("several", "new"). */
function describes(t: Token): boolean {
  return DESCRIBING_POS.has(t.pos) && !QUANTIFIERS.has(t.text.toLowerCase());
}
