import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extractArticle.js';
import { IngestError } from '../../src/ingest/ingestError.js';
import { ARTICLE_PARAGRAPHS, articlePage, barePage, emptyPage } from './pages.js';

const BODY = ARTICLE_PARAGRAPHS.join('\n\n');

describe('extractArticle, HTML', () => {
  it('keeps the article paragraphs and leaves out headline, byline, caption, navigation and footer', () => {
    const { body } = extractArticle(articlePage(), { kind: 'html' });
    expect(body).toBe(BODY);
    for (const furniture of ['Photo: Island Herald', 'By Maren Lutz', 'All rights reserved', 'Related', 'Search'])
      expect(body).not.toContain(furniture);
  });

  it('resolves a relative canonical link against the page address', () => {
    const article = extractArticle(articlePage({ canonical: '/news/ferry' }), {
      kind: 'html',
      url: 'https://www.islandherald.example/x?utm=1',
    });
    expect(article.url).toBe('https://www.islandherald.example/news/ferry');
  });

  it('invents nothing a page does not state', () => {
    expect(extractArticle(barePage(), { kind: 'html' })).toEqual({ body: BODY });
    expect(extractArticle(barePage(), { kind: 'html', url: 'https://blog.example/p/1' })).toEqual({
      body: BODY,
      url: 'https://blog.example/p/1',
    });
  });

  it('refuses a page without article text', () => {
    expect(() => extractArticle(emptyPage(), { kind: 'html', url: 'https://www.islandherald.example/sections' })).toThrow(IngestError);
    expect(() => extractArticle('', { kind: 'html' })).toThrow('ingest: the content does not look like an article: no readable text');
  });
});

describe('extractArticle, Markdown and text', () => {
  it('reads Markdown front matter by the corpus rules', () => {
    const md = `---\ntitle: "Ferry strike ends"\nsource: "Island Herald"\npublished: "2031-05-17"\n---\n\n${BODY}\n`;
    expect(extractArticle(md, { kind: 'md' })).toEqual({
      title: 'Ferry strike ends',
      source: 'Island Herald',
      published: '2031-05-17',
      body: BODY,
    });
  });

  it('takes a text file first line as its title', () => {
    expect(extractArticle(`Ferry strike ends\n\n${BODY}`, { kind: 'txt' })).toEqual({ title: 'Ferry strike ends', body: BODY });
  });

  it('passes on the loader reason for a broken file', () => {
    expect(() => extractArticle('---\ntitle: [unclosed\n---\n\nText', { kind: 'md' })).toThrow(
      /^ingest: the Markdown file cannot be used: front matter is not valid YAML/,
    );
  });
});
