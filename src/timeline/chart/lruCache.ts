/** A small least-recently-used cache bounded by entry count and by total size. */

/** Limits of an {@link LruCache}. */
export interface LruLimits {
  /** Most entries kept. */
  maxEntries: number;
  /** Most total size kept, as measured by the `sizeOf` given to the cache. */
  maxSize: number;
}

/**
 * Keeps the most recently used values; reading a value makes it the most recent. When either limit is passed the
 * least recently used entries are dropped. A single value larger than `maxSize` is not kept.
 *
 * @example const c = new LruCache<string>({ maxEntries: 2, maxSize: Infinity }, () => 1); c.set('a', 'x'); c.get('a') // 'x'
 */
export class LruCache<V> {
  readonly #entries = new Map<string, { value: V; size: number }>();
  #size = 0;

  constructor(
    private readonly limits: LruLimits,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** The value for `key`, now the most recent; undefined when absent. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** The value for `key` without making it the most recent. */
  peek(key: string): V | undefined {
    return this.#entries.get(key)?.value;
  }

  /** Stores `value` as the most recent, dropping the least recent entries past the limits. */
  set(key: string, value: V): void {
    this.delete(key);
    const size = this.sizeOf(value);
    if (size > this.limits.maxSize) return;
    this.#entries.set(key, { value, size });
    this.#size += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= this.limits.maxEntries && this.#size <= this.limits.maxSize) break;
      this.#entries.delete(oldest);
      this.#size -= entry.size;
    }
  }

  /** Forgets `key`. */
  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#size -= entry.size;
  }

  /** Entries kept. */
  get count(): number {
    return this.#entries.size;
  }

  /** Total size kept. */
  get size(): number {
    return this.#size;
  }

  /** Forgets everything. */
  clear(): void {
    this.#entries.clear();
    this.#size = 0;
  }
}
