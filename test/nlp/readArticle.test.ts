import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';
import { readArticle } from '../../src/nlp/readArticle.js';
import { splitSentences } from '../../src/nlp/splitSentences.js';

/** An invented article: titles, a quotation over two sentences, a ticker, sums, dates and a one-line paragraph. */
const BODY = [
  'Gen. Taras Melnar met Mr. Ivo Brandt in the U.S. on Sunday, March 3, 2024. They spoke for an hour.',
  '"We had a useful day. We want a deal by May," Brandt told reporters. Kestrel Corp <KES.N> said profit rose 12% to $54m.',
  'Shares closed at 1,100 crowns on Friday',
  '  The harbour reopened last week after 40 days. It had been shut since the storm.  ',
].join('\n\n');

describe('readArticle', () => {
  it('gives the sentences of splitSentences and, for each, the tags of tagSentence on it alone', () => {
    const read = readArticle('a', BODY);
    const split = splitSentences('a', BODY);
    expect(read.sentences).toEqual(split);
    expect(read.tagged).toHaveLength(split.length);
    read.sentences.forEach((s, i) => expect(read.tagged[i]).toEqual(tagSentence(s.text)));
    // Each sentence has only its own tokens and entities, offsets into its own text.
    const quote = read.sentences.findIndex((s) => s.text.startsWith('"We had'));
    expect(read.tagged[quote]!.tokens[0]).toMatchObject({ text: '"', start: 0 });
    expect(read.tagged[quote + 1]!.entities.map((e) => [e.type, e.text])).toEqual([
      ['PERCENT', '12%'],
      ['MONEY', '$54m'],
    ]);
  });

  it('reads an empty body, or one of blank lines, as no sentences', () => {
    expect(readArticle('e', '')).toEqual({ sentences: [], tagged: [] });
    expect(readArticle('e', '\n\n  \n')).toEqual({ sentences: [], tagged: [] });
  });
});
