/**
 * Per-user rate limit: at most `limit` questions in any `windowMs` (a sliding window).
 *
 * @example const c = new Cooldown(5, 30_000); c.take('u1') // → 0 (allowed), or ms to wait
 */
export class Cooldown {
  readonly #hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a question by `user` and returns 0, or, when over the limit, how many ms until they may ask again (nothing recorded). */
  take(user: string): number {
    const now = this.now();
    const recent = (this.#hits.get(user) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.#hits.set(user, recent);
      return this.windowMs - (now - recent[0]!);
    }
    recent.push(now);
    this.#hits.set(user, recent);
    if (this.#hits.size > 10_000) this.#sweep(now);
    return 0;
  }

  #sweep(now: number): void {
    for (const [user, hits] of this.#hits) if (hits.every((t) => now - t >= this.windowMs)) this.#hits.delete(user);
  }
}

/** A ceiling on work in flight: `run` waits for a free slot. */
export class ConcurrencyLimit {
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(readonly max: number) {}

  get active(): number {
    return this.#active;
  }

  /** Whether `run` would start a task at once, without waiting for a slot. */
  get free(): boolean {
    return this.#active < this.max;
  }

  /** Tasks waiting for a slot. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * How long a task arriving now would wait before it starts, in ms: the tasks ahead of it times the
   * recent mean task time (the tasks share one event loop, so they run one after another).
   */
  get expectedWaitMs(): number {
    return (this.#active + this.#waiting.length) * this.#meanMs;
  }

  #meanMs = 5;

  /**
   * Runs `task` in a slot, waiting for one when all are taken. Every task starts on a later turn of the
   * event loop — the first ones too, and each waiter handed a slot — so a burst of arrivals is all received
   * (and acknowledged) before it is computed, and network events are served between two tasks instead of
   * after a whole queue of them.
   */
  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finishing task hands its slot straight to the next waiter (the count never drops in between),
    // so a caller arriving before the waiter resumes cannot take the same slot and exceed `max`.
    if (this.#active >= this.max) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else {
      this.#active += 1;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const started = performance.now();
    try {
      return await task();
    } finally {
      this.#meanMs = 0.9 * this.#meanMs + 0.1 * (performance.now() - started);
      const next = this.#waiting.shift();
      if (next) setImmediate(next);
      else this.#active -= 1;
    }
  }
}
