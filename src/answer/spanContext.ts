import type { Token } from '../nlp/entities.js';
import type { NounClass } from '../lexicon/index.js';
import { isPossessiveMark } from '../text/words.js';

/**
 * Dependency-free stand-ins for the syntactic features of the SQuAD paper's logistic regression (Rajpurkar
 * et al. 2016: span POS, matching bigrams, the path from the question's words to the span): what stands
 * right around a candidate span in its sentence, read from wink's POS tags and the question's terms.
 */

/** The part of speech a span ends in (its head, in English noun phrases): noun, proper noun, adjective, number or other. */
export const HEAD_CLASSES = ['noun', 'proper', 'adj', 'num', 'other'] as const;
export type HeadClass = (typeof HEAD_CLASSES)[number];

export function headClass(token: Token | undefined): HeadClass {
  switch (token?.pos) {
    case 'NOUN':
      return 'noun';
    case 'PROPN':
      return 'proper';
    case 'ADJ':
      return 'adj';
    case 'NUM':
      return 'num';
    default:
      return 'other';
  }
}

/** Forms of "be" that link a subject to what it is ("its main part is a sensor"). */
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'am']);

/**
 * Whether token k is a form of "be": an "'s" only where it stands for "is" — tagged a helper ("it's a mill") or before a
 * determiner ("the mill's the oldest") — not where it owns the noun after it ("Velden's mayor", "the guild's **oldest**
 * mill"), whose owner is no subject of "be".
 */
function copulaAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !COPULA.has(t.text.toLowerCase())) return false;
  return !isPossessiveMark(t.text) || t.pos === 'AUX' || tokens[k + 1]?.pos === 'DET';
}

/** Words that introduce a name ("a rule called the Tally", "a town named X", "dubbed X", "known as X"). */
const NAMING = new Set(['called', 'named', 'dubbed', 'termed', 'nicknamed', 'titled', 'entitled', 'renamed', 'christened', 'as']);

/** Tokens skipped between a span and the word that introduces it: articles and quotation marks. */
function skippable(t: Token): boolean {
  return t.pos === 'DET' || QUOTE_TOKEN.test(t.text);
}

/** A quotation mark alone (a module constant: a literal in the function is a new object each time it runs). */
const QUOTE_TOKEN = /^["“”‘’'«»]$/;

/** How the span at tokens [startAt, endAt] stands to the words around it. */
export interface SpanLinks {
  /** A form of "be" right before the span (past articles): "… is **a sensor**". */
  copulaBefore: boolean;
  /** That copula follows a question word within three tokens: "main part is **a sluice gate**". */
  copulaAfterQuestion: boolean;
  /** The span is the subject of "be" whose complement holds a question word: "**The sensor** is the main part". */
  copulaBeforeQuestion: boolean;
  /** A naming word right before the span (past articles and quotes): "called **the Tally**". */
  named: boolean;
  /** No verb stands before the span in its sentence: it is (in) the sentence's subject. */
  beforeVerb: boolean;
}

/**
 * The links of a span to its sentence: a copula or a naming word just before it, and whether the
 * question's words stand on the other side of the copula. `isQuestionTerm` tells a question word.
 */
export function spanLinks(tokens: readonly Token[], startAt: number, endAt: number, isQuestionToken: (t: Token) => boolean): SpanLinks {
  let k = startAt - 1;
  while (k >= 0 && skippable(tokens[k]!)) k -= 1;
  const before = tokens[k];
  const copulaBefore = copulaAt(tokens, k);
  let copulaAfterQuestion = false;
  if (copulaBefore) for (let j = k - 1; j >= Math.max(0, k - 3); j -= 1) if (isQuestionToken(tokens[j]!)) copulaAfterQuestion = true;
  let n = pastAside(tokens, pastBracket(tokens, endAt + 1));
  while (n < tokens.length && tokens[n]!.pos === 'ADV') n += 1;
  let copulaBeforeQuestion = false;
  if (copulaAt(tokens, n)) {
    const from = complementStart(tokens, n + 1);
    for (let j = from; j <= Math.min(tokens.length - 1, from + 3); j += 1) if (isQuestionToken(tokens[j]!)) copulaBeforeQuestion = true;
  }
  return {
    copulaBefore,
    copulaAfterQuestion,
    copulaBeforeQuestion,
    named: before !== undefined && NAMING.has(before.text.toLowerCase()),
    beforeVerb: noVerbBefore(tokens, startAt),
  };
}

/**
 * Where the words describing a subject start after its "be", past adverbs and an opener that picks it out of a group
 * ("is **also** the oldest mill", "are **one of** the most common faults", "was **among** the first barges"): the
 * question's words are looked for from there. SQuAD reading (round 45) F1 0.5618 → 0.5622, what 0.4954 → 0.4963, held
 * back 0.5872 → 0.5877: 4 won / 0 lost (the copula-subject filter and the model's copula feature now see "X is one of
 * the most common Y").
 */
function complementStart(tokens: readonly Token[], k: number): number {
  let n = k;
  while (tokens[n]?.pos === 'ADV') n += 1;
  if (GROUP_OPENER.test(tokens[n]?.text ?? '')) {
    n += 1;
    if (tokens[n]?.text.toLowerCase() === 'of') n += 1;
  }
  return n;
}

/**
 * The token after a bracketed aside opening at token k ("**Tarnwork** (or knotting) is the study of …"), or k where no
 * "(" stands there or none closes within MAX_BRACKET tokens. SQuAD reading (round 45) 5 won / 1 lost (what 0.4967 →
 * 0.4973, held back 0.5879 → 0.5886): "X (an abbreviation or gloss) is the Y".
 */
export function pastBracket(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_BRACKET; j += 1) {
    const text = tokens[j]!.text;
    if (text === ')') return j + 1;
    if (text === '(') return k;
  }
  return k;
}

