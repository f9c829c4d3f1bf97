import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/ingestError.js';
import { readArticleFile } from '../../src/ingest/readArticleFile.js';
import { ARTICLE_PARAGRAPHS, articlePage } from './pages.js';

const BODY = ARTICLE_PARAGRAPHS.join('\n\n');
const bytes = (text: string) => new TextEncoder().encode(text);

function failure(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    if (err instanceof IngestError) return err.failure;
    throw err;
  }
  return 'none';
}

describe('readArticleFile', () => {
  it('reads a saved HTML page, a Markdown file and a text file by their extension', () => {
    expect(readArticleFile('Ferry.HTML', bytes(articlePage())).source).toBe('The Island Herald');
    expect(readArticleFile('ferry.md', bytes(`---\ntitle: "Ferry strike ends"\n---\n\n${BODY}`))).toEqual({
      title: 'Ferry strike ends',
      body: BODY,
    });
    expect(readArticleFile('ferry.txt', bytes(`\uFEFFFerry strike ends\n\n${BODY}`))).toEqual({ title: 'Ferry strike ends', body: BODY });
  });

  it('refuses other files, binary data and text that is not UTF-8', () => {
    expect(failure(() => readArticleFile('ferry.pdf', bytes(BODY)))).toBe('not-text');
    expect(failure(() => readArticleFile('ferry.txt', new Uint8Array([0x46, 0x00, 0x72])))).toBe('not-text');
    expect(failure(() => readArticleFile('ferry.txt', new Uint8Array([0x46, 0xff, 0xfe, 0x72])))).toBe('not-text');
    expect(() => readArticleFile('notes.docx', bytes(BODY))).toThrow(
      'ingest: the file "notes.docx" is not an article file: use .html, .md or .txt',
    );
  });

  it('refuses a file too short to be an article', () => {
    expect(failure(() => readArticleFile('short.txt', bytes('Title\n\nOne line.')))).toBe('not-article');
  });
});
