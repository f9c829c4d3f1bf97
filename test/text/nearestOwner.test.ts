import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/editDistance.js';
import { nearestOwner, type OwnedSpelling, sortSpellings } from '../../src/text/nearestOwner.js';

/** The plain scan: every spelling's exact distance; the one owner nearest within `allowed`, else undefined. */
function scan<T>(spellings: readonly OwnedSpelling<T>[], query: string, allowed: number): T | undefined {
  let bestD = Infinity;
  const owners = new Set<T>();
  for (const s of spellings) {
    const d = editDistance(query, s.text);
    if (d < bestD) {
      bestD = d;
      owners.clear();
    }
    if (d === bestD) owners.add(s.owner);
  }
  return bestD <= allowed && owners.size === 1 ? [...owners][0] : undefined;
}

describe('nearestOwner', () => {
  it('finds the one owner of the nearest spelling within the distance allowed', () => {
    const sorted = sortSpellings([
      { text: 'vennick', owner: 'a' },
      { text: 'tollen', owner: 'b' },
      { text: 'tolley', owner: 'c' },
      { text: 'tollens', owner: 'b' },
    ]);
    expect(nearestOwner(sorted, 'venick', 2)).toBe('a');
    expect(nearestOwner(sorted, 'tollex', 2)).toBeUndefined(); // b and c equally near
    expect(nearestOwner(sorted, 'tollenss', 1)).toBe('b'); // both of b's spellings, nobody else's
    expect(nearestOwner(sorted, 'marsk', 2)).toBeUndefined();
    expect(nearestOwner(sortSpellings([]), 'marsk', 2)).toBeUndefined();
  });

  it('finds what a scan of every spelling finds: typos, prefixes, longer and shorter words, misses', () => {
    const unit = fc.constantFrom('a', 'b', 'e', 'k', 'l', 'o', 'r', ' ');
    const word = fc.string({ unit, minLength: 0, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.integer({ min: 0, max: 6 })), { maxLength: 40 }),
        fc.array(
          fc.oneof(
            word,
            fc.tuple(word, fc.nat(), fc.nat()).map(([w, a, b]) => w.slice(a % 4, w.length - (b % 3))),
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        fc.integer({ min: 0, max: 3 }),
        (entries, queries, allowed) => {
          const spellings = entries.map(([text, owner]) => ({ text, owner }));
          const sorted = sortSpellings([...spellings]);
          for (const q of [...queries, ...spellings.slice(0, 4).map((s) => `${s.text}x`)]) {
            expect(nearestOwner(sorted, q, allowed)).toBe(scan(spellings, q, allowed));
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('grows its table for long spellings and queries', () => {
    const long = 'k'.repeat(150);
    const sorted = sortSpellings([
      { text: long, owner: 1 },
      { text: `${long}ab`, owner: 2 },
    ]);
    expect(nearestOwner(sorted, `${long}a`, 1)).toBeUndefined(); // 1 from each
    expect(nearestOwner(sorted, `${long}abb`, 2)).toBe(2);
  });
});
