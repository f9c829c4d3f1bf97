import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { Mention } from '../../src/answer/mentions.js';
import { absorbWholeName } from '../../src/answer/ofTheName.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented stories naming titles and firms whose names hold words the tagger reads apart. */
const library = oneArticleStory(
  'library',
  'Library',
  'Velmian Cable moved its customers to its Music On Request library, the company said.',
);
const rivals = oneArticleStory('rivals', 'Rivals', 'Velmian Cable offered faster lines and Music On Request, which rivals did not carry.');
const spinOff = oneArticleStory('spin', 'Spin', 'The network also aired a spin-off series, Orla & Tamsin, which debuted in 1983.');
const bank = oneArticleStory('bank', 'Bank', 'The bank was bought in 1921 by Harrow and Company, which moved it to Fort Mirela.');

describe('a title-case name holding a capitalised function word', () => {
  it('answers with the whole title, not the words after "On"', () => {
    expect(answerQuestion(library, 'What library did Velmian Cable move its customers to?').answer?.text).toBe('Music On Request');
  });
  it('answers with the whole title where it stands alone in a list', () => {
    expect(answerQuestion(rivals, 'What did Velmian Cable offer that rivals did not carry?').answer?.text).toBe('Music On Request');
  });
});

describe('names joined by "&" or closed by "and Company"', () => {
  it('answers with both names joined by "&"', () => {
    expect(answerQuestion(spinOff, 'What spin-off debuted in 1983?').answer?.text).toBe('Orla & Tamsin');
  });
  it("answers a what-question with the firm's whole name", () => {
    expect(answerQuestion(bank, 'What firm bought the bank in 1921?').answer?.text).toBe('Harrow and Company');
  });
  it("answers a who-question with the firm's whole name", () => {
    expect(answerQuestion(bank, 'Who bought the bank in 1921?').answer?.text).toBe('Harrow and Company');
  });
});

/** A mention of `text` at its place in `sentence`. */
function at(sentence: string, text: string, type: Mention['type']): Mention {
  const start = sentence.indexOf(text);
  return { type, text, start, end: start + text.length };
}

describe('absorbWholeName for titles and firms', () => {
  it('makes a firm one mention typed as its closing word', () => {
    const s = 'Bought by Harrow and Company in 1921.';
    const out = [at(s, 'Company', 'ORG'), at(s, '1921', 'DATE')];
    expect(absorbWholeName(out, 2, { ...at(s, 'Harrow and Company', 'PHRASE'), run: true }, 'firm')).toBe(2);
    expect(out.map((m) => `${m.type}:${m.text}`)).toEqual(['ORG:Harrow and Company', 'DATE:1921']);
  });
  it('leaves a title-case name with no typed head the untyped run', () => {
    const s = 'It offered Music On Request to all.';
    const run: Mention = { ...at(s, 'Music On Request', 'PHRASE'), run: true };
    const out = [at(s, 'Request', 'PLACE')];
    expect(absorbWholeName(out, 1, run, 'title')).toBe(1);
    expect(out).toEqual([run]);
  });
});
