/**
 * A bounded memo of what the answer path works out of one sentence whatever the question: the extractor reads
 * the same candidate sentences for every question that finds them, and finding their name runs, noun-phrase
 * chunks and figure ranges anew each time was most of what an answer allocated. Keyed by an object the story
 * keeps (a sentence or its token list), so a key is never confused with another sentence's; a memo keyed by a text
 * whose value depends on nothing else (a span's words) is a `textMemo` (text/textMemo.ts).
 */
export interface SentenceMemo<K, V> {
  /** The value kept for `key`, or `make(key)` kept and returned. */
  get(key: K, make: (key: K) => V): V;
}

/** A key with its place in its story (a sentence's `id`), where it has one. */
export interface Numbered {
  readonly id?: number;
}

/**
 * A memo of `size` slots (a power of two) for keys numbered by their story: a key is kept in the slot of its `id`
 * modulo `size`, in place of the one there before, and found only there, by identity (a key of another story, or
 * one with no `id` — all in slot 0 — is never confused with the one kept). A map grows by doubling, and rehashing
 * every entry at the doubling cost one question ~3.5 ms at 16,384 entries and ~6.5 ms at 32,768 (CPU, on this
 * machine), then was cleared when full and grew again; the slots are made once, at their full size, and never
 * rehashed nor cleared, a key's value let go only when a sentence of the same slot is read.
 *
 * @example const words = sentenceSlots<StorySentence, string[]>(4); words.get(story.sentences[5], (s) => s.text.split(' '))
 */
export function sentenceSlots<K extends Numbered, V>(size: number): SentenceMemo<K, V> {
  if (size <= 0 || (size & (size - 1)) !== 0) throw new Error(`sentenceSlots: size ${size} is not a power of two`);
  const mask = size - 1;
  let keys: (K | undefined)[] | undefined;
  let values: (V | undefined)[] = [];
  return {
    get(key, make) {
      if (keys === undefined) {
        keys = new Array<K | undefined>(size).fill(undefined);
        values = new Array<V | undefined>(size).fill(undefined);
      }
      const slot = (key.id ?? 0) & mask;
      if (keys[slot] === key) return values[slot] as V;
      const value = make(key);
      keys[slot] = key;
      values[slot] = value;
      return value;
    },
  };
}

/** Sentences' entries (or slots) each memo keeps: about twice the distinct sentences 2,000 SQuAD questions read at 100k. */
export const SENTENCE_MEMO_SIZE = 65_536;
