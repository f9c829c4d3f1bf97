import { describe, expect, it } from 'vitest';
import {
  nounKindTerms,
  relatedWordTerms,
  shiftedHeadsOf,
  termListOf,
  termSetOf,
  termSetWithoutShiftedHeads,
  tokenTerms,
} from '../../src/answer/termMemo.js';
import { nounKinds, relatedWords } from '../../src/lexicon/index.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { shiftedHeads, termOf, termsOf } from '../../src/search/terms.js';

describe('termMemo', () => {
  it("gives each token's term, as termOf does, and keeps the list for the token list", () => {
    const tokens = tagSentence('The wardens of Pellmoor counted seventeen herons.').tokens;
    const terms = tokenTerms(tokens);
    expect(terms).toEqual(tokens.map((t) => termOf(t.text)));
    expect(tokenTerms(tokens)).toBe(terms);
  });
  it("keeps a token list's terms as long as the list, however many other lists are read", () => {
    const tokens = tagSentence('The wardens of Pellmoor counted seventeen herons.').tokens;
    const terms = tokenTerms(tokens);
    // More lists than a bounded memo of 8,192 would hold: a sentence's terms are not worked out again.
    const word = tokens[1]!;
    for (let i = 0; i < 10_000; i += 1) tokenTerms([{ ...word, text: `warden${i}` }]);
    expect(tokenTerms(tokens)).toBe(terms);
  });
  it("gives a text's terms in order, as termsOf does, and keeps them for the text", () => {
    const text = 'Herons nested where the herons had nested before.';
    const list = termListOf(text);
    expect(list).toEqual(termsOf(text));
    expect(termListOf(text)).toBe(list);
  });
  it("gives a text's terms as a set, as termsOf does, and keeps it for the text", () => {
    const text = 'Herons nested, and the herons left the reeds.';
    const set = termSetOf(text);
    expect([...set]).toEqual([...new Set(termsOf(text))]);
    expect(termSetOf(text)).toBe(set);
  });
  it("gives the lexicon's related words and a noun's kinds with their terms, and keeps them for the word", () => {
    const related = relatedWordTerms('buy');
    expect(related.words).toEqual(relatedWords('buy'));
    expect(related.terms).toEqual(relatedWords('buy').map((w) => termOf(w)));
    expect(related.words.length).toBeGreaterThan(0);
    expect(relatedWordTerms('buy')).toBe(related);
    const kinds = nounKindTerms('vehicle');
    expect(kinds.words).toEqual(nounKinds('vehicle'));
    expect(kinds.terms).toEqual(nounKinds('vehicle').map((w) => termOf(w)));
    expect(nounKindTerms('vehicle')).toBe(kinds);
  });
  it("gives a text's shifted heads, as shiftedHeads does, and keeps them for the text", () => {
    const text = 'The vice-warden and two non-members of the guild spoke.';
    const heads = shiftedHeadsOf(text);
    expect([...heads]).toEqual([...shiftedHeads(text)]);
    expect(heads.size).toBe(2);
    expect(shiftedHeadsOf(text)).toBe(heads);
  });
  it("gives a text's terms less its shifted heads, and keeps the set for the text", () => {
    const text = 'The vice-warden and two non-members of the guild spoke of the warden.';
    const set = termSetWithoutShiftedHeads(text);
    const heads = shiftedHeadsOf(text);
    expect([...set]).toEqual([...termSetOf(text)].filter((t) => !heads.has(t)));
    expect(set.has(termOf('members')!)).toBe(false);
    expect(set.has(termOf('guild')!)).toBe(true);
    expect(termSetWithoutShiftedHeads(text)).toBe(set);
  });
});
