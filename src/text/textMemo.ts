/**
 * A bounded memo keyed by text (a word, a name, a sentence's text), its table made once at its full size. The memos of
 * the answer path kept their values in maps cleared when full: a map grows by doubling, and each doubling rehashes
 * every entry inside whatever question adds the entry that fills it (a first pass of 2,000 SQuAD questions at 100k:
 * 17 doublings of 4,096–32,768 entries inside questions, each 1–7 ms of CPU on a quiet machine, one question in a
 * hundred slowed by one). A text memo's slots are made at the first value kept, large enough for `size` keys at half
 * full, and never grown; it keeps exactly what such a map kept (the same keys, cleared at the same key), so a memo
 * moved to it makes its values as often as before.
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

/** Characters hashed at each end of a long text (`textHash`). */
const HASHED_END = 24;

/**
 * A hash of a text for its slot (FNV-1a, then mixed so that its low bits spread): of every character of a text up to
 * twice HASHED_END long, else of its length and its first and last HASHED_END characters — a sentence's text is keyed
 * too, and two texts of one hash are told apart by comparing them.
 *
 * @example textHash('Velden') === textHash('Velden') // → true
 */
export function textHash(text: string): number {
  const n = text.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  if (n <= 2 * HASHED_END) {
    for (let p = 0; p < n; p += 1) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  } else {
    for (let p = 0; p < HASHED_END; p += 1) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
    for (let p = n - HASHED_END; p < n; p += 1) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Open addressing over slots a power of two long, at most half full; a key's hash kept beside it. */
class TextSlots<V> implements TextMemo<V> {
  readonly #limit: number;
  readonly #length: number;
  #keys: (string | undefined)[] = [];
  #values: (V | undefined)[] = [];
  #hashes = new Int32Array(0);
  #size = 0;

  constructor(limit: number) {
    this.#limit = limit;
    let length = 2;
    while (length < limit * 2) length *= 2;
    this.#length = length;
  }

  get size(): number {
    return this.#size;
  }

  get(key: string, make: (key: string) => V): V {
    const hash = textHash(key);
    const at = this.#slotOf(key, hash);
    if (at >= 0 && this.#keys[at] !== undefined) return this.#values[at] as V;
    const value = make(key);
    this.#keep(key, hash, value);
    return value;
  }

  find<A>(key: string, absent: A): V | A {
    const at = this.#slotOf(key, textHash(key));
    return at >= 0 && this.#keys[at] !== undefined ? (this.#values[at] as V) : absent;
  }

  /** The slot holding `key`, or the free slot where it would go; -1 before the slots are made. */
  #slotOf(key: string, hash: number): number {
    const keys = this.#keys;
    if (keys.length === 0) return -1;
    const mask = this.#length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const kept = keys[at];
      if (kept === undefined || (this.#hashes[at] === hash && kept === key)) return at;
    }
  }

  /** Keeps `value` for `key` (made by now: `make` may have kept values of its own), clearing the slots when full. */
  #keep(key: string, hash: number, value: V): void {
    if (this.#keys.length === 0) {
      this.#keys = new Array<string | undefined>(this.#length).fill(undefined);
      this.#values = new Array<V | undefined>(this.#length).fill(undefined);
      this.#hashes = new Int32Array(this.#length);
    }
    let at = this.#slotOf(key, hash);
    if (this.#keys[at] === undefined) {
      if (this.#size >= this.#limit) {
        this.#keys.fill(undefined);
        this.#values.fill(undefined);
        this.#size = 0;
        at = this.#slotOf(key, hash);
      }
      this.#keys[at] = key;
      this.#hashes[at] = hash;
      this.#size += 1;
    }
    this.#values[at] = value;
  }
}
