import { describe, expect, it, vi } from 'vitest';
import { IDLE_SCAVENGE_DELAY_MS, minorCollector, scavengeIfFilled, scavengeWhenIdle, youngUse } from '../../src/threads/idleScavenge.js';

describe('scavengeIfFilled', () => {
  it('collects the young generation only when more than the share of it is in use', () => {
    const collect = vi.fn();
    expect(scavengeIfFilled(0.5, () => ({ used: 9, available: 7 }), collect)).toBe(true);
    expect(collect).toHaveBeenCalledTimes(1);
    expect(scavengeIfFilled(0.5, () => ({ used: 8, available: 8 }), collect)).toBe(false);
    expect(scavengeIfFilled(0.5, () => ({ used: 0, available: 0 }), collect)).toBe(false);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('does nothing where V8 gives no collector', () => {
    expect(scavengeIfFilled(0, () => ({ used: 9, available: 7 }), null)).toBe(false);
  });

  it('empties the young generation with V8 own collector', () => {
    const collect = minorCollector();
    expect(collect).not.toBeNull();
    // Young objects kept alive, then a collection: they move out, and what was garbage is gone.
    const kept: { n: number }[] = [];
    for (let i = 0; i < 10_000; i += 1) kept.push({ n: i });
    const before = youngUse();
    expect(before.used).toBeGreaterThan(0);
    expect(scavengeIfFilled(0, youngUse, collect)).toBe(true);
    expect(youngUse().used).toBeLessThan(before.used);
    expect(kept.length).toBe(10_000);
  });
});

describe('scavengeWhenIdle', () => {
  it('checks once after a short delay however many answers asked for it meanwhile', () => {
    vi.useFakeTimers();
    try {
      const timers = vi.getTimerCount();
      scavengeWhenIdle();
      scavengeWhenIdle();
      expect(vi.getTimerCount()).toBe(timers + 1);
      vi.advanceTimersByTime(IDLE_SCAVENGE_DELAY_MS);
      expect(vi.getTimerCount()).toBe(timers);
      scavengeWhenIdle();
      expect(vi.getTimerCount()).toBe(timers + 1);
      vi.advanceTimersByTime(IDLE_SCAVENGE_DELAY_MS);
    } finally {
      vi.useRealTimers();
    }
  });
});
