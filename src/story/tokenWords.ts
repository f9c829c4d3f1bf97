import type { Token } from '../nlp/entities.js';
import { glanceAt } from './columns.js';
import { type TokenWords, tokenWordLists } from './tokenColumns.js';

/** A sentence as `sentenceWords` reads it. */
export interface TokenHolder {
  readonly tokens: readonly Token[];
  /** Its place in its story (a story's sentence has one): what a memo keeps of it is kept in that slot (`sentenceSlots`). */
  readonly id?: number;
}

/** What `glancedWords` gives (one set of lists, written over by the next call). */
const read = tokenWordLists();

/**
 * A sentence's tokens as lists of their fields (written into `into`, else into lists shared by every call, valid until the next), read straight from its story's token
 * columns without making its token list, where the story neither keeps nor holds that list (a loaded story too large to
 * keep every sentence's tokens, see `keepsMadeValues`: its `tokens` glance); else undefined (read `tokens`). The ranker
 * reads the nouns of each of a question's 40 candidates this way: made as token lists they were half the lists a first
 * pass of 2,000 questions made at 500k sentences, and each pushed a list the extractor was about to read out of the
 * story's recent rows.
 *
 * @example glancedWords(loaded.sentences[0])?.tags[0] // → the sentence's first word's tag, or undefined when its tokens are kept
 */
export function glancedWords(sentence: TokenHolder, into: TokenWords = read): TokenWords | undefined {
  return glanceAt(sentence, 'tokens', into) as TokenWords | undefined;
}

/** A sentence's tokens as lists of their fields, written into `into`: glanced from its story's columns where it can be, else read from its token list. */
export function sentenceWords(sentence: TokenHolder, into: TokenWords): TokenWords {
  return glancedWords(sentence, into) ?? wordsOfTokens(sentence.tokens, into);
}

/** The tokens' fields written into `out`'s lists (each word's text as its own). */
export function wordsOfTokens(tokens: readonly Token[], out: TokenWords): TokenWords {
  for (let j = 0; j < tokens.length; j += 1) {
    const t = tokens[j]!;
    out.owns[j] = t.text;
    out.starts[j] = t.start;
    out.ends[j] = t.end;
    out.tags[j] = t.pos;
    out.lemmas[j] = t.lemma;
  }
  out.count = tokens.length;
  out.text = '';
  return out;
}

/**
 * The `glance` a loaded story gives its sentences' `tokens` (lazyLists): sentence `i`'s tokens read from the columns
 * by `wordsOf`, unless its list is held (then undefined: the list is read).
 */
export function tokenGlance(
  wordsOf: (i: number, text: string, out: TokenWords) => TokenWords,
): (i: number, row: { text?: unknown }, held: unknown, into: unknown) => TokenWords | undefined {
  return (i, row, held, into) =>
    held === undefined ? wordsOf(i, row.text as string, (into as TokenWords | undefined) ?? read) : undefined;
}
