import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beginsOtherwise, forEachWordMatch, forEachWordSpan, indexWords, termKeepsInitial, termOf, words } from '../../src/search/terms.js';

/** Whether the initial test would pass over `word` when reading a text for the words of `term`. */
function passedOver(word: string, term: string): boolean {
  return termKeepsInitial(term) && beginsOtherwise(word, term.charCodeAt(0));
}

describe('termKeepsInitial and beginsOtherwise', () => {
  it('pass over a word of another initial and keep one of the same initial in either case', () => {
    expect(passedOver('harbour', termOf('ferries')!)).toBe(true);
    expect(passedOver('Ferry', termOf('ferries')!)).toBe(false);
    expect(passedOver('FERRY', termOf('ferries')!)).toBe(false);
  });

  it('keep a word that is not all ASCII letters, whatever its initial', () => {
    for (const word of ["harbour's", 'Émile', 'h2o', 'x-ray', 'naïve']) expect(beginsOtherwise(word, 102), word).toBe(false);
  });

  it('say a term reached by an irregular verb form or a demonym may have words of another initial', () => {
    expect(termOf('went')).toBe('go');
    expect(termKeepsInitial('go')).toBe(false);
    expect(passedOver('went', 'go')).toBe(false);
    expect(termOf('Norwegian')).toBe(termOf('Norway'));
    expect(passedOver('Norwegian', termOf('Norway')!)).toBe(false);
  });

  it('never pass over a word for its own term: every irregular verb form and demonym in either case', () => {
    const require = createRequire(import.meta.url);
    const verbs = require('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<string, unknown>;
    const countries = require('world-countries') as { demonyms?: { eng?: { f: string; m: string } } }[];
    const forms = [
      ...Object.keys(verbs),
      ...countries.flatMap((c) => (c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [])),
    ].filter((f) => f.length > 0);
    for (const form of forms.flatMap((f) => [f, f.toUpperCase(), f[0]!.toUpperCase() + f.slice(1), `${f}s`])) {
      const term = termOf(form);
      if (term) expect(passedOver(form, term), form).toBe(false);
    }
  });

  it('never pass over a word of ASCII letters for its own term', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{1,14}$/), (word) => {
        const term = termOf(word);
        return term === null || !passedOver(word, term);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('forEachWordSpan and forEachWordMatch', () => {
  const spans = (text: string) => {
    const out: string[] = [];
    forEachWordSpan(text, (start, end) => out.push(text.slice(start, end)));
    return out;
  };

  it('visits the words of a text as words() reads them, a hyphenated word with letters as its parts', () => {
    expect(spans("Ferry's 16-yard run, 1,200 bales; U.K.–Orvia talks in 1995-96 — naïve Émile")).toEqual(
      words("Ferry's 16-yard run, 1,200 bales; U.K.–Orvia talks in 1995-96 — naïve Émile"),
    );
  });

  it('visits the words indexWords() reads with keepWhole, a hyphenated word with a letter whole after its parts', () => {
    const text = 'an e-mail, a 16-yard run, 15-1 and 1995-96 scores';
    const out: string[] = [];
    forEachWordSpan(text, (start, end) => out.push(text.slice(start, end)), true);
    expect(out).toEqual(indexWords(text));
    expect(out).toContain('e-mail');
  });

  it('agrees with words() on any text of letters, digits, marks, spaces and other scripts', () => {
    const pieces = ['a', 'Z', '7', ' ', '-', '.', ',', "'", '’', 'é', 'ß', 'Ω', '中', '٣', '𝐀', '😀', '—', '\n', 'x-', '-1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(spans(text)).toEqual(words(text));
        const indexed: string[] = [];
        forEachWordSpan(text, (start, end) => indexed.push(text.slice(start, end)), true);
        expect(indexed).toEqual(indexWords(text));
        const whole: string[] = [];
        forEachWordMatch(text, (start, end) => whole.push(text.slice(start, end)));
        expect(whole).toEqual(text.match(/[\p{L}\p{N}]+(?:[.'’,-][\p{L}\p{N}]+)*/gu) ?? []);
      }),
      { numRuns: 5_000 },
    );
  });
});