/** At most this many tokens in a bracketed aside between a subject and its "be". */
const MAX_BRACKET = 25;

/**
 * The token after a comma-set aside opening at token k and closed by a comma right before "be" (adverbs allowed between:
 * "**Tarnwork**, a craft the barge crews learn young, is the study of rope knots"), or k where none stands there. Not an
 * aside that names members of the subject ("especially …", "including …", "such as …": the subject of "be" may be
 * one of them), nor one broken by a bracket, a semicolon or a colon, nor one longer than MAX_BRACKET tokens; a comma
 * not followed by "be" ("Tarnwork, knotting and splicing are …") opens no aside. SQuAD reading (round 46) 5 won / 0
 * lost (held back 2 / 0; what 0.4973 → 0.4976, which 0.5359 → 0.5381, who 0.6614 → 0.6623); with the member openers
 * read as asides 6 won / 1 lost (the one lost: "X, especially the Y, are also common").
 *
 * `linkAt` tells the verb that must follow the aside (a form of "be" unless given: whoAnswerPlace also reads "became").
 *
 * @example pastAside(tokens of "Tarnwork, a craft, is the study of knots.", 1) // → 5, the "is"
 */
export function pastAside(
  tokens: readonly Token[],
  k: number,
  linkAt: (tokens: readonly Token[], k: number) => boolean = copulaAt,
): number {
  const opener = tokens[k + 1];
  if (tokens[k]?.text !== ',' || opener === undefined || opener.pos === 'ADV' || MEMBER_OPENER.test(opener.text)) return k;
  for (let j = k + 2; j < tokens.length && j - k <= MAX_BRACKET; j += 1) {
    const text = tokens[j]!.text;
    if (ASIDE_BREAK.test(text)) return k;
    if (text === ',') {
      let n = j + 1;
      while (tokens[n]?.pos === 'ADV') n += 1;
      return linkAt(tokens, n) ? j + 1 : k;
    }
  }
  return k;
}

/** Words that open an aside naming members or examples of what stands before it ("including", "such as", "especially"). */
const MEMBER_OPENER = /^(?:including|such|like|excluding|except|notably|especially|particularly)$/i;

/** Marks that break a comma-set aside: it is no short phrase between a subject and its "be". */
const ASIDE_BREAK = /^[(;:]$/;

/** Words that open a complement naming a group its subject belongs to ("one of", "among"). */
const GROUP_OPENER = /^(?:one|among|amongst)$/i;

function noVerbBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = 0; j < at; j += 1) if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return false;
  return true;
}

/**
 * Pairs of consecutive content terms of the question ("main component", "legal code"): each term to the terms
 * that follow it. Read a pair at a time (`isQuestionBigram`), with no string made per pair: the ranker and the
 * extractor ask it of every pair of words of each candidate sentence (a "a b" string made per pair was 50 MB of
 * answerReplay's first pass over 2,000 questions at 100k).
 */
export type QuestionBigrams = ReadonlyMap<string, ReadonlySet<string>>;

/** The question's {@link QuestionBigrams}. */
export function questionBigrams(terms: readonly string[]): QuestionBigrams {
  const out = new Map<string, Set<string>>();
  for (let i = 1; i < terms.length; i += 1) {
    const lead = terms[i - 1]!;
    let next = out.get(lead);
    if (!next) out.set(lead, (next = new Set()));
    next.add(terms[i]!);
  }
  return out;
}

/** Whether terms `a` then `b` are a pair of the question's consecutive content terms. */
export function isQuestionBigram(bigrams: QuestionBigrams, a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && bigrams.get(a)?.has(b) === true;
}

