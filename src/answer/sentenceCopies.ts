/**
 * Copies of one sentence read alike. A corpus that carries a report several times (wire copy, an article filed again)
 * holds the same sentence in several articles, and the extractor reads a top excerpt with every copy the
 * corroboration found (up to EXTRACTION.perGroup of them): what it works out of a sentence's words for one question
 * is the same for each copy that was read the same way, so it is worked out once a question (`QuestionCopies`).
 * "Read the same way": the same text, tokens and entities, field for field (`sameWords`, `sameEntities`) — a copy
 * whose tagger output or resolved names differ is worked out on its own.
 */
import type { Entity, Token } from '../nlp/entities.js';
import { type TokenWords, tokenWordLists, wordText } from '../story/tokenColumns.js';
import { sentenceWords } from '../story/tokenWords.js';
import { type Numbered, SENTENCE_MEMO_SIZE, sentenceSlots } from './sentenceMemo.js';
import { textMemo } from '../text/textMemo.js';

/** A sentence as its copies are told apart: its text and its tokens (read only to place it among its text's copies). */
interface TokenedSentence extends Numbered {
  readonly text: string;
  readonly tokens: readonly Token[];
}

/**
 * Whether two sentences of one text hold the same tokens (`sameWords`), each sentence's tokens read once: a sentence
 * is kept with the first sentence of its text found holding the same tokens (its class), and two sentences are alike
 * when they share it. A story too large to keep every sentence's tokens makes them again once they leave its RecentRows,
 * and comparing the copies of each excerpt question after question made both copies' tokens each time (a repeat pass
 * of 2,000 questions at 500k: 42 of the 56 MB its token lists took). Exact: a class is only ever shared by sentences
 * found alike, and a memo cleared between two sentences' look-ups only makes them differ (the copy worked out anew).
 *
 * @example sameSentenceTokens(story.sentences[4], story.sentences[90]) // → true for two copies tagged alike
 */
export function sameSentenceTokens(a: TokenedSentence, b: TokenedSentence): boolean {
  return a === b || tokenClass(a) === tokenClass(b);
}

/** The sentence each sentence's tokens were first found alike with (its class), and each text's classes. */
const classOfSentence = sentenceSlots<TokenedSentence, TokenedSentence>(SENTENCE_MEMO_SIZE);
const classesOfText = textMemo<TokenedSentence[]>(SENTENCE_MEMO_SIZE);

/**
 * The sentence whose tokens a sentence's were first found alike with (its class: itself where it is the first of its
 * text so read). Two sentences of one class hold the same text and the same tokens, field for field.
 *
 * @example tokenClass(story.sentences[90]) === story.sentences[4] // for a copy of sentence 4 tagged alike
 */
export function tokenClass<S extends TokenedSentence>(sentence: S): S {
  return classOfSentence.get(sentence, classFound) as S;
}

/**
 * A sentence's class found among its text's (a module function, not a closure made per call). The first sentence of a
 * text is its class unread, and the others are compared as their story's columns hold them (`sentenceWords`): where the
 * story does not keep its sentences' token lists, making both copies' lists here was 41 of the 772 MB a first pass of
 * 2,000 questions allocated at 500k sentences.
 */
function classFound(sentence: TokenedSentence): TokenedSentence {
  const classes = classesOfText.get(sentence.text, noClasses);
  if (classes.length > 0) {
    const words = sentenceWords(sentence, sentenceRead);
    for (const c of classes) if (sameWords(sentenceWords(c, classRead), words)) return c;
  }
  classes.push(sentence);
  return sentence;
}

/** What classFound reads a sentence and a class into. */
const sentenceRead = tokenWordLists();
const classRead = tokenWordLists();

/**
 * Whether two sentences' tokens, read as lists, hold the same words with the same offsets, tags, lemmas and texts, no
 * word's text cut to compare it (`sameWordText`).
 */
export function sameWords(a: TokenWords, b: TokenWords): boolean {
  if (a.count !== b.count) return false;
  for (let j = 0; j < a.count; j += 1) {
    if (a.starts[j] !== b.starts[j] || a.ends[j] !== b.ends[j] || a.tags[j] !== b.tags[j] || a.lemmas[j] !== b.lemmas[j]) return false;
    if (!sameWordText(a, b, j)) return false;
  }
  return true;
}

/**
 * Whether word `j` of `a` and of `b` (at the same offsets) has the same text: two own texts compared, a cut one read in
 * its sentence's text where it stands (one side is often a held token list, whose words all have their own text), two
 * cut from equal texts alike.
 */
function sameWordText(a: TokenWords, b: TokenWords, j: number): boolean {
  const x = a.owns[j];
  const y = b.owns[j];
  if (x !== undefined && y !== undefined) return x === y;
  if (x !== undefined) return a.ends[j]! - a.starts[j]! === x.length && b.text.startsWith(x, b.starts[j]);
  if (y !== undefined) return b.ends[j]! - b.starts[j]! === y.length && a.text.startsWith(y, a.starts[j]);
  return a.text === b.text || wordText(a, j) === wordText(b, j);
}

function noClasses(): TokenedSentence[] {
  return [];
}

/** Whether two entity lists hold the same entities, every field alike. */
export function sameEntities(a: readonly Entity[], b: readonly Entity[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.type !== y.type ||
      x.start !== y.start ||
      x.end !== y.end ||
      x.text !== y.text ||
      x.canonical !== y.canonical ||
      !Object.is(x.value, y.value) ||
      x.scale !== y.scale ||
      x.currency !== y.currency ||
      x.unit !== y.unit
    )
      return false;
  }
  return true;
}

/**
 * What one question works out of each sentence text, kept for that question only (a new question starts afresh),
 * and shared by a later sentence of the same text that `alike` says was read as the first was. Asked by `find` and
 * filled by `keep`, not by a callback: the answer path asks it for every candidate sentence, and a closure made per
 * call was a share of what it allocated.
 *
 * @example
 * const memo = new QuestionCopies<Query, Sentence, Mention[], void>();
 * const chunks = memo.find(query, s.text, s, alike, undefined) ?? memo.keep(s.text, s, chunksOf(s));
 */
export class QuestionCopies<Q, S, V, C> {
  #question: Q | undefined;
  #byText = new Map<string, { sentence: S; value: V }>();

  /**
   * The value kept for `text` in this question if `sentence` is the sentence it was worked out for or one `alike`
   * (given `context`) says was read as it was; else undefined.
   */
  find(question: Q, text: string, sentence: S, alike: (kept: S, sentence: S, context: C) => boolean, context: C): V | undefined {
    if (question !== this.#question) {
      this.#question = question;
      this.#byText = new Map();
      return undefined;
    }
    const kept = this.#byText.get(text);
    if (kept !== undefined && (kept.sentence === sentence || alike(kept.sentence, sentence, context))) return kept.value;
    return undefined;
  }

  /** Keeps `value`, worked out of `sentence`, for its text in the question last asked of `find`; returns it. */
  keep(text: string, sentence: S, value: V): V {
    this.#byText.set(text, { sentence, value });
    return value;
  }
}
