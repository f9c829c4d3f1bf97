import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkipped, parseArticleFile } from '../../src/corpus/loadCorpus.js';
import { articleFileText, slug } from '../../src/ingest/saveArticle.js';

/** Free text as pages give it: quotes, colons, hashes, dashes, YAML indicators, unicode, emoji, line breaks. */
const pageText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '"',
      "'",
      ':',
      '#',
      '-',
      '---',
      '|',
      '>',
      '&',
      '*',
      '!',
      '%',
      '@',
      '`',
      '\n',
      ' ',
      'é',
      'ß',
      '日',
      '😀',
      '\u200b',
      '\t',
      '{',
      '[',
      '?',
      'no',
      'true',
      '2031-05-17',
    ),
    fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('articleFileText', () => {
  it('round-trips any title, publisher and author through the corpus parser', () => {
    fc.assert(
      fc.property(pageText, pageText, pageText, pageText, (title, source, author, bodyWords) => {
        const body = `Ferry crews ended their strike. ${bodyWords.replace(/\s+/g, ' ')}`.trim();
        const parsed = parseArticleFile('a.md', new TextEncoder().encode(articleFileText({ title, source, author, body })));
        expect(isSkipped(parsed)).toBe(false);
        if (isSkipped(parsed)) return;
        const norm = (t: string) => t.replace(/\s+/g, ' ').trim() || undefined;
        expect(parsed.titleGiven ? parsed.title : undefined).toBe(norm(title));
        expect(parsed.source).toBe(norm(source));
        expect(parsed.author).toBe(norm(author));
        expect(parsed.body).toBe(body);
      }),
      { numRuns: 300 },
    );
  });
});

describe('slug', () => {
  it('is always a safe file name part', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const s = slug(title);
        expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(s.length).toBeLessThanOrEqual(60);
      }),
      { numRuns: 500 },
    );
  });
});
