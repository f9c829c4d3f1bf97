/**
 * A bounded memo of what the answer path works out of one sentence whatever the question: the extractor reads
 * the same candidate sentences for every question that finds them, and finding their name runs, noun-phrase
 * chunks and figure ranges anew each time was most of what an answer allocated. Keyed by an object the story
 * keeps (a sentence or its token list), so a key is never confused with another sentence's, or by a text whose
 * value depends on nothing else (a span's words); cleared when full
 * (as termMemo's memos are), so memory stays bounded however many sentences a story holds.
 */
export interface SentenceMemo<K, V> {
  /** The value kept for `key`, or `make(key)` kept and returned. */
  get(key: K, make: (key: K) => V): V;
}

/**
 * A memo holding up to `size` keys.
 *
 * @example const lengths = sentenceMemo<readonly string[], number>(2); lengths.get(words, (w) => w.length)
 */
export function sentenceMemo<K, V>(size: number): SentenceMemo<K, V> {
  const kept = new Map<K, V>();
  return {
    get(key, make) {
      const known = kept.get(key);
      if (known !== undefined) return known;
      const value = make(key);
      if (kept.size >= size) kept.clear();
      kept.set(key, value);
      return value;
    },
  };
}

/** Sentences' entries each memo keeps: about twice the distinct sentences 2,000 SQuAD questions read at 100k. */
export const SENTENCE_MEMO_SIZE = 65_536;