/**
 * Where a sentence repeats a pair of the question's consecutive content terms: [first, second] word
 * indices of each match, content words only (a stop word between them does not break the pair). Read from
 * the sentence's words themselves (their terms), not a list of the terms made for it (answerReplay at 100k,
 * 2,000 SQuAD questions, the first pass: `readText` allocated 18 → 16 MB).
 */
export function bigramMatches(words: readonly { readonly term: string | null }[], bigrams: QuestionBigrams): [number, number][] {
  const out: [number, number][] = [];
  if (bigrams.size === 0) return out;
  let prev = -1;
  for (let i = 0; i < words.length; i += 1) {
    const t = words[i]!.term;
    if (t === null) continue;
    if (prev >= 0 && isQuestionBigram(bigrams, words[prev]!.term, t)) out.push([prev, i]);
    prev = i;
  }
  return out;
}

/** Classes of what a span names, for matching the question's focus noun: WordNet's broad classes. */
export const SPAN_CLASSES = ['person', 'place', 'organization', 'time', 'quantity', 'abstract', 'thing', 'none'] as const;
export type SpanClass = (typeof SPAN_CLASSES)[number];

/** A WordNet class folded into the span classes. */
export function foldClass(c: NounClass | undefined): SpanClass {
  switch (c) {
    case 'person':
    case 'place':
    case 'organization':
    case 'time':
    case 'quantity':
      return c;
    case 'group':
      return 'organization';
    case 'artifact':
    case 'other':
      return 'thing';
    case undefined:
      return 'none';
    default:
      // event, act, communication, attribute, state
      return 'abstract';
  }
}

/** "What kind / type / sort … of X": a subtype, most often said by a modifier of X ("**formal** education"). */
export const SUBTYPE_QUESTION = /\b(?:kind|kinds|type|types|sort|sorts|form|forms|variety|class|category)\s+of\b/i;

/** A letter, a combining mark or a digit: what a written word is made of. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Joiners inside one written word ("Smith-Jones", "O'Neill") when a letter follows them. */
const WORD_JOINER = /[-'’]/;

/** Whether `text[i]` is a word character (a module function: tsx names each closure as it is made). */
function inWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);
}

/**
 * Whether `text[i]` is a hyphen joining two written words close up ("Harbour-Smith", "non-binding"); not a figure
 * and its unit ("12-hour"), where the figure alone may be the answer.
 */
function joinedAt(text: string, i: number): boolean {
  return text[i] === '-' && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '');
}

const LETTER = /\p{L}/u;

/** A hyphen and a lower-case past participle after it, read where a hyphen stands ("-designed", "-funded"). */
const JOINED_PARTICIPLE = /-\p{Ll}+ed\b/uy;

/** A capital letter (the first of a word before a hyphen). */
const CAPITAL = /\p{Lu}/u;

/**
 * Whether the hyphen at `text[i]` joins a capitalised word to a past participle after it ("Ada Vell**-designed**",
 * "Orsk**-based**"): the name did or is what the participle says, and is shown without it.
 */
function doerJoined(text: string, i: number): boolean {
  JOINED_PARTICIPLE.lastIndex = i;
  if (!JOINED_PARTICIPLE.test(text)) return false;
  let s = i;
  while (inWordAt(text, s - 1)) s -= 1;
  return CAPITAL.test(text[s] ?? '');
}

/**
 * The span [start, end) of `text` widened to whole written words where it was cut inside one: the tagger splits
 * words at letters of scripts it does not know (Thai, Devanagari), so a span can end inside a word ("Kal" of "Kalกos").
 * With `hyphens`, a span beside a hyphen that joins it to another word close up takes that word in too
 * ("Harbour-**Smith**"); a figure is left without it ("**ten**-fold"), and a name without the participle it is
 * joined to ("**Ada Vell**-designed"). Otherwise a span already on word edges is returned as it is.
 */
export function toWordEdges(text: string, start: number, end: number, hyphens = true): { start: number; end: number } {
  let s = start;
  let e = end;
  if ((inWordAt(text, s - 1) || (hyphens && joinedAt(text, s - 1))) && inWordAt(text, s)) {
    while (inWordAt(text, s - 1) || (WORD_JOINER.test(text[s - 1] ?? '') && inWordAt(text, s - 2))) s -= 1;
  }
  if (inWordAt(text, e - 1) && (inWordAt(text, e) || (hyphens && joinedAt(text, e) && !doerJoined(text, e)))) {
    while (inWordAt(text, e) || (WORD_JOINER.test(text[e] ?? '') && inWordAt(text, e + 1))) e += 1;
  }
  return { start: s, end: e };
}
