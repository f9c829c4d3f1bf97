/**
 * Words found by their place in a text, without making a string of them: a hash of a span's characters, and a table
 * that numbers words and finds one by the span that writes it.
 */

/**
 * A hash of the characters `text[start … end)` (FNV-1a, then mixed so that its low bits spread).
 *
 * @example spanHash('the stock', 4, 9) === spanHash('stock', 0, 5) // → true
 */
export function spanHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let p = start; p < end; p += 1) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** An Int32Array indexed by a number that grows to hold any index it is given (zeros where nothing was written). */
export function grownTo(values: Int32Array<ArrayBuffer>, index: number): Int32Array<ArrayBuffer> {
  if (index < values.length) return values;
  const more = new Int32Array(Math.max(values.length * 2, index + 1));
  more.set(values);
  return more;
}

/**
 * Words numbered in the order they are added, found again by a span of a text that writes them (`find`): open
 * addressing keyed by `spanHash`, the slots at most half full. Numbers are never reused; `keepOnly` forgets words
 * (their numbers stay given) so a table fed an endless stream of words stays bounded.
 *
 * @example const t = new SpanTable(); t.add('stock', spanHash('stock', 0, 5)); t.find('the stock', 4, 9, spanHash('the stock', 4, 9)) // → 0
 */
export class SpanTable {
  /** By word number: the word, while it is remembered. */
  readonly words: (string | undefined)[] = [];
  /** By word number: its `spanHash`. */
  hashes: Int32Array<ArrayBuffer>;
  /** 1 + a word number per slot, 0 for none; a power of two long. */
  slots: Int32Array<ArrayBuffer>;
  /** How many words the slots hold. */
  size = 0;
  /** How many numbers have been given. */
  count = 0;

  /**
   * A table with room for `room` words before its slots grow (each growth places every word again): a table that is
   * cleared by making a new one when it holds so many is never grown.
   */
  constructor(room = 512) {
    let length = 1024;
    while (length < room * 2) length *= 2;
    this.hashes = new Int32Array(Math.max(1024, room));
    this.slots = new Int32Array(length);
  }

  /** The number of the word `text[start … end)` (whose `spanHash` is `hash`), or -1 when it is not remembered. */
  find(text: string, start: number, end: number, hash: number): number {
    const { slots, hashes, words } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = slots[at]!;
      if (slot === 0) return -1;
      const number = slot - 1;
      if (hashes[number] !== hash) continue;
      const word = words[number]!;
      if (word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === text.charCodeAt(start + k)) k += 1;
      if (k === length) return number;
    }
  }

  /** Numbers a new word whose `spanHash` is `hash`. */
  add(word: string, hash: number): number {
    const number = this.count;
    this.count += 1;
    this.hashes = grownTo(this.hashes, number);
    this.hashes[number] = hash;
    this.words[number] = word;
    if ((this.size + 1) * 2 > this.slots.length) this.#slotsFor(this.slots.length * 2, this.#remembered());
    this.#place(number);
    return number;
  }

  /** Forgets every word but those numbered in `keep`. */
  keepOnly(keep: ReadonlySet<number>): void {
    // Forgotten in place: the list stays dense (set afresh from the kept numbers, V8 would hold it as a dictionary).
    for (const number of this.#remembered()) if (!keep.has(number)) this.words[number] = undefined;
    let length = 1024;
    while (keep.size * 2 > length) length *= 2;
    this.#slotsFor(length, [...keep]);
  }

  /** The numbers of the words the slots hold. */
  #remembered(): number[] {
    const numbers: number[] = [];
    for (const slot of this.slots) if (slot !== 0) numbers.push(slot - 1);
    return numbers;
  }

  /** New slots of `length` holding `numbers`. */
  #slotsFor(length: number, numbers: readonly number[]): void {
    this.slots = new Int32Array(length);
    this.size = 0;
    for (const number of numbers) this.#place(number);
  }

  /** Puts word `number` in the first free slot from its hash's. */
  #place(number: number): void {
    const mask = this.slots.length - 1;
    let at = this.hashes[number]! & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = number + 1;
    this.size += 1;
  }
}
