import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONTHS, WEEKDAYS, isCalendarName, mayOpenCalendarName } from '../../src/text/calendarNames.js';
import { demonymWords } from '../../src/lexicon/index.js';
import { editDistance } from '../../src/text/editDistance.js';
import { foldText } from '../../src/text/fold.js';
import { givenNameTable } from '../../src/text/gazetteerData.js';
import { overlap } from '../../src/text/overlap.js';
import { countryOf, givenNameSex, isGivenName, placeKind } from '../../src/text/places.js';
import { quoteOpen, quoteSpans } from '../../src/text/quotes.js';
import { isWordCode, wordsOf } from '../../src/text/words.js';

describe('foldText', () => {
  it('drops diacritics, dots and case, straightens apostrophes and collapses spaces', () => {
    expect(foldText('Olé  U.S.')).toBe('ole us');
    expect(foldText('Lutskyy’s')).toBe("lutskyy's");
    expect(foldText('Ibarra-Solis, (Spain)')).toBe('ibarra-solis spain');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, and stops past the limit', () => {
    expect(editDistance('pelow', 'pellow')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });
});

describe('overlap', () => {
  it('is the share of the smaller set found in the larger', () => {
    expect(overlap(new Set(['a', 'b']), new Set(['b', 'c', 'd']))).toBe(0.5);
    expect(overlap(new Set<string>(), new Set(['a']))).toBe(0);
  });
});

describe('quotes', () => {
  it('finds closed and open quotations and tells an open one', () => {
    expect(quoteSpans('He said "yes, " and “no”.').map((q) => q.text)).toEqual(['yes', 'no']);
    expect(quoteOpen('“We will see. ')).toBe(true);
    expect(quoteOpen('"Done," she said.')).toBe(false);
    // Read by code unit: a character of two (outside the basic plane) is no quotation mark and hides none.
    expect(quoteOpen('“Ready 🚢,” he said, "and off')).toBe(true);
    expect(quoteOpen('“Ready 🚢,” he said, "and off"')).toBe(false);
    expect(quoteOpen('“One “two” three')).toBe(true);
  });
});

describe('calendar names', () => {
  it('maps names and abbreviations to numbers', () => {
    expect(MONTHS.get('sept')).toBe(9);
    expect(WEEKDAYS.get('thurs')).toBe(4);
    expect(isCalendarName('Dec.')).toBe(true);
    expect(isCalendarName('Decker')).toBe(false);
  });

  it("reads a weekday's plural as a calendar name, and no other word ending in 'days'", () => {
    expect(isCalendarName('Thursdays')).toBe(true);
    expect(isCalendarName('Holidays')).toBe(false);
    expect(isCalendarName('Mays')).toBe(false);
  });

  it('answers from the first character alone only where no calendar name opens with it', () => {
    expect(mayOpenCalendarName('Brekke')).toBe(false);
    expect(mayOpenCalendarName(' May')).toBe(false);
    expect(mayOpenCalendarName('4 May')).toBe(false);
    expect(mayOpenCalendarName('')).toBe(false);
    expect(mayOpenCalendarName('may')).toBe(true);
    expect(mayOpenCalendarName('Ödön')).toBe(true);
    // The shortcut leaves every answer as the whole reading gives it: lowered, a final dot dropped, looked up.
    const whole = (word: string) => {
      const w = word.toLowerCase().replace(/\.$/, '');
      return MONTHS.has(w) || WEEKDAYS.has(w) || (w.endsWith('days') && WEEKDAYS.has(w.slice(0, -1)));
    };
    const names = [...MONTHS.keys(), ...WEEKDAYS.keys()];
    const word = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(...names).chain((n) => fc.constantFrom(n, `${n}.`, `${n}s`, n.toUpperCase(), `${n[0]!.toUpperCase()}${n.slice(1)}`)),
    );
    fc.assert(
      fc.property(word, (w) => isCalendarName(w) === whole(w)),
      { numRuns: 2000 },
    );
  });
});

