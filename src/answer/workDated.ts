import { nounClass } from '../lexicon/index.js';
import type { Token } from '../nlp/entities.js';
import { termOf, termsOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import { isCapitalised } from '../text/words.js';
import { relatedWordTerms } from './termMemo.js';

/** What may stand before a date that describes the noun after it: "**a** 2031 paper", "**its** 2031 charter", "the guild**'s** 2031 report". */
const BEFORE_MODIFIER_POS = new Set(['DET', 'PRON', 'PART']);

/** The words of a noun phrase after its date: "the 2031 **annual harbour report**", "the 2031 **Tolly Charter**". */
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** At most this many words of a quoted title after the phrase's head are read (the 2031 hymn **"Sea of Lanterns"**). */
const TITLE_WITHIN = 6;

/** What may stand between "of" and the noun it opens ("of **the first** survey"). */
const OF_SKIP_POS = new Set(['DET', 'ADJ', 'NUM']);

/** Quotation marks, which a title after its work's noun stands in. */
const QUOTE = /^["“”'‘’]$/;

/** Words sharing this many first letters are taken for one word here, as a noun and its verb ("merger" ↔ "merge"). */
const STEM_PREFIX = 5;

/**
 * Whether a date answers a when-question as the date of a work that the question does not ask of: the date stands
 * before the noun it describes ("a 2031 paper", "its 2031 charter", "Ada Vell's March 2031 letter to the guild"), that
 * noun's most frequent WordNet sense is a communication (a document, a text, a statement, a performance — a thing made
 * and dated by its making), and neither it nor the words of its phrase, nor its title written right after it, are
 * words of the question, their derivations or WordNet relatives. Such a date tells when that work was written or made
 * public, not when something else the sentence ties to it happened: "When did the Tolly mill close?" is not answered by
 * "2031" of "Her 2031 report on the Tolly mill found it in good repair". A date that describes a span or an event ("the
 * 2031 season", "the 2031 flood") is left alone: what happened in it is dated by it.
 *
 * @param written the date as its sentence writes it
 * @example workDated('When did the Tolly mill close?', sentence('Her 2031 report on the Tolly mill found it sound.'), '2031') // → true
 */
export function workDated(question: string, sentence: StorySentence, written: string): boolean {
  const at = sentence.text.indexOf(written);
  if (at < 0) return false;
  const tokens = sentence.tokens;
  const from = tokens.findIndex((t) => t.start >= at);
  if (from < 0) return false;
  const end = at + written.length;
  let last = from;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last += 1;
  const before = tokens[from - 1];
  if (before !== undefined && !BEFORE_MODIFIER_POS.has(before.pos)) return false;
  const phrase = phraseAfter(tokens, last + 1);
  if (phrase.length === 0) return false;
  const head = phrase.at(-1)!;
  if (nounClass(head.text.toLowerCase()) !== 'communication') return false;
  const asked = new Set(termsOf(question));
  const askedWords = question
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= STEM_PREFIX);
  const after = tokens.indexOf(head) + 1;
  const named = [...phrase, ...titleAfter(tokens, after), ...ofHead(tokens, after)];
  return !named.some((t) => isAsked(t.text.toLowerCase(), asked, askedWords));
}

/** The nouns of the noun phrase a date at `k - 1` describes: its adjectives skipped, empty when no noun follows. */
function phraseAfter(tokens: readonly Token[], k: number): Token[] {
  const nouns: Token[] = [];
  for (let j = k; j < tokens.length && PHRASE_POS.has(tokens[j]!.pos); j += 1) if (tokens[j]!.pos !== 'ADJ') nouns.push(tokens[j]!);
  return nouns;
}

/**
 * The title written right after a work's noun: the words of a quotation opening there (at most TITLE_WITHIN), or else
 * the capitalised words that follow it without a break ("the 2031 charter **Velmian Accord**").
 */
function titleAfter(tokens: readonly Token[], k: number): Token[] {
  const out: Token[] = [];
  if (QUOTE.test(tokens[k]?.text ?? '')) {
    for (let j = k + 1; j < tokens.length && j <= k + TITLE_WITHIN && !QUOTE.test(tokens[j]!.text); j += 1) out.push(tokens[j]!);
    return out;
  }
  for (let j = k; j < tokens.length && isCapitalised(tokens[j]!.text); j += 1) out.push(tokens[j]!);
  return out;
}

/**
 * The noun an "of" right after a work's noun opens, its determiners and adjectives skipped: what the work tells of ("the
 * 2031 announcement **of the discovery** of …"). A work of the event asked is dated by the event's telling.
 */
function ofHead(tokens: readonly Token[], k: number): Token[] {
  if (tokens[k]?.text.toLowerCase() !== 'of') return [];
  let j = k + 1;
  while (j < tokens.length && OF_SKIP_POS.has(tokens[j]!.pos)) j += 1;
  const t = tokens[j];
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN') ? [t] : [];
}

function isAsked(word: string, asked: ReadonlySet<string>, askedWords: readonly string[]): boolean {
  const term = termOf(word);
  if (term !== null && asked.has(term)) return true;
  if (relatedWordTerms(word).terms.some((t) => t !== null && asked.has(t))) return true;
  return word.length >= STEM_PREFIX && askedWords.some((w) => w.slice(0, STEM_PREFIX) === word.slice(0, STEM_PREFIX));
}
