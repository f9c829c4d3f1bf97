import { describe, expect, it } from 'vitest';
import { LruCache } from '../../../src/timeline/chart/lruCache.js';

describe('LruCache', () => {
  it('drops the least recently used entry past the count limit; reading makes an entry recent', () => {
    const cache = new LruCache<string>({ maxEntries: 2, maxSize: Number.POSITIVE_INFINITY }, () => 1);
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c')]).toEqual(['A', 'C']);
  });

  it('keeps the total size within its limit and refuses a value larger than all of it', () => {
    const cache = new LruCache<string>({ maxEntries: 10, maxSize: 10 }, (v) => v.length);
    cache.set('a', 'xxxx');
    cache.set('b', 'yyyy');
    cache.set('c', 'zzzz');
    expect(cache.size).toBe(8);
    expect(cache.peek('a')).toBeUndefined();
    cache.set('big', 'w'.repeat(11));
    expect(cache.peek('big')).toBeUndefined();
    expect(cache.count).toBe(2);
  });

  it('counts a replaced value once', () => {
    const cache = new LruCache<string>({ maxEntries: 10, maxSize: 100 }, (v) => v.length);
    cache.set('a', 'xx');
    cache.set('a', 'xxxxx');
    expect([cache.count, cache.size]).toEqual([1, 5]);
  });
});
