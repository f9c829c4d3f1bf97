import { describe, expect, it } from 'vitest';
import { searchSentences, SentenceIndex } from '../../src/search/sentenceIndex.js';
import { indexWords, termOf, words } from '../../src/search/terms.js';

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
