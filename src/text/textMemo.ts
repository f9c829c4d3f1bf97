/**
 * A bounded memo keyed by text (a word, a name, a sentence's text), its table made once at its full size. The memos of
 * the answer path kept their values in maps cleared when full: a map grows by doubling, and each doubling rehashes
 * every entry inside whatever question adds the entry that fills it (a first pass of 2,000 SQuAD questions at 100k,
 * after the warm-up: 17 doublings of 4,096–32,768 entries inside questions, one question in a hundred slowed by one;
 * a doubling at 16,384 entries cost ~3.5 ms of CPU, see sentenceSlots). A text memo's slots are made at the first value
 * kept, large enough for `size` keys at half full, and never grown; it keeps exactly what such a map kept (the same
 * keys, cleared at the same key), so a memo moved to it makes its values as often as before. A look-up hashes the text
 * in JavaScript, where a map reads the hash V8 keeps on the string: about twice a map's time for a word met again
 * (~0.2 against ~0.1 µs), so a memo asked thousands of times a question (`termOf`'s) stays a map.
 */

/** A memo of values by text. */
export interface TextMemo<V> {
  /** The value kept for `key`, or `make(key)` kept and returned. */
  get(key: string, make: (key: string) => V): V;
  /** Whether a value is kept for `key`, and which: the value, or `absent` when none is (nothing kept). */
  find<A>(key: string, absent: A): V | A;
  /** How many keys it keeps now. */
  readonly size: number;
}

/**
 * A memo holding up to `size` texts: the `size + 1`th new text clears it (as a map cleared when full would be) and is
 * the first kept after.
 *
 * @example const lengths = textMemo<number>(1_024); lengths.get('Tolly mill', (t) => t.length) // → 10
 */
export function textMemo<V>(size: number): TextMemo<V> {
  if (!(size >= 1)) throw new Error(`textMemo: size ${size} is not a positive count`);
  return new TextSlots<V>(size);
}

/** Characters hashed of a long text (`textHash`): its first and last HASHED_END, and as many spread between. */
const HASHED_END = 8;
const HASHED = 4 * HASHED_END;

/**
 * A hash of a text for its slot (FNV-1a, then mixed so that its low bits spread): of every character of a text up to
 * HASHED long, else of its length, its first and last HASHED_END characters and 2 × HASHED_END spread between — a
 * sentence's text is keyed too, and reading all of it for each look-up cost more than the look-up; two texts of one
 * hash are told apart by comparing them.
 *
 * @example textHash('Velden') === textHash('Velden') // → true
 */
export function textHash(text: string): number {
  const n = text.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  if (n <= HASHED) {
    for (let p = 0; p < n; p += 1) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  } else {
    for (let p = 0; p < HASHED_END; p += 1) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
    const step = (n - 2 * HASHED_END) / (2 * HASHED_END);
    for (let k = 0; k < 2 * HASHED_END; k += 1) h = Math.imul(h ^ text.charCodeAt(HASHED_END + Math.floor(k * step)), 0x01000193);
    for (let p = n - HASHED_END; p < n; p += 1) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * Open addressing over slots a power of two in number, at most half full, each slot a key and its value side by side in
 * one list (one read of memory finds both; keys told apart by comparing them, a different text seldom past its first
 * characters).
 */
class TextSlots<V> implements TextMemo<V> {
  readonly #limit: number;
  readonly #slots: number;
  /** Slot k's key at 2k (undefined: free), its value at 2k + 1; empty until the first value is kept. */
  #entries: (string | V | undefined)[] = [];
  #size = 0;

  constructor(limit: number) {
    this.#limit = limit;
    let slots = 2;
    while (slots < limit * 2) slots *= 2;
    this.#slots = slots;
  }

  get size(): number {
    return this.#size;
  }

  get(key: string, make: (key: string) => V): V {
    const at = this.#slotOf(key);
    if (at >= 0 && this.#entries[at] !== undefined) return this.#entries[at + 1] as V;
    const value = make(key);
    this.#keep(key, value);
    return value;
  }

  find<A>(key: string, absent: A): V | A {
    const at = this.#slotOf(key);
    return at >= 0 && this.#entries[at] !== undefined ? (this.#entries[at + 1] as V) : absent;
  }

  /** Where the slot holding `key` starts in the entries, or the free slot where it would go; -1 before they are made. */
  #slotOf(key: string): number {
    const entries = this.#entries;
    if (entries.length === 0) return -1;
    const mask = this.#slots - 1;
    for (let slot = textHash(key) & mask; ; slot = (slot + 1) & mask) {
      const kept = entries[2 * slot];
      if (kept === undefined || kept === key) return 2 * slot;
    }
  }

  /** Keeps `value` for `key` (made by now: `make` may have kept values of its own), clearing the slots when full. */
  #keep(key: string, value: V): void {
    if (this.#entries.length === 0) this.#entries = new Array<string | V | undefined>(2 * this.#slots).fill(undefined);
    let at = this.#slotOf(key);
    if (this.#entries[at] === undefined) {
      if (this.#size >= this.#limit) {
        this.#entries.fill(undefined);
        this.#size = 0;
        at = this.#slotOf(key);
      }
      this.#entries[at] = key;
      this.#size += 1;
    }
    this.#entries[at + 1] = value;
  }
}
