import { describe, expect, it } from 'vitest';
import {
  cachedTermCount,
  forEachWordMatch,
  growTermCacheAhead,
  questionFrameWords,
  shiftedHeads,
  termOf,
  termOfSpan,
  termOfUncached,
  termsOf,
  words,
} from '../../src/search/terms.js';

describe('questionFrameWords', () => {
  it('takes "located / situated / based" of a where-question as frame, not as a word to find', () => {
    expect(questionFrameWords('Where was the old tannery located?')).toContain('located');
    expect(questionFrameWords('Where is the rowing club based?')).toContain('based');
    // Elsewhere they are the question's own words.
    expect(questionFrameWords('Which mill was located near the ford?').has('located')).toBe(false);
  });

  it('takes "how much time … last / take" as frame, as "how long … last" is', () => {
    expect([...questionFrameWords('How much time did the repairs take?')].sort()).toEqual(['take', 'time']);
    expect(questionFrameWords('How much more time does the crew need?')).toContain('time');
    expect(questionFrameWords('How much money did the repairs take?').size).toBe(0);
  });
});

describe('shiftedHeads', () => {
  it('gives the head of a compound whose prefix shifts its meaning, with the prefix', () => {
    expect(shiftedHeads('The ex-mayor reached the quarter-finals.')).toEqual(
      new Map([
        ['mayor', 'ex'],
        ['final', 'quarter'],
      ]),
    );
  });

  it('leaves a head the text also writes alone, and prefixes that keep the meaning', () => {
    expect(shiftedHeads('After the semi-final came the final.').size).toBe(0);
    expect(shiftedHeads('The co-founder spoke at mid-season.').size).toBe(0);
  });
});

describe('termOfUncached', () => {
  it('gives the term termOf gives, without keeping the word in its cache', () => {
    const before = cachedTermCount();
    expect(termOfUncached('Brellowicks')).toBe('brellowick');
    expect(termOfUncached('Quindarrans')).toBe('quindarran');
    expect(cachedTermCount()).toBe(before);
    expect(termOf('Brellowicks')).toBe('brellowick');
    expect(cachedTermCount()).toBe(before + 1);
    // A cached word is read from the cache, stop words (null) included.
    expect(termOfUncached('Brellowicks')).toBe('brellowick');
    expect(termOf('the')).toBeNull();
    expect(termOfUncached('the')).toBeNull();
  });
  it("drops a final 's and every apostrophe, takes hyphens out, and keeps a number as written but for its hyphens", () => {
    expect(termOfUncached("Brellowick's")).toBe('brellowick');
    expect(termOfUncached('Brellowick’s')).toBe('brellowick');
    expect(termOfUncached("O'Quarran")).toBe('oquarran');
    expect(termOfUncached("rock'n'roll")).toBe('rocknrol');
    expect(termOfUncached('boat-sheds')).toBe('boatsh');
    expect(termOfUncached('1887-1902')).toBe('18871902');
    expect(termOfUncached('12-sided')).toBe('12sided');
    expect(termOfUncached("'s")).toBeNull();
    expect(termOfUncached('-')).toBe('');
  });
});

describe('termOfSpan', () => {
  const texts = [
    "The Quarrendale boats sailed; the boats' crews sailed on.",
    'Boats, BOATS and boat-sheds: the sheds held 1,200 oars.',
    'Sailed sailing sails — the Quarrendale sailors’ sails.',
  ];

  it("gives termOf of the word at a text's span, found again by the span in any text", () => {
    for (let round = 0; round < 2; round += 1)
      for (const text of texts)
        forEachWordMatch(text, (start, end) => expect(termOfSpan(text, start, end)).toBe(termOf(text.slice(start, end))));
  });

  it('tells apart words of one length and of other cases, and gives null for a stop word', () => {
    const text = 'oars ores oats OARS Oars the';
    expect([0, 5, 10, 15, 20].map((at) => termOfSpan(text, at, at + 4))).toEqual(['oar', 'ore', 'oat', 'oar', 'oar']);
    expect(termOfSpan(text, 25, 28)).toBeNull();
  });

  it("keeps termsOf the terms of a text's words", () => {
    for (const text of texts) expect(termsOf(text)).toEqual(words(text).flatMap((w) => termOf(w) ?? []));
  });
});

describe('growTermCacheAhead', () => {
  /** Invented words, each one new to the cache. */
  let made = 0;
  const fillTo = (size: number) => {
    while (cachedTermCount() < size) termOf(`tarnwick${made++}`);
  };
  /** A map's capacity for `size` entries, as V8 grows it: the power of two it doubles at. */
  const capacityFor = (size: number) => {
    let capacity = 4;
    while (capacity < size) capacity *= 2;
    return capacity;
  };

  it('fills the cache to one past its capacity once the words come within the headroom, keeping every term', () => {
    const capacity = capacityFor(cachedTermCount() + 20);
    fillTo(capacity - 20);
    expect(growTermCacheAhead(16)).toBe(false);
    fillTo(capacity - 10);
    const before = ['tarnwick0', 'boats', 'led'].map((w) => termOf(w));
    const held = cachedTermCount();
    expect(growTermCacheAhead(16)).toBe(true);
    expect(cachedTermCount()).toBe(capacity + 1);
    // The next doubling is a whole capacity away, and every word keeps its term (looked up, none is added again).
    expect(growTermCacheAhead(16)).toBe(false);
    expect(['tarnwick0', 'boats', 'led'].map((w) => termOf(w))).toEqual(before);
    expect(before).toEqual([termOf('tarnwick0'), 'boat', 'lead']);
    expect(cachedTermCount()).toBe(capacity + 1);
    expect(held).toBeLessThan(capacity);
  });

  it('leaves a table no larger than the headroom as it is', () => {
    fillTo(capacityFor(cachedTermCount()) - 1);
    const held = cachedTermCount();
    expect(growTermCacheAhead(1_000_000)).toBe(false);
    expect(cachedTermCount()).toBe(held);
  });
});
