import { RecentRows } from './recentRows.js';

/** Sentences whose values a property keeps made while not keeping, during the build (a power of two). */
const CACHED = 64;

/** A sentence as the stores read it: its id and its text. */
type Read = { id: number; text: string };

/**
 * A sentence property (`tokens`, `entities`) whose value a store makes from its bytes when it is read. While
 * the story is being built a read does not keep what it makes (the later stages read each sentence a few
 * times; a small cache keeps the latest); once the build is over (`keep`) the first read keeps it as a plain
 * value, as a story loaded from its snapshot does, or, in a story too large to keep them all (`holdRecent`), a larger
 * cache holds the latest. `withoutKeeping` reads without keeping even then.
 */
export class MadeOnRead<T> {
  #keep = false;
  /** The latest sentences read while not keeping. */
  #recent = new RecentRows<T>(CACHED);
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
      const held = this.#recent.get(sentence.id);
      if (held !== undefined) return held;
      const value = make(sentence);
      this.#recent.set(sentence.id, value);
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
    this.#recent.forget(id);
  }

  /** From now on a value is kept once read (the build is over: the story is served). */
  keep(): void {
    this.#keep = true;
    this.#recent.clear();
  }

  /** From now on the latest `size` sentences' values are held, none kept (the story is served, too large to keep them all). */
  holdRecent(size: number): void {
    this.#recent = new RecentRows<T>(size);
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
