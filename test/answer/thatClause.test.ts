import { describe, expect, it } from 'vitest';
import { SAYER_ASKED, statesThatClause } from '../../src/answer/thatClause.js';
import { type Token, tagSentence } from '../../src/nlp/entities.js';

/** A question word is any of these (the tests' stand-in for the question's weighted terms). */
const termOf = (words: string[]) => (t: Token) => words.includes(t.text.toLowerCase());

/** Whether the words `part` of `text` state its that-clause. */
function states(text: string, part: string, words: string[]): boolean {
  const tokens = tagSentence(text).tokens;
  const start = text.indexOf(part);
  const startAt = tokens.findIndex((t) => t.start >= start);
  const endAt = tokens.findLastIndex((t) => t.end <= start + part.length);
  return statesThatClause(tokens, startAt, endAt, termOf(words));
}

describe('who states a that-clause', () => {
  it('reads "who VERB that …" questions, not those whose verb is a helper', () => {
    expect(SAYER_ASKED.test('who claimed that the mill burned in 1820?')).toBe(true);
    expect(SAYER_ASKED.test('who first noticed that the tide had turned?')).toBe(true);
    expect(SAYER_ASKED.test('who is it that runs the mill?')).toBe(false);
    expect(SAYER_ASKED.test('who did ada say that she met?')).toBe(false);
    expect(SAYER_ASKED.test('who claimed the mill?')).toBe(false);
  });

  it('finds the subject of a verb whose that-clause holds the question’s words, not a name inside the clause', () => {
    const text = 'The Tarnby historian Ivo Brandt observed that the Tolly mill burned long before Ada Vell arrived.';
    const words = ['tolly', 'mill', 'burned'];
    expect(states(text, 'Ivo Brandt', words)).toBe(true);
    expect(states(text, 'Ada Vell', words)).toBe(false);
    // A clause that holds none of the question's words says nothing of it.
    expect(states(text, 'Ivo Brandt', ['harbour'])).toBe(false);
  });

  it('reads past a bracketed aside, and the agent after "VERB by"', () => {
    const words = ['tolly', 'mill', 'burned'];
    expect(states('Brandt (1911) claimed that the Tolly mill burned in 1820.', 'Brandt', words)).toBe(true);
    expect(states('It was shown by Ada Vell that the Tolly mill burned twice.', 'Ada Vell', words)).toBe(true);
  });
});
