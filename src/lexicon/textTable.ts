import { spanHash } from '../text/spanTable.js';

/**
 * A JSON object of strings to strings (the lexicon's generated tables: `JSON.stringify` of such an object, no escapes),
 * looked up in its own text: its keys are found by `spanHash` in a table of their places, and a value is sliced out
 * when asked for, so no object of ~100k properties is made. Loading noun-classes.json (2.2 MB; every thread that reads
 * a sentence loads it: a build's two reading threads each) and related-words.json (3.1 MB; the people or timeline
 * stage), first use CPU in a fresh process, three runs: 83–150 → 41–45 ms and 118–130 → 21–42 ms; the four large
 * tables held 20.8 MB of heap parsed, 7.4 MB as text and slots.
 *
 * @example
 * const table = TextTable.parse('{"ferry":"boat ship","dawn":""}');
 * table.get('ferry') // → 'boat ship'
 * table.has('dawn') // → true
 */
export class TextTable {
  /** Per slot, 1 + the place in the text of a key's first character; 0 for none. A power of two long, under half full. */
  #slots: Int32Array;
  /** Per slot, its key's `spanHash`. */
  #hashes: Int32Array;

  private constructor(readonly text: string) {
    // Slots for every key the text may hold from the start (each key `parse` puts is followed by its own `":"`): the
    // table is never grown, its keys never placed again (grown from 1,024 slots, each key was placed about twice).
    let keys = 0;
    for (let at = text.indexOf('":"'); at >= 0; at = text.indexOf('":"', at + 3)) keys += 1;
    let size = 1024;
    while (size < 2 * keys) size *= 2;
    this.#slots = new Int32Array(size);
    this.#hashes = new Int32Array(size);
  }

  /** The table of a JSON object of strings written without white space, escapes or a key twice; throws on any other text. */
  static parse(text: string): TextTable {
    const table = new TextTable(text);
    const end = text.trimEnd().length;
    const fail = (at: number): never => {
      throw new Error(`TextTable: not a plain JSON object of strings (at character ${at})`);
    };
    if (text.includes('\\')) fail(text.indexOf('\\'));
    if (text.charCodeAt(0) !== OPEN || text.charCodeAt(end - 1) !== CLOSE) fail(0);
    let at = 1;
    if (end === 2) return table;
    for (;;) {
      if (text.charCodeAt(at) !== QUOTE) fail(at);
      const keyEnd = text.indexOf('"', at + 1);
      if (keyEnd < 0 || text.charCodeAt(keyEnd + 1) !== COLON || text.charCodeAt(keyEnd + 2) !== QUOTE) fail(at);
      const valueEnd = text.indexOf('"', keyEnd + 3);
      if (valueEnd < 0) fail(keyEnd);
      if (!table.#put(at + 1, keyEnd)) fail(at);
      at = valueEnd + 2;
      const after = text.charCodeAt(valueEnd + 1);
      if (after === CLOSE && at === end) return table;
      if (after !== COMMA) fail(valueEnd + 1);
    }
  }

  /** The value of `key`, or undefined when the table has no such key. */
  get(key: string): string | undefined {
    const at = this.#find(key);
    if (at < 0) return undefined;
    const from = at + key.length + 3;
    return this.text.slice(from, this.text.indexOf('"', from));
  }

  has(key: string): boolean {
    return this.#find(key) >= 0;
  }

  /** Visits every key and its value, in the order the text gives them. */
  forEach(visit: (value: string, key: string) => void): void {
    const { text } = this;
    const end = text.trimEnd().length;
    for (let at = 1; at + 1 < end; ) {
      const keyEnd = text.indexOf('"', at + 1);
      const valueEnd = text.indexOf('"', keyEnd + 3);
      visit(text.slice(keyEnd + 3, valueEnd), text.slice(at + 1, keyEnd));
      at = valueEnd + 2;
    }
  }

  /** Where in the text `key` is written (its first character), or -1. */
  #find(key: string): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    const length = key.length;
    const hash = spanHash(key, 0, length);
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const slot = slots[s]!;
      if (slot === 0) return -1;
      if (this.#hashes[s] === hash && this.#holds(slot - 1, key, 0, length)) return slot - 1;
    }
  }

  /** Whether the key written at `at` is `source[from … from + length)`. */
  #holds(at: number, source: string, from: number, length: number): boolean {
    const { text } = this;
    if (text.charCodeAt(at + length) !== QUOTE) return false;
    let k = 0;
    while (k < length && source.charCodeAt(from + k) === text.charCodeAt(at + k)) k += 1;
    return k === length;
  }

  /** Adds the key `text[from … to)`; false when the table holds it already. */
  #put(from: number, to: number): boolean {
    const hash = spanHash(this.text, from, to);
    const slots = this.#slots;
    const mask = slots.length - 1;
    const length = to - from;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const slot = slots[s]!;
      if (slot === 0) {
        slots[s] = from + 1;
        this.#hashes[s] = hash;
        return true;
      }
      if (this.#hashes[s] === hash && this.#holds(slot - 1, this.text, from, length)) return false;
    }
  }
}

const OPEN = 0x7b;
const CLOSE = 0x7d;
const QUOTE = 0x22;
const COLON = 0x3a;
const COMMA = 0x2c;
