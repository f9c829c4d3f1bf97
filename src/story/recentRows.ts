import { getHeapStatistics } from 'node:v8';

/** Heap that news-length sentences' tokens and entities take, about, per sentence once made. */
const TOKEN_BYTES_A_SENTENCE = 3_000;

/** The share of the process's heap limit a story's kept tokens and entities may fill. */
const TOKEN_HEAP_SHARE = 0.1;

/**
 * The largest story whose sentences keep their tokens once made (and whose warm-up makes every sentence's tokens and
 * entities): a tenth of the heap limit at about 3 KB a sentence (some 145,000 sentences, 435 MB, with Node's default
 * limit of about 4.3 GB on a 24 GB machine). A larger story's sentences make their tokens when an answer reads them and
 * hold only the latest {@link RECENT_SENTENCES}' (see `keepsMadeValues`): kept, every sentence a question's candidates
 * first reach left its tokens behind for good — at 500,000 sentences 261 MB in a first pass of 2,000 questions, young
 * objects each of the pass's scavenges copied and then promoted (the pass's minor collections 1.8 s at 100,000
 * sentences, 2.9 s at 500,000) — and a bot answering long enough would fill its heap with them.
 */
export const KEPT_SENTENCES_MAX = Math.floor((getHeapStatistics().heap_size_limit * TOKEN_HEAP_SHARE) / TOKEN_BYTES_A_SENTENCE);

/**
 * Sentences whose tokens a story of more than {@link KEPT_SENTENCES_MAX} sentences holds (a power of two): an answer
 * reads the tokens of its 40 candidates, a few times each, so one question's fit with few slots shared, and the lists
 * are let go young (about 1.5 MB held).
 */
export const RECENT_SENTENCES = 512;

/** Whether a story of `sentences` sentences keeps each sentence's tokens once made (else it holds the latest: RecentRows). */
export function keepsMadeValues(sentences: number): boolean {
  return sentences <= KEPT_SENTENCES_MAX;
}

/**
 * The values made for the latest rows read, by row number modulo their number (`size`, a power of two): a row read
 * again before another of the same slot is finds its value here.
 *
 * @example const recent = new RecentRows<string>(4); recent.set(5, 'a'); recent.get(5) // → 'a'; recent.get(1) // → undefined
 */
export class RecentRows<T> {
  readonly #ids: Int32Array;
  readonly #values: (T | undefined)[];
  readonly #mask: number;

  constructor(size: number) {
    if (size <= 0 || (size & (size - 1)) !== 0) throw new Error(`recentRows: size ${size} is not a power of two`);
    this.#ids = new Int32Array(size).fill(-1);
    this.#values = new Array(size);
    this.#mask = size - 1;
  }

  /** Row `id`'s value, if it is held. */
  get(id: number): T | undefined {
    const slot = id & this.#mask;
    return this.#ids[slot] === id ? this.#values[slot] : undefined;
  }

  /** Holds row `id`'s value (in place of the one of its slot). */
  set(id: number, value: T): void {
    const slot = id & this.#mask;
    this.#ids[slot] = id;
    this.#values[slot] = value;
  }

  /** Lets row `id`'s value go (what it was made from has changed). */
  forget(id: number): void {
    if (this.#ids[id & this.#mask] === id) this.#ids[id & this.#mask] = -1;
  }

  /** Lets every value go. */
  clear(): void {
    this.#ids.fill(-1);
    this.#values.fill(undefined);
  }
}
