/** Sentences whose values a property keeps made while not keeping (a power of two). */
const CACHED = 64;

/** A sentence as the stores read it: its id and its text. */
type Read = { id: number; text: string };

/**
 * A sentence property (`tokens`, `entities`) whose value a store makes from its bytes when it is read. While
 * the story is being built a read does not keep what it makes (the later stages read each sentence a few
 * times; a small cache keeps the latest); once the build is over (`keep`) the first read keeps it as a plain
 * value, as a story loaded from its snapshot does. `withoutKeeping` reads without keeping even then.
 */
export class MadeOnRead<T> {
  #keep = false;
  /** The latest sentences read while not keeping, by id modulo their number. */
  readonly #cachedIds = new Int32Array(CACHED).fill(-1);
  readonly #cached: (T | undefined)[] = new Array(CACHED);
  readonly #property: PropertyDescriptor;

  constructor(
    readonly key: string,
    make: (sentence: Read) => T,
  ) {
    const read = (sentence: Read): T => {
      if (this.#keep && readsKeep()) {
        const value = make(sentence);
        this.plain(sentence, value);
        return value;
      }
      const slot = sentence.id % CACHED;
      if (this.#cachedIds[slot] === sentence.id) return this.#cached[slot]!;
      const value = make(sentence);
      this.#cachedIds[slot] = sentence.id;
      this.#cached[slot] = value;
      return value;
    };
    this.#property = {
      configurable: true,
      enumerable: true,
      get(this: Read) {
        return read(this);
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, key, { value, writable: true, configurable: true, enumerable: true });
      },
    };
  }

  /** Gives `sentence` the property made on read. */
  attach(sentence: object): void {
    Object.defineProperty(sentence, this.key, this.#property);
  }

  /** Whether `sentence` has the property made on read. */
  attached(sentence: object): boolean {
    return Object.getOwnPropertyDescriptor(sentence, this.key)?.get === this.#property.get;
  }

  /** Gives `sentence` the property as a plain value. */
  plain(sentence: object, value: T): void {
    Object.defineProperty(sentence, this.key, { value, writable: true, configurable: true, enumerable: true });
  }

  /** Drops sentence `id`'s cached value (what it was made from has changed). */
  forget(id: number): void {
    if (this.#cachedIds[id % CACHED] === id) this.#cachedIds[id % CACHED] = -1;
  }

  /** From now on a value is kept once read (the build is over: the story is served). */
  keep(): void {
    this.#keep = true;
    this.#cached.fill(undefined);
    this.#cachedIds.fill(-1);
  }
}

/** Above 0 while `withoutKeeping` runs: reads do not keep what they make. */
let keeping = 0;

function readsKeep(): boolean {
  return keeping === 0;
}

/** Runs `read` (synchronous) with every store's sentences read without keeping what is made. */
export function withoutKeeping<T>(read: () => T): T {
  keeping += 1;
  try {
    return read();
  } finally {
    keeping -= 1;
  }
}
