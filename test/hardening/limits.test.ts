/**
 * The two limits of src/bot/cooldown.ts as properties: ConcurrencyLimit never runs more than `max` tasks
 * at once, whatever the interleaving (fast-check's scheduler picks it), and frees its slot when a task
 * fails; Cooldown lets at most `limit` questions through per user in any window, refuses only when the
 * window is full, and its "try again in" is exact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConcurrencyLimit, Cooldown } from '../../src/bot/cooldown.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);

describe('ConcurrencyLimit', () => {
  it('never exceeds max, under any interleaving of arrivals, steps and failures; every task settles', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.record({ steps: fc.nat(3), fails: fc.boolean() }), { minLength: 1, maxLength: 16 }),
        async (s, max, tasks) => {
          const limit = new ConcurrencyLimit(max);
          let running = 0;
          let peak = 0;
          const runs = tasks.map((task, i) =>
            s.schedule(Promise.resolve(), `arrive ${i}`).then(() =>
              limit.run(async () => {
                running += 1;
                peak = Math.max(peak, running, limit.active);
                try {
                  for (let k = 0; k < task.steps; k += 1) await s.schedule(Promise.resolve(), `step ${i}.${k}`);
                  if (task.fails) throw new Error(`task ${i} failed`);
                  return i;
                } finally {
                  running -= 1;
                }
              }),
            ),
          );
          const settled = await s.waitFor(Promise.allSettled(runs));
          expect(peak).toBeLessThanOrEqual(max);
          expect(settled.map((r) => r.status)).toEqual(tasks.map((t) => (t.fails ? 'rejected' : 'fulfilled')));
          expect(limit.active).toBe(0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never exceeds max when arrivals and task ends interleave within one microtask flush', async () => {
    const hops = async (n: number) => {
      for (let k = 0; k < n; k += 1) await Promise.resolve();
    };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.record({ delay: fc.nat(12), work: fc.nat(12), fails: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        async (max, tasks) => {
          const limit = new ConcurrencyLimit(max);
          let running = 0;
          let peak = 0;
          const runs = tasks.map((t, i) =>
            hops(t.delay).then(() =>
              limit.run(async () => {
                running += 1;
                peak = Math.max(peak, running, limit.active);
                await hops(t.work);
                running -= 1;
                if (t.fails) throw new Error(`task ${i} failed`);
              }),
            ),
          );
          await Promise.allSettled(runs);
          expect(peak).toBeLessThanOrEqual(max);
          expect(limit.active).toBe(0);
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });

  it('a caller arriving between a task’s end and the next waiter’s start cannot take the same slot (regression)', async () => {
    const limit = new ConcurrencyLimit(1);
    let running = 0;
    let peak = 0;
    const task = async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
    };
    let finishFirst: (() => void) | undefined;
    const first = limit.run(() => new Promise<void>((r) => (finishFirst = r)));
    const waiting = limit.run(task);
    // A task starts on a later turn of the event loop: wait until the first one has.
    while (!finishFirst) await new Promise((r) => setImmediate(r));
    finishFirst!();
    // Queued right behind the first task's completion, ahead of the waiter's resumption.
    const late = Promise.resolve().then(() => limit.run(task));
    await Promise.all([first, waiting, late]);
    expect(peak).toBe(1);
    expect(limit.active).toBe(0);
  });
});

describe('Cooldown', () => {
  it('at most `limit` per user in any window; refuses only a full window; "try again in" is exact', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 60 }).map((s) => s * 1000),
        fc.array(fc.record({ user: fc.constantFrom('a', 'b', 'c'), dt: fc.integer({ min: 0, max: 15_000 }) }), { maxLength: 80 }),
        (limit, windowMs, events) => {
          let now = 1_000_000;
          const cooldown = new Cooldown(limit, windowMs, () => now);
          const accepted = new Map<string, number[]>();
          for (const { user, dt } of events) {
            now += dt;
            const recent = (accepted.get(user) ?? []).filter((t) => now - t < windowMs);
            const wait = cooldown.take(user);
            if (wait === 0) {
              expect(recent.length).toBeLessThan(limit);
              accepted.set(user, [...(accepted.get(user) ?? []), now]);
            } else {
              expect(recent.length).toBeGreaterThanOrEqual(limit);
              // Exactly when the oldest question in the window leaves it.
              expect(wait).toBe(windowMs - (now - recent[recent.length - limit]!));
              expect(wait).toBeGreaterThan(0);
              expect(wait).toBeLessThanOrEqual(windowMs);
            }
          }
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('the sixth question in 30 s waits until the first one is 30 s old', () => {
    let now = 0;
    const c = new Cooldown(5, 30_000, () => now);
    for (let i = 0; i < 5; i += 1) {
      expect(c.take('u')).toBe(0);
      now += 1_000;
    }
    expect(c.take('u')).toBe(25_000);
    now = 29_999;
    expect(c.take('u')).toBe(1);
    now = 30_000;
    expect(c.take('u')).toBe(0);
  });
});
