import type { Token } from '../nlp/entities.js';
import { ByteWriter } from './byteStreams.js';
import { TokenColumns, tokenFits, writeSentenceTokens } from './tokenColumns.js';

/**
 * The build's sentences' tokens, held as the snapshot holds them (`tokenColumns.ts`: about five bytes a
 * token, outside the JavaScript heap) rather than as objects (about a hundred bytes a token on the heap:
 * the object, its slot in the list, its text). At a million sentences the token objects were most of the
 * build's heap, and the garbage collector's work near the heap's limit was most of the later stages' time.
 *
 * Each sentence given to the store (`give`) gets a `tokens` property that makes its tokens from the columns
 * when read. While the story is being built a read does not keep them (the later stages read each sentence
 * a few times; a small cache keeps the latest); once the build is over (`keep`) the first read keeps them
 * as a plain value, as a story loaded from its snapshot does. `withoutKeeping` reads without keeping even
 * then (the snapshot's writer reads every sentence's tokens once).
 */
export class TokenStore {
  readonly #data = new ByteWriter(1 << 16);
  readonly #tags = new Map<string, number>();
  readonly #stringIds = new Map<string, number>();
  readonly #strings: string[] = [];
  #tokenCounts = new Uint32Array(1024);
  #offsets = new Float64Array(1025);
  #count = 0;
  #columns: TokenColumns | undefined;
  #keep = false;
  /** The latest sentences read while not keeping, by id modulo their number. */
  readonly #cachedIds = new Int32Array(CACHED).fill(-1);
  readonly #cached: (Token[] | undefined)[] = new Array(CACHED);
  readonly #stringId = (s: string): number => {
    let id = this.#stringIds.get(s);
    if (id === undefined) {
      id = this.#strings.length;
      this.#strings.push(s);
      this.#stringIds.set(s, id);
    }
    return id;
  };
  readonly #property: PropertyDescriptor;

  constructor() {
    const store = this;
    this.#property = {
      configurable: true,
      enumerable: true,
      get(this: { id: number; text: string }) {
        return store.#read(this);
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, 'tokens', { value, writable: true, configurable: true, enumerable: true });
      },
    };
  }

  /**
   * Takes sentence `sentence.id`'s tokens (sentences come in order of their ids: 0, 1, 2 …, as the build
   * numbers them) and gives the sentence its `tokens` property. Tokens with fields the columns do not hold
   * stay on the sentence as they are.
   */
  give(sentence: { id: number; text: string }, tokens: Token[]): void {
    if (sentence.id !== this.#count) throw new Error(`tokenStore: sentence ${sentence.id} given as number ${this.#count}`);
    const fits = tokenFits(tokens);
    if (this.#count === this.#tokenCounts.length) this.#grow();
    const before = this.#data.length;
    if (fits) writeSentenceTokens(tokens, sentence.text, this.#data, this.#tags, this.#stringId);
    this.#tokenCounts[this.#count] = fits ? tokens.length : 0;
    this.#offsets[this.#count + 1] = this.#offsets[this.#count]! + (this.#data.length - before);
    this.#count += 1;
    this.#columns = undefined;
    if (fits) Object.defineProperty(sentence, 'tokens', this.#property);
    else Object.defineProperty(sentence, 'tokens', { value: tokens, writable: true, configurable: true, enumerable: true });
  }

  /** From now on a sentence's tokens are kept once read (the build is over: the story is served). */
  keep(): void {
    this.#keep = true;
    this.#cached.fill(undefined);
    this.#cachedIds.fill(-1);
  }

  #grow(): void {
    const counts = new Uint32Array(this.#tokenCounts.length * 2);
    counts.set(this.#tokenCounts);
    this.#tokenCounts = counts;
    const offsets = new Float64Array(counts.length + 1);
    offsets.set(this.#offsets);
    this.#offsets = offsets;
  }

  /** The columns over what has been given so far (made again after each `give`, without copying). */
  #columnsNow(): TokenColumns {
    if (!this.#columns) {
      const tags = [...this.#tags.keys()];
      this.#columns = TokenColumns.of(this.#count, tags, this.#tokenCounts, this.#offsets, this.#data.view(), this.#strings);
    }
    return this.#columns;
  }

  #read(sentence: { id: number; text: string }): Token[] {
    const { id } = sentence;
    if (this.#keep && readsKeep()) {
      const tokens = this.#columnsNow().tokensOf(id, sentence.text);
      Object.defineProperty(sentence, 'tokens', { value: tokens, writable: true, configurable: true, enumerable: true });
      return tokens;
    }
    const slot = id % CACHED;
    if (this.#cachedIds[slot] === id) return this.#cached[slot]!;
    const tokens = this.#columnsNow().tokensOf(id, sentence.text);
    this.#cachedIds[slot] = id;
    this.#cached[slot] = tokens;
    return tokens;
  }
}

/** Sentences whose tokens a store keeps made while not keeping (a power of two). */
const CACHED = 64;

/** Above 0 while `withoutKeeping` runs: reads do not keep tokens. */
let keeping = 0;

/** Whether a read now keeps what it makes (no `withoutKeeping` is running). */
export function readsKeep(): boolean {
  return keeping === 0;
}

/** Runs `read` (synchronous) with every store's sentences read without keeping their tokens. */
export function withoutKeeping<T>(read: () => T): T {
  keeping += 1;
  try {
    return read();
  } finally {
    keeping -= 1;
  }
}
