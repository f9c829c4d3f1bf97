import { afterEach, describe, expect, it } from 'vitest';
import { oneNumberNouns, otherNumberTerms as numberTerms, questionNumbers, sentenceNouns } from '../../src/answer/nounNumber.js';
import { datesOtherReferent, RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { tokenTerms } from '../../src/answer/termMemo.js';
import { type Token, tagSentence } from '../../src/nlp/entities.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { queryOf } from './rankQuery.js';
import { unkeptSentences } from '../fixtures/unkeptTokens.js';

const tokens = (text: string) => tagSentence(text).tokens;
/** A sentence as the ranker reads it. */
const sentenceOf = (text: string) => ({ tokens: tokens(text) });
const asked = ['race'];
/** The terms a sentence holds only in the other number than the question. */
const otherNumberTerms = (question: string, sentence: Token[] | { tokens: Token[] }, terms: Iterable<string>) =>
  numberTerms(questionNumbers(question, terms), Array.isArray(sentence) ? { tokens: sentence } : sentence);

describe('a question word held only in the other number', () => {
  it('is read from lower-case nouns in the question and the sentence', () => {
    expect(otherNumberTerms('When was the race at Ostwick?', tokens('The races at Ostwick were rowed in May.'), asked)).toEqual(
      new Set(['race']),
    );
    expect(
      otherNumberTerms('When were the races at Ostwick?', tokens('The race at Ostwick was rowed in June.'), new Set(['race'])),
    ).toEqual(new Set(['race']));
  });

  it('is not a word held in the same number, in both, or as another part of speech', () => {
    expect(otherNumberTerms('When was the race at Ostwick?', tokens('The race at Ostwick was rowed in June.'), asked).size).toBe(0);
    expect(
      otherNumberTerms('When was the race at Ostwick?', tokens('After two lost races, the race at Ostwick was rowed in June.'), asked).size,
    ).toBe(0);
    expect(otherNumberTerms('When were the races at Ostwick?', tokens('The crews raced at Ostwick in June.'), asked).size).toBe(0);
  });

  it('leaves names and words that only end in s alone', () => {
    expect(otherNumberTerms('Where did Ada Vell row?', tokens('Ada Vells rowed at Ostwick.'), ['vell']).size).toBe(0);
    expect(otherNumberTerms('Which class did she win?', tokens('She won the class.'), ['class']).size).toBe(0);
  });

  it('reads the number of each noun by its own word, asked again after it was kept', () => {
    // The plural and the singular of one term, each asked twice: what was kept for one word is not read for the other.
    for (let round = 0; round < 2; round += 1) {
      expect(otherNumberTerms('When was the gate shut?', tokens('The gates of Brellow were shut.'), ['gate'])).toEqual(new Set(['gate']));
      expect(otherNumberTerms('When was the gate shut?', tokens('The gate of Brellow was shut.'), ['gate']).size).toBe(0);
      expect(otherNumberTerms('When were the gates shut?', tokens('The gate of Brellow was shut.'), ['gate'])).toEqual(new Set(['gate']));
    }
  });
});

describe('reading a sentence for the other number', () => {
  it('reads each sentence afresh against one question: what one sentence held is not carried to the next', () => {
    const numbers = questionNumbers('When did the barges pass the lock?', ['barg', 'lock']);
    const terms = [...numbers.keys()];
    expect(terms).toHaveLength(2);
    expect(numberTerms(numbers, sentenceOf('A barge passed the locks of Tenmere.'))).toEqual(new Set(terms));
    expect(numberTerms(numbers, sentenceOf('The barges passed the lock of Tenmere.')).size).toBe(0);
    expect(numberTerms(numbers, sentenceOf('The barges passed the locks of Tenmere.'))).toEqual(new Set([terms[1]]));
  });

  it('reads the terms its token list keeps, once: the nouns of a sentence are kept with the sentence', () => {
    const sentence = sentenceOf('The regattas at Brellin were rowed in May.');
    // What the list keeps is what is read: with "regattas" kept as a stop word, no term is held in the other number.
    (tokenTerms(sentence.tokens) as (string | null)[])[1] = null;
    expect(otherNumberTerms('When was the regatta at Brellin?', sentence, ['regatta']).size).toBe(0);
    // Read once: the list's terms changed afterwards change nothing, for this question or another.
    (tokenTerms(sentence.tokens) as (string | null)[])[1] = 'regatta';
    expect(otherNumberTerms('When was the regatta at Brellin?', sentence, ['regatta']).size).toBe(0);
    expect(sentenceNouns(sentence).plural).not.toContain('regatta');
    // Kept for the sentence, not its token list: tokens made again (a story too large to keep them) are not read.
    sentence.tokens = tokens('The regattas at Brellin were rowed in May.');
    expect(sentenceNouns(sentence).plural).not.toContain('regatta');
    const fresh = sentenceOf('The regattas at Brellin were rowed in May.');
    expect(sentenceNouns(fresh)).toEqual({ singular: [], plural: ['regatta'] });
    expect(sentenceNouns(fresh)).toBe(sentenceNouns(fresh));
  });

  it('reads a sentence its story does not keep the tokens of from the story’s columns, no token list made', () => {
    const texts = [
      'The regattas at Brellin were rowed in May.',
      'After two lost races, the race at Ostwick was rowed.',
      'The crews raced at Ostwick, and the gate was shut.',
    ];
    const { rows, lists, made } = unkeptSentences(texts);
    const nouns = rows.map(sentenceNouns);
    expect(made()).toBe(0);
    expect(nouns).toEqual(lists.map(oneNumberNouns));
    expect(nouns[0]!.plural).toContain('regatta');
    expect(nouns[2]!.singular).toContain('gate');
  });

  it('keeps only the nouns a sentence writes in one number: not a word held both ways or as a verb too', () => {
    const both = oneNumberNouns(tokens('After two lost races, the race at Ostwick was rowed.'));
    expect([...both.singular, ...both.plural]).not.toContain('race');
    const verbToo = oneNumberNouns(tokens('The crews raced at Ostwick, and the race was close.'));
    expect([...verbToo.singular, ...verbToo.plural]).not.toContain('race');
    expect(oneNumberNouns(tokens('The crews raced at Ostwick, and the race was close.')).plural).toEqual(['crew']);
    expect(oneNumberNouns(tokens('The gate of Brellow was shut.')).singular).toEqual(['gate']);
    expect(oneNumberNouns(tokens('Rowed at Brellow.'))).toBe(oneNumberNouns(tokens('Sailed from Ostwick.')));
  });

  it('makes nothing for a sentence holding no asked term in one number only: one shared empty set', () => {
    const none = otherNumberTerms('When was the regatta at Brellin?', tokens('The crews rowed at Brellin in May.'), ['regatta']);
    expect(none.size).toBe(0);
    expect(otherNumberTerms('When was the regatta at Brellin?', tokens('The regatta at Brellin was rowed in June.'), ['regatta'])).toBe(
      none,
    );
  });
});

describe('the ranker and the number of a question word', () => {
  const weights = RANKING as { otherNumber: number };
  const saved = { ...weights };
  afterEach(() => Object.assign(weights, saved));

  const story = oneArticleStory(
    'regatta',
    'Ostwick regatta',
    'The races at Ostwick were rowed in May. The race at Ostwick was rowed in June. Bakers sold bread at the market.',
  );
  const scoreOf = (pattern: RegExp) =>
    rankSentences(story, queryOf('When was the race at Ostwick rowed?')).find((r) => pattern.test(r.sentence.text))!.score;

  it('weighs down a sentence holding the word only in the other number, and only that one', () => {
    const plural = scoreOf(/races/);
    const singular = scoreOf(/race at Ostwick was/);
    weights.otherNumber = 1;
    expect(plural).toBeLessThan(scoreOf(/races/));
    expect(singular).toBeCloseTo(scoreOf(/race at Ostwick was/), 9);
    expect(singular).toBeGreaterThan(plural);
  });
});

describe('dates of the referents in the other number', () => {
  const weights = RANKING as { otherReferentDates: boolean };
  afterEach(() => {
    weights.otherReferentDates = true;
  });
  const story = oneArticleStory(
    'regattas',
    'Ostwick regatta',
    'Ada Vell had rowed the 1998 and 2001 regattas for Brellin before she retired. The Ostwick regatta opens on Sunday with eight crews. Bakers sold bread at the market.',
  );
  const when = { ...queryOf('When was the regatta at Ostwick?'), kind: 'date' as const };
  const sentence = (pattern: RegExp) => story.sentences.find((s) => pattern.test(s.text))!;

  it('are the dates written right before the noun, alone or in a series, and only those', () => {
    expect(datesOtherReferent(sentence(/1998/), when, new Set(['regatta']))).toBe(true);
    expect(datesOtherReferent(sentence(/1998/), when, new Set(['race']))).toBe(false);
    const dated = oneArticleStory('dated', 'Dated', 'In 1998 Ada Vell lost two regattas at Ostwick.').sentences[0]!;
    expect(datesOtherReferent(dated, when, new Set(['regatta']))).toBe(false);
  });

  it('give the sentence no answer-type bonus for a when-question', () => {
    const scoreOf = () => rankSentences(story, when).find((r) => /1998/.test(r.sentence.text))!.score;
    const withheld = scoreOf();
    weights.otherReferentDates = false;
    expect(scoreOf()).toBeGreaterThan(withheld);
  });
});