describe('places and given names', () => {
  it('knows countries, cities, demonyms and common given names from the generated gazetteer', () => {
    expect(placeKind('Norway')).toBe('country');
    expect(placeKind('Oslo')).toBe('city');
    expect(placeKind('Norwegians')).toBe('demonym');
    expect(countryOf('U.K.')).toBe('United Kingdom');
    expect(countryOf('Norwegian')).toBe('Norway');
    expect(isGivenName('Margaret')).toBe(true);
    expect(isGivenName('Norway')).toBe(false);
    expect(placeKind('in')).toBeUndefined();
  });

  it('knows the demonyms WordNet gives of regions, cities and continents, but no common word or given name', () => {
    // A demonym no country of the gazetteer gives: one of WordNet's.
    const regional = demonymWords().find((w) => placeKind(w) === 'demonym' && countryOf(w) === undefined);
    expect(regional).toBeDefined();
    expect(placeKind(`${regional}s`)).toBe('demonym');
    // WordNet glosses these as natives of a place too, but they are written as a common word or a given name.
    expect(demonymWords()).not.toContain('Badger');
    expect(placeKind('Harriet')).toBeUndefined();
  });

  it('knows the sex of a given name only one sex bears, and none for a name of both', () => {
    expect(givenNameSex('Margaret')).toBe('f');
    expect(givenNameSex('Edward')).toBe('m');
    expect(givenNameSex('Andrea')).toBeUndefined();
    expect(givenNameSex('Thomas')).toBe('m');
    expect(givenNameSex('Norway')).toBeUndefined();
  });

  it('reads every given name of the generated table in its text as JSON.parse reads it', () => {
    const parsed = JSON.parse(readFileSync(new URL('../../src/text/data/given-names.json', import.meta.url), 'utf8')) as Record<
      string,
      string
    >;
    const table = givenNameTable();
    const names = Object.keys(parsed);
    let read = 0;
    table.forEach((sex, name) => {
      if (parsed[name] === sex && name === names[read]) read += 1;
    });
    expect(read).toBe(names.length);
    expect(names.filter((name) => table.get(name) !== parsed[name])).toEqual([]);
    expect(new Set(Object.values(parsed))).toEqual(new Set(['f', 'm', '-']));
  });
});

describe('words', () => {
  it('reads as a word character what `\\w` matches, and no other', () => {
    const all = Array.from({ length: 256 }, (_, c) => c);
    expect(all.filter(isWordCode)).toEqual(all.filter((c) => /\w/.test(String.fromCharCode(c))));
  });

  it('glues lower-case hyphenated words back together', () => {
    const tokens = [
      { text: 'his', start: 0, end: 3, pos: 'PRON' },
      { text: 'son', start: 4, end: 7, pos: 'NOUN' },
      { text: '-', start: 7, end: 8, pos: 'PUNCT' },
      { text: 'in', start: 8, end: 10, pos: 'ADP' },
      { text: '-', start: 10, end: 11, pos: 'PUNCT' },
      { text: 'law', start: 11, end: 14, pos: 'NOUN' },
    ];
    expect(wordsOf(tokens).map((w) => w.text)).toEqual(['his', 'son-in-law']);
  });

  it('glues at the three hyphens only, not at dashes or longer tokens', () => {
    const glued = (mark: string) => {
      const tokens = [
        { text: 'four', start: 0, end: 4, pos: 'NUM' },
        { text: mark, start: 4, end: 4 + mark.length, pos: 'PUNCT' },
        { text: 'hour', start: 4 + mark.length, end: 8 + mark.length, pos: 'NOUN' },
      ];
      return wordsOf(tokens).length === 1;
    };
    expect(['-', '\u2010', '\u2011'].map(glued)).toEqual([true, true, true]);
    expect(['\u2013', '\u2014', '--', '/', '+'].map(glued)).toEqual([false, false, false, false, false]);
  });
});
