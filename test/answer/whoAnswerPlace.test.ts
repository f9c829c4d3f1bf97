import { describe, expect, it } from 'vitest';
import { strandedInside, subjectOfLink, WHO_IS } from '../../src/answer/whoAnswerPlace.js';
import { type Token, tagSentence } from '../../src/nlp/entities.js';

/** A question word is any of these (the tests' stand-in for the question's weighted terms). */
const termOf = (words: string[]) => (t: Token) => words.includes(t.text.toLowerCase());
const spanOf = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('where a who-question’s answer stands', () => {
  it('reads "who is/was the …" questions', () => {
    expect(WHO_IS.test('who was the first mayor of tarnby?')).toBe(true);
    expect(WHO_IS.test("who is velden's chief ferryman?")).toBe(true);
    expect(WHO_IS.test('who was the orsk harbour board’s second warden?')).toBe(true);
    expect(WHO_IS.test('who were tolly guild’s founders?')).toBe(true);
    expect(WHO_IS.test('who was ivo brandt?')).toBe(false);
    expect(WHO_IS.test('who was arrested?')).toBe(false);
    expect(WHO_IS.test("who was ivo brandt's?")).toBe(false);
  });

  it('finds the subject of "be" or "become" whose complement holds the question’s words', () => {
    const words = ['first', 'mayor', 'tarnby'];
    const became = 'In 1820 Ivo Brandt became the first mayor of Tarnby, a rival of Ada Vell.';
    expect(subjectOfLink(tagSentence(became).tokens, spanOf(became, 'Ivo Brandt'), termOf(words))).toBe(true);
    expect(subjectOfLink(tagSentence(became).tokens, spanOf(became, 'Ada Vell'), termOf(words))).toBe(false);
    const was = 'Ivo Brandt was the first mayor of Tarnby.';
    expect(subjectOfLink(tagSentence(was).tokens, spanOf(was, 'Ivo Brandt'), termOf(words))).toBe(true);
    // A passive "be" links no description: its subject was acted on.
    const passive = 'Ivo Brandt was elected first mayor of Tarnby.';
    expect(subjectOfLink(tagSentence(passive).tokens, spanOf(passive, 'Ivo Brandt'), termOf(words))).toBe(false);
    // A possessive "'s" links nothing: the name owns the description; an "'s" before an article stands for "is".
    const owns = "When Ada Vell's newly appointed first mayor Ivo Brandt asked for a rise, Tarnby agreed.";
    expect(subjectOfLink(tagSentence(owns).tokens, spanOf(owns, 'Ada Vell'), termOf(words))).toBe(false);
    const contracted = "He said Ivo Brandt's the first mayor of Tarnby.";
    expect(subjectOfLink(tagSentence(contracted).tokens, spanOf(contracted, 'Ivo Brandt'), termOf(words))).toBe(true);
  });

  it('looks past a comma-set aside to "became", not past a list', () => {
    const words = ['first', 'mayor', 'tarnby'];
    const aside = "Ivo Brandt, a miller's son, became the first mayor of Tarnby.";
    expect(subjectOfLink(tagSentence(aside).tokens, spanOf(aside, 'Ivo Brandt'), termOf(words))).toBe(true);
    const remained = 'Ivo Brandt, a former ferryman, remained the first mayor of Tarnby until 1840.';
    expect(subjectOfLink(tagSentence(remained).tokens, spanOf(remained, 'Ivo Brandt'), termOf(words))).toBe(true);
    // An aside naming members is none: "Ada Vell" is not the subject of "became".
    const members = 'The rowers, including Ada Vell, became the first mayors of Tarnby.';
    expect(subjectOfLink(tagSentence(members).tokens, spanOf(members, 'Ada Vell'), termOf(words))).toBe(false);
  });

  it('finds the preposition a who-question leaves stranded before a later phrase or a closing adverb', () => {
    expect(strandedInside('who did the guild trade with in 1820?')).toBe('with');
    expect(strandedInside('who was the dispute sent to for a verdict?')).toBe('to');
    expect(strandedInside('who did the guild compete with initially?')).toBe('with');
    expect(strandedInside('who traded with the guild in 1820?')).toBeUndefined();
    expect(strandedInside('who moved out of tarnby?')).toBeUndefined();
    expect(strandedInside('what did the guild trade with in 1820?')).toBeUndefined();
  });
});
