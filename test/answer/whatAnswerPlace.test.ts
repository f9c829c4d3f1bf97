import { describe, expect, it } from 'vitest';
import { type Token, tagSentence } from '../../src/nlp/entities.js';
import { afterWordAndPreposition, asksPassive, subjectOfCopula, WHAT_IS } from '../../src/answer/whatAnswerPlace.js';

/** A question word is any of these (the tests' stand-in for the question's weighted terms). */
const termOf = (words: string[]) => (t: Token) => words.includes(t.text.toLowerCase());
const spanOf = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('where a what-question’s answer stands', () => {
  it('reads "what is/was …" questions', () => {
    expect(WHAT_IS.test('what is the most common penalty?')).toBe(true);
    expect(WHAT_IS.test('what did the guild sell?')).toBe(false);
  });

  it('finds the subject of "be" whose complement holds the question’s words', () => {
    const text = 'In Varnholt the fine is the most common penalty for poaching.';
    const tokens = tagSentence(text).tokens;
    const isTerm = termOf(['common', 'penalty', 'poaching']);
    expect(subjectOfCopula(tokens, spanOf(text, 'the fine'), isTerm, false)).toBe(true);
    expect(subjectOfCopula(tokens, spanOf(text, 'Varnholt'), isTerm, false)).toBe(false);
  });

  it('reads "be" and a participle as a passive, whose subject answers only a passive question on that verb', () => {
    const text = 'The old ledger was later found in the Marrow Street archive.';
    const tokens = tagSentence(text).tokens;
    const ledger = spanOf(text, 'The old ledger');
    // "What is in the Marrow Street archive?": the ledger was found there; "be" does not link it to the archive.
    expect(subjectOfCopula(tokens, ledger, termOf(['marrow', 'street', 'archive']), false)).toBe(false);
    // "What was found in the archive?": the passive subject of the question's own verb.
    expect(subjectOfCopula(tokens, ledger, termOf(['found', 'archive']), true)).toBe(true);
    // A passive question on another verb: still no answer there.
    expect(subjectOfCopula(tokens, ledger, termOf(['stored', 'archive']), true)).toBe(false);
  });

  it('tells a passive what-question from a copula one', () => {
    expect(asksPassive('What was built on the hill above Dunmere?')).toBe(true);
    expect(asksPassive('What is normally served at the Orvell fair?')).toBe(true);
    expect(asksPassive('What was the main cause of the Dunmere fire?')).toBe(false);
    expect(asksPassive('What did the guild sell?')).toBe(false);
  });

  it('finds the phrase after a question word and the preposition the question ends in', () => {
    const text = 'The Keltra tide has a range of moods in the months of the Orvell winter.';
    const tokens = tagSentence(text).tokens;
    const isTerm = termOf(['range', 'keltra', 'tide']);
    expect(afterWordAndPreposition(tokens, spanOf(text, 'moods'), 'of', isTerm)).toBe(true);
    expect(afterWordAndPreposition(tokens, spanOf(text, 'Orvell winter'), 'of', isTerm)).toBe(false);
  });
});
