import { describe, expect, it } from 'vitest';
import { searchSentences, SentenceIndex } from '../../src/search/sentenceIndex.js';
import { indexWords, termOf, termsOf, words } from '../../src/search/terms.js';

describe('indexWords', () => {
  it('keeps a hyphenated word with letters whole after its parts', () => {
    expect(indexWords('Brenwick kept a 16-yard e-mail log.')).toEqual([
      'Brenwick',
      'kept',
      'a',
      '16',
      'yard',
      '16-yard',
      'e',
      'mail',
      'e-mail',
      'log',
    ]);
  });

  it('reads other words as words does', () => {
    const text = 'The 1995-96 season at Tollmere, 1,200 bales.';
    expect(indexWords(text)).toEqual(words(text));
  });

  it('keeps a season written as a year and two figures whole', () => {
    expect(words('The Owls won the 1995-96 title.')).toEqual(['The', 'Owls', 'won', 'the', '1995-96', 'title']);
  });

  it('reads a number range by its parts alone, written with a hyphen or an en dash', () => {
    expect(words('The Tollmere Owls went 11-3 in 1887-1902.')).toEqual([
      'The',
      'Tollmere',
      'Owls',
      'went',
      '11',
      '3',
      'in',
      '1887',
      '1902',
    ]);
    expect(indexWords('The Tollmere Owls went 11–3.')).toEqual(['The', 'Tollmere', 'Owls', 'went', '11', '3']);
  });
});

describe('the sentence index of a number range', () => {
  const index = new SentenceIndex();
  index.addAll([
    { id: 0, text: 'The Tollmere Owls finished the season 11–3.', context: '', title: '' },
    { id: 1, text: 'The Tollmere Owls finished the season early.', context: '', title: '' },
    { id: 2, text: 'The Brenwick mill ran from 1887-1902.', context: '', title: '' },
  ]);
  const ids = (question: string) => searchSentences(index, termsOf(question), { limit: 1 }).map((h) => h.id);

  it('finds a range written with an en dash by a question typed with a hyphen', () => {
    expect(ids('Which team finished 11-3?')).toEqual([0]);
  });

  it('finds a range by the year that closes it', () => {
    expect(ids('What closed in 1902?')).toEqual([2]);
  });
});

describe('the sentence index of a hyphenated word', () => {
  const index = new SentenceIndex();
  index.addAll([
    { id: 0, text: 'Orla Quenby sent the e-mail from Tollmere.', context: '', title: '' },
    { id: 1, text: 'Orla Quenby walked to Tollmere.', context: '', title: '' },
  ]);
  const ids = (terms: string[]) => searchSentences(index, terms, { limit: 5 }).map((h) => h.id);

  it('finds it by its joined form', () => {
    expect(ids([termOf('email')!])).toEqual([0]);
  });

  it('finds it by its parts', () => {
    expect(ids([termOf('mail')!])).toEqual([0]);
  });
});

describe('words of other alphabets and of decomposed text', () => {
  // Invented names: "Tavée" and "Ἀρκλήνη" written with their accents as combining marks, Hebrew with its points.
  const decomposed =
    'Tave\u0301e Quenby met \u1F08\u03C1\u03BA\u03BB\u03B7\u0301\u03BD\u03B7 and \u05D9\u05B8\u05E2\u05B0\u05DC\u05D5\u05B9\u05D3.';

  it('keeps a combining mark in the word it is written in', () => {
    expect(words(decomposed)).toEqual([
      'Tave\u0301e',
      'Quenby',
      'met',
      '\u1F08\u03C1\u03BA\u03BB\u03B7\u0301\u03BD\u03B7',
      'and',
      '\u05D9\u05B8\u05E2\u05B0\u05DC\u05D5\u05B9\u05D3',
    ]);
  });

  const index = new SentenceIndex();
  index.addAll([
    { id: 0, text: decomposed, context: '', title: '' },
    { id: 1, text: 'Quenby met the ferry crew.', context: '', title: '' },
  ]);
  const ids = (question: string) => searchSentences(index, termsOf(question), { limit: 5 }).map((h) => h.id);

  it('finds a name written with combining marks by the name written precomposed, in either case', () => {
    expect(ids('Tavée')).toEqual([0]);
    expect(ids('Ἀρκλήνη')).toEqual([0]);
    expect(ids('ἈΡΚΛΉΝΗ')).toEqual([0]);
  });
});
