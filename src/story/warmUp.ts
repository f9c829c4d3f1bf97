import type { Story } from './story.js';

/**
 * The first questions after a start (or a swap to a rebuilt story) pay for what the story makes once and
 * keeps: tables over every sentence that an answer of some kind reads (a second or more at 100,000
 * sentences), posting lists decoded from the snapshot's bytes. `warmStory` does that work beforehand, in
 * slices of a few milliseconds with a turn of the event loop between them, so a question that arrives
 * meanwhile waits at most one slice; what it needs and the warm-up has not reached yet it makes itself,
 * continuing where the warm-up stopped. Nothing a warm-up makes differs from what a question would make.
 */

/** One piece of warm-up work for a story: a generator that yields between small steps. */
export type Warmer = (story: Story) => Generator<void, void, void>;

const warmers: Warmer[] = [];

/** Adds work every warm-up does (in the order added), for the stories warmed from now on. */
export function addWarmer(warmer: Warmer): void {
  warmers.push(warmer);
}

/**
 * Wraps a derivation of a story, written as a generator that yields now and then, so that it runs once per
 * story: called, it runs to the end (from where a warm-up left it, if one started it) and its result is
 * kept while the story is live; a warm-up runs it in slices.
 */
export function slicedPerStory<T>(derive: (story: Story) => Generator<void, T, void>): (story: Story) => T {
  const made = new WeakMap<Story, { value: T }>();
  const started = new WeakMap<Story, Generator<void, T, void>>();
  /** One step of the story's derivation (started if need be); its value when that step was the last. */
  const step = (story: Story): { value: T } | undefined => {
    let run = started.get(story);
    if (!run) started.set(story, (run = derive(story)));
    let next: IteratorResult<void, T>;
    try {
      next = run.next();
    } catch (error) {
      // A generator that threw is finished: the next call starts the derivation again (and meets the same error).
      started.delete(story);
      throw error;
    }
    if (!next.done) return undefined;
    const value = { value: next.value };
    made.set(story, value);
    started.delete(story);
    return value;
  };
  addWarmer(function* (story) {
    while (!made.has(story) && !step(story)) yield;
  });
  return (story) => {
    let value = made.get(story);
    while (!value) value = step(story);
    return value.value;
  };
}

/** What a warm-up did. */
export interface WarmUpReport {
  /** Whether it ran to the end (false: stopped first). */
  finished: boolean;
  /** Milliseconds of work, and the longest slice (what a question arriving meanwhile could wait). */
  workMs: number;
  longestSliceMs: number;
  slices: number;
}

/** A warm-up under way. */
export interface WarmUp {
  /** Settles when it has finished or stopped. */
  done: Promise<WarmUpReport>;
  /** Stops it after the current slice (the story was replaced, or the process is stopping). */
  stop(): void;
}

/** Milliseconds of work in one slice, before the warm-up gives the event loop a turn. */
export const WARM_SLICE_MS = 4;

/**
 * Starts warming `story` (every registered warmer, in order) in slices of about `sliceMs` with a
 * `setImmediate` turn between them, so that input waiting on the event loop (a question) is served first.
 * A warmer that throws ends only itself (the question that needs the same work meets the same error).
 */
export function warmStory(story: Story, sliceMs = WARM_SLICE_MS): WarmUp {
  let stopped = false;
  const report: WarmUpReport = { finished: false, workMs: 0, longestSliceMs: 0, slices: 0 };
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const run = async (): Promise<WarmUpReport> => {
    const runs = warmers.map((w) => w(story));
    let at = 0;
    while (at < runs.length) {
      await turn();
      if (stopped) return report;
      const t0 = performance.now();
      let now = t0;
      // At least one step a slice; more while the slice has time left.
      do {
        try {
          if (runs[at]!.next().done) at += 1;
        } catch {
          at += 1;
        }
        now = performance.now();
      } while (at < runs.length && now - t0 < sliceMs);
      report.slices += 1;
      report.workMs += now - t0;
      report.longestSliceMs = Math.max(report.longestSliceMs, now - t0);
    }
    report.finished = true;
    return report;
  };
  return {
    done: run(),
    stop: () => {
      stopped = true;
    },
  };
}
