import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDistance, correctTypo } from '../../src/answer/typos.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Damerau–Levenshtein (adjacent swaps) with a full table, giving up above `max`: what boundedDistance must return. */
function referenceDistance(a: string, b: string, max: number): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

describe('boundedDistance', () => {
  it('counts a swap of neighbours as one edit and gives up above the bound', () => {
    expect(boundedDistance('kestrel', 'kestrle', 1)).toBe(1);
    expect(boundedDistance('kestrel', 'ketsrle', 1)).toBe(2);
    expect(boundedDistance('harbour', 'harbor', 2)).toBe(1);
  });

  it('gives what the full table gives, whatever strings it was called with before (its rows are reused)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 8 }), (pairs) => {
        for (const [a, b, max] of pairs) expect(boundedDistance(a, b, max)).toBe(referenceDistance(a, b, max));
      }),
      { numRuns: 300 },
    );
  });
});

/** An invented story naming two boatyards one letter apart, the second more often. */
const ARTICLES: Article[] = [
  {
    id: 'yards-a',
    title: 'Boatyards',
    titleGiven: true,
    published: '2031-05-02',
    file: 'yards-a.md',
    body: 'The Marlow yard launched a barge. The Marlot yard launched a tug. Inspectors praised the Marlot welders.',
  },
];

describe('correctTypo between two story words one edit away', () => {
  it('takes the more frequent one, though both are found under two keys of the typed word', () => {
    const story = buildStory(ARTICLES, 'typo-distance-fixture');
    expect(correctTypo(story, 'Marlox', [])).toBe('marlot');
  });
});
