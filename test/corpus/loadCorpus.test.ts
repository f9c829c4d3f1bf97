import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, LoadedCorpus } from '../../src/corpus/article.js';
import { corpusHash, isSkipped, loadCorpus, MAX_FILE_BYTES, parseArticleFile } from '../../src/corpus/loadCorpus.js';
import { deriveTitle, normalisePublished, shorten } from '../../src/corpus/frontMatter.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const realCorpusDir = path.join(root, 'corpus');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Parses and asserts the result is an article. */
function parseOk(file: string, text: string | Uint8Array): Article {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const result = parseArticleFile(file, bytes);
  if (isSkipped(result)) throw new Error(`expected an article, got skipped: ${result.reason}`);
  return result;
}

/** Parses and returns the skip reason (fails when the file loads). */
function parseReason(file: string, text: string | Uint8Array): string {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const result = parseArticleFile(file, bytes);
  if (!isSkipped(result)) throw new Error(`expected a skip, got article ${result.id}`);
  expect(result.file).toBe(file);
  return result.reason;
}

/**
 * An invented corpus shaped like the bundled one: five Markdown articles named `NNN_<hex>.md`, all published the same
 * day; two give a title (one with typographic quotes), three leave it to be derived from a long first sentence; one
 * has source and author, one only a source; two carry extra fields (credit, caption) that are ignored.
 */
const FIXTURE_FILES: Record<string, string> = {
  '000_5d1e0c2a9f3b4e71.md':
    '---\npublished: "2031-03-16"\n---\n\nHarbour Minister Tilde Marsh and a delegation from the islands spent nearly six hours in talks Sunday in Port Anselm. Neither side said much afterwards.\n\n"We made good progress," Marsh told reporters.\n',
  '001_8a7c3f0e2b6d9154.md':
    '---\nsource: "Harbour Courier"\nauthor: "Rosa Vint"\npublished: "2031-03-16"\ncredit: "Staff and wire reports contributed to this article."\n---\n\nA three-hour session between ferry operators and island councils in Port Anselm on Sunday was "constructive," Harbour Minister Tilde Marsh said.\n\nTalks resume next week.\n',
  '002_c4b9e6a1d0f27385.md':
    '---\ntitle: "Marsh: Ferry Talks ‘Constructive,’ But Gaps Remain"\nsource: "Island Gazette"\npublished: "2031-03-16"\n---\n\nThe ferry talks in Port Anselm ran for three hours, and Tilde Marsh called them “constructive.”\n\nShe said more meetings would follow.\n',
  '003_f0e3d7b2a8c61942.md':
    '---\ntitle: "Island ferry talks in Port Anselm make headway, Marsh says"\npublished: "2031-03-16"\n---\n\nHarbour Minister Tilde Marsh said Sunday\'s talks with the island councils in Port Anselm were "useful."\n\nA deal may come within weeks.\n',
  '004_6e2a1b9c7d3f0845.md':
    '---\npublished: "2031-03-16"\ncaption: "Delegates arrive at the harbour office on 16 March 2031. Photo: Island Gazette"\n---\n\nIsland and ferry officials welcomed the Sunday meeting of their two teams at Port Anselm as “constructive”, but shared few details.\n\nThe councils meet again in April.\n',
};

describe('loadCorpus on a corpus shaped like the bundled one', () => {
  let base: string;
  let corpus: LoadedCorpus;
  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'story-bot-fixture-corpus-'));
    for (const [name, content] of Object.entries(FIXTURE_FILES)) await writeFile(path.join(base, name), content);
    corpus = await loadCorpus(base);
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('loads all five articles, sorted by id, and skips nothing', () => {
    expect(corpus.skipped).toEqual([]);
    expect(corpus.articles.map((a) => a.id)).toEqual([
      '000_5d1e0c2a9f3b4e71',
      '001_8a7c3f0e2b6d9154',
      '002_c4b9e6a1d0f27385',
      '003_f0e3d7b2a8c61942',
      '004_6e2a1b9c7d3f0845',
    ]);
    expect(corpus.articles.map((a) => a.file)).toEqual(corpus.articles.map((a) => `${a.id}.md`));
  });

  it('takes the titles of 002 and 003 from their front matter', () => {
    const [, , a002, a003] = corpus.articles;
    expect(a002?.title).toBe('Marsh: Ferry Talks ‘Constructive,’ But Gaps Remain');
    expect(a002?.titleGiven).toBe(true);
    expect(a003?.title).toBe('Island ferry talks in Port Anselm make headway, Marsh says');
    expect(a003?.titleGiven).toBe(true);
  });

  it('derives short titles for the articles without one', () => {
    const [a000, a001, , , a004] = corpus.articles;
    for (const a of [a000, a001, a004]) {
      expect(a?.titleGiven).toBe(false);
      expect(Array.from(a?.title ?? '').length).toBeLessThanOrEqual(80);
    }
    expect(a000?.title).toBe('Harbour Minister Tilde Marsh and a delegation from the islands spent nearly…');
    expect(a001?.title).toBe('A three-hour session between ferry operators and island councils in Port…');
    expect(a004?.title).toBe('Island and ferry officials welcomed the Sunday meeting of their two teams at…');
  });

  it('reads published, source and author, and invents no url', () => {
    for (const a of corpus.articles) {
      expect(a.published).toBe('2031-03-16');
      expect('url' in a).toBe(false);
    }
    const a001 = corpus.articles[1];
    expect(a001?.source).toBe('Harbour Courier');
    expect(a001?.author).toBe('Rosa Vint');
    expect(corpus.articles[2]?.source).toBe('Island Gazette');
    expect('source' in (corpus.articles[0] ?? {})).toBe(false);
    expect('author' in (corpus.articles[0] ?? {})).toBe(false);
  });

  it('keeps bodies trimmed with paragraphs separated by blank lines and no front matter left', () => {
    for (const a of corpus.articles) {
      expect(a.body).toBe(a.body.trim());
      expect(a.body.startsWith('---')).toBe(false);
      expect(a.body).not.toContain('published:');
      expect(a.body).toContain('\n\n');
    }
    expect(corpus.articles[0]?.body.startsWith('Harbour Minister Tilde Marsh and a delegation from the islands')).toBe(true);
  });

  it('throws a corpus: error when the path is a file', async () => {
    const file = path.join(base, '000_5d1e0c2a9f3b4e71.md');
    await expect(loadCorpus(file)).rejects.toThrow(`corpus: "${file}" is not a directory`);
  });

  it('hashes the same articles the same way across loads', async () => {
    const again = await loadCorpus(base);
    expect(corpusHash(again.articles)).toBe(corpusHash(corpus.articles));
  });
});

describe('loadCorpus on the bundled corpus', () => {
  it('loads every file of corpus/ and skips nothing', async () => {
    const bundled = await loadCorpus(realCorpusDir);
    expect(bundled.skipped).toEqual([]);
    expect(bundled.articles.length).toBeGreaterThan(0);
    expect(bundled.articles.map((a) => a.file)).toEqual(bundled.articles.map((a) => `${a.id}.md`));
  });

  it('is stable across loads', async () => {
    const first = await loadCorpus(realCorpusDir);
    const second = await loadCorpus(realCorpusDir);
    expect(corpusHash(first.articles)).toBe(corpusHash(second.articles));
  });
});

describe('loadCorpus on a directory with bad files', () => {
  let base: string;
  let dir: string;
  let corpus: LoadedCorpus;

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'story-bot-corpus-'));
    dir = path.join(base, 'corpus');
    await mkdir(dir);
    const outside = path.join(base, 'secret.md');
    await writeFile(outside, '---\ntitle: Secret\n---\nThis must never load.\n');

    const files: Record<string, string | Uint8Array> = {
      'good.md':
        '---\ntitle: Good article\nsource: Example News\npublished: 2031-03-16\nauthor: Jane Doe\nurl: https://example.com/good\nextra: ignored\n---\n\nFirst paragraph.\n\nSecond paragraph.\n',
      'plain.txt': 'Plain text headline\n\nThe body of the plain text article.\n',
      'broken-yaml.md': '---\ntitle: Fine\nauthor: "a" b\n---\nBody text.\n',
      'unterminated.md': '---\ntitle: Never closed\n\nBody text that never starts.\n',
      'empty-body.md': '---\ntitle: Nothing here\n---\n\n   \n',
      'dup.md': '---\ntitle: First of two\n---\nThe markdown one wins.\n',
      'dup.txt': 'Second of two\nThe text one is skipped.\n',
      'bad-utf8.md': Buffer.concat([Buffer.from('---\ntitle: Bytes\n---\nCaf'), Buffer.from([0xe9, 0x20, 0xff]), Buffer.from('\n')]),
      'bad-date.md': '---\ntitle: Dated\npublished: 2025-02-30\n---\nBody text.\n',
      'bad-url.md': '---\ntitle: Linked\nurl: ftp://example.com/x\n---\nBody text.\n',
      'not-a-mapping.md': '---\n- a\n- b\n---\nBody text.\n',
      'too-big.txt': `Big\n${'x'.repeat(MAX_FILE_BYTES)}\n`,
      // Ignored: dotfiles and other extensions.
      '.hidden.md': '---\ntitle: Hidden\n---\nHidden body.\n',
      'notes.json': '{"title": "not an article"}',
      'image.png': 'not really a png',
    };
    for (const [name, content] of Object.entries(files)) {
      await writeFile(path.join(dir, name), content);
    }
    await symlink(outside, path.join(dir, 'escape.md'));
    await symlink(path.join(dir, 'plain.txt'), path.join(dir, 'alias.txt'));
    await symlink(path.join(dir, 'missing-target.md'), path.join(dir, 'dangling.md'));
    await mkdir(path.join(dir, 'subdir'));
    await writeFile(path.join(dir, 'subdir', 'nested.md'), 'Nested body is not loaded.\n');

    corpus = await loadCorpus(dir);
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('loads exactly the good files, sorted by id', () => {
    expect(corpus.articles.map((a) => a.file)).toEqual(['alias.txt', 'dup.md', 'good.md', 'plain.txt']);
  });

  it('reads every front matter field of the good .md file', () => {
    const good = corpus.articles.find((a) => a.id === 'good');
    expect(good).toEqual({
      id: 'good',
      title: 'Good article',
      titleGiven: true,
      source: 'Example News',
      published: '2031-03-16',
      author: 'Jane Doe',
      url: 'https://example.com/good',
      body: 'First paragraph.\n\nSecond paragraph.',
      file: 'good.md',
    });
  });

  it('reads the first line of the .txt file as its title', () => {
    const plain = corpus.articles.find((a) => a.id === 'plain');
    expect(plain).toEqual({
      id: 'plain',
      title: 'Plain text headline',
      titleGiven: true,
      body: 'The body of the plain text article.',
      file: 'plain.txt',
    });
  });

  it('skips each bad file with its name and an exact reason', () => {
    expect(corpus.skipped).toEqual([
      { file: 'bad-date.md', reason: 'published is not a valid YYYY-MM-DD date: "2025-02-30"' },
      { file: 'bad-url.md', reason: 'url is not an http(s) URL: "ftp://example.com/x"' },
      { file: 'bad-utf8.md', reason: 'file is not valid UTF-8' },
      { file: 'broken-yaml.md', reason: 'front matter is not valid YAML (line 3)' },
      { file: 'dangling.md', reason: 'symlink target does not exist' },
      { file: 'dup.txt', reason: 'duplicate id "dup": already loaded from dup.md' },
      { file: 'empty-body.md', reason: 'article body is empty' },
      { file: 'escape.md', reason: 'symlink points outside the corpus directory' },
      { file: 'not-a-mapping.md', reason: 'front matter is not a YAML mapping' },
      { file: 'too-big.txt', reason: 'file is larger than the 2 MB limit' },
      { file: 'unterminated.md', reason: 'front matter has no closing --- line' },
    ]);
  });

  it('never loads content from outside the corpus directory', () => {
    expect(JSON.stringify(corpus)).not.toContain('This must never load');
  });

  it('ignores dotfiles, other extensions and sub-directories', () => {
    const mentioned = [...corpus.articles.map((a) => a.file), ...corpus.skipped.map((s) => s.file)];
    expect(mentioned).not.toContain('.hidden.md');
    expect(mentioned).not.toContain('notes.json');
    expect(mentioned).not.toContain('image.png');
    expect(mentioned.some((f) => f.includes('nested'))).toBe(false);
  });

  it('returns the same result when loaded twice', async () => {
    expect(await loadCorpus(dir)).toEqual(corpus);
  });

  it.skipIf(isRoot)('skips a file it is not allowed to read', async () => {
    const locked = path.join(dir, 'locked.md');
    await writeFile(locked, '---\ntitle: Locked\n---\nBody.\n');
    await chmod(locked, 0o000);
    try {
      const result = await loadCorpus(dir);
      expect(result.skipped).toContainEqual({ file: 'locked.md', reason: 'file cannot be read (EACCES)' });
    } finally {
      await chmod(locked, 0o644);
      await rm(locked);
    }
  });
});

describe('loadCorpus on a bad directory', () => {
  it('throws a corpus: error naming a missing directory', async () => {
    const missing = path.join(tmpdir(), 'story-bot-no-such-dir-7d1f');
    await expect(loadCorpus(missing)).rejects.toThrow(`corpus: cannot read directory "${missing}" (ENOENT)`);
  });

  it('loads an empty directory as an empty corpus', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'story-bot-empty-'));
    try {
      expect(await loadCorpus(empty)).toEqual({ articles: [], skipped: [] });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('parseArticleFile', () => {
  it('normalises CRLF line endings to LF', () => {
    const a = parseOk('crlf.md', '---\r\ntitle: Windows\r\n---\r\n\r\nOne.\r\n\r\nTwo.\r\n');
    expect(a.title).toBe('Windows');
    expect(a.body).toBe('One.\n\nTwo.');
  });

  it('drops a UTF-8 byte order mark', () => {
    const a = parseOk('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\ntitle: BOM\n---\nBody.')]));
    expect(a.title).toBe('BOM');
  });

  it('uses a leading # heading as the title of a .md without front matter and removes it from the body', () => {
    const a = parseOk('heading.md', '# The Heading\n\nThe body text.\n');
    expect(a).toEqual({ id: 'heading', title: 'The Heading', titleGiven: true, body: 'The body text.', file: 'heading.md' });
  });

  it('uses a leading # heading when the front matter has no title', () => {
    const a = parseOk('fm-heading.md', '---\nsource: X\n---\n# Headline Here\nBody.\n');
    expect(a.title).toBe('Headline Here');
    expect(a.body).toBe('Body.');
  });

  it('keeps a heading in the body when the front matter gives the title', () => {
    const a = parseOk('both.md', '---\ntitle: Given\n---\n# Heading\n\nBody.\n');
    expect(a.title).toBe('Given');
    expect(a.body).toBe('# Heading\n\nBody.');
  });

  it('derives a title from the body of a .md without front matter or heading', () => {
    const a = parseOk('bare.md', 'Talks ended on Sunday. Nobody said much.\n');
    expect(a.title).toBe('Talks ended on Sunday');
    expect(a.titleGiven).toBe(false);
    expect(a.body).toBe('Talks ended on Sunday. Nobody said much.');
  });

  it('treats an empty front matter block as no metadata', () => {
    const a = parseOk('empty-fm.md', '---\n---\nJust a body.');
    expect(a).toEqual({ id: 'empty-fm', title: 'Just a body', titleGiven: false, body: 'Just a body.', file: 'empty-fm.md' });
  });

  it('derives a title when the front matter title is empty', () => {
    const a = parseOk('blank-title.md', '---\ntitle: ""\n---\nA body sentence here.');
    expect(a.title).toBe('A body sentence here');
    expect(a.titleGiven).toBe(false);
  });

  it('accepts a quoted date, an unquoted date and a date-time, normalising to YYYY-MM-DD', () => {
    expect(parseOk('a.md', '---\npublished: "2024-02-29"\n---\nB.').published).toBe('2024-02-29');
    expect(parseOk('a.md', '---\npublished: 2024-02-29\n---\nB.').published).toBe('2024-02-29');
    expect(parseOk('a.md', '---\npublished: 2024-02-29T10:30:00Z\n---\nB.').published).toBe('2024-02-29');
  });

  it('skips a file whose published value is not a real date', () => {
    expect(parseReason('a.md', '---\npublished: 2025-13-01\n---\nB.')).toBe('published is not a valid YYYY-MM-DD date: "2025-13-01"');
    expect(parseReason('a.md', '---\npublished: yesterday\n---\nB.')).toBe('published is not a valid YYYY-MM-DD date: "yesterday"');
    expect(parseReason('a.md', '---\npublished: 16/03/2031\n---\nB.')).toBe('published is not a valid YYYY-MM-DD date: "16/03/2031"');
  });

  it('skips a file whose url is not an http(s) URL', () => {
    expect(parseReason('a.md', '---\nurl: not a url\n---\nB.')).toBe('url is not an http(s) URL: "not a url"');
    expect(parseReason('a.md', '---\nurl: javascript:alert(1)\n---\nB.')).toBe('url is not an http(s) URL: "javascript:alert(1)"');
    expect(parseOk('a.md', '---\nurl: http://example.com/x?y=1\n---\nB.').url).toBe('http://example.com/x?y=1');
  });

  it('joins a list of authors and rejects a mapping as a text field', () => {
    expect(parseOk('a.md', '---\nauthor: [Ann, Bob]\n---\nB.').author).toBe('Ann, Bob');
    expect(parseReason('a.md', '---\ntitle: { a: 1 }\n---\nB.')).toBe('front matter field "title" is not text');
  });

  it('skips a file with duplicate front matter keys as invalid YAML', () => {
    expect(parseReason('a.md', '---\ntitle: One\ntitle: Two\n---\nB.')).toBe('front matter is not valid YAML (line 3)');
  });

  it('skips a .txt file with only a title line', () => {
    expect(parseReason('only-title.txt', '\n\nJust a title\n\n')).toBe('article body is empty');
    expect(parseReason('blank.txt', '  \n\n')).toBe('article body is empty');
  });

  it('skips bytes over the size limit without decoding them', () => {
    expect(parseReason('huge.md', new Uint8Array(MAX_FILE_BYTES + 1))).toBe('file is larger than the 2 MB limit');
  });

  it('treats an upper-case extension like a lower-case one', () => {
    const a = parseOk('LOUD.TXT', 'Title\nBody.');
    expect(a.id).toBe('LOUD');
    expect(a.title).toBe('Title');
  });
});

describe('deriveTitle', () => {
  it('stops at the end of the first sentence and drops its period', () => {
    expect(deriveTitle('Marsh met Vint. They talked.')).toBe('Marsh met Vint');
  });

  it('does not stop at abbreviations or initials', () => {
    expect(deriveTitle('Gen. Melnar met U.S. officials on Sunday. More later.')).toBe('Gen. Melnar met U.S. officials on Sunday');
    expect(deriveTitle('Envoys from the U.S. Met in Oregon. Then left.')).toBe('Envoys from the U.S. Met in Oregon');
    expect(deriveTitle('Mr. Darrow flew to Tallinn. He met Marsk.')).toBe('Mr. Darrow flew to Tallinn');
  });

  it('keeps a question mark and uses only the first paragraph', () => {
    expect(deriveTitle('Is peace near?\n\nSecond paragraph.')).toBe('Is peace near?');
    expect(deriveTitle('No final stop here\n\nSecond paragraph.')).toBe('No final stop here');
  });

  it('cuts long sentences at a word boundary to at most 80 characters with an ellipsis', () => {
    const long = 'word '.repeat(40).trim();
    const title = deriveTitle(long);
    expect(Array.from(title).length).toBeLessThanOrEqual(80);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('collapses whitespace and strips leading Markdown markers', () => {
    expect(deriveTitle('>  A   quoted\nline.')).toBe('A quoted line');
  });
});

describe('shorten', () => {
  it('leaves text of at most the limit unchanged', () => {
    expect(shorten('abc def', 7)).toBe('abc def');
  });

  it('cuts mid-word only when there is no usable space', () => {
    expect(shorten('abcdefghijkl', 6)).toBe('abcde…');
    expect(shorten('abc, defghi', 8)).toBe('abc…');
  });
});

describe('normalisePublished', () => {
  it('turns a YAML date object into YYYY-MM-DD', () => {
    expect(normalisePublished(new Date(Date.UTC(2031, 2, 16)))).toBe('2031-03-16');
  });

  it('treats null and empty as absent', () => {
    expect(normalisePublished(null)).toBeUndefined();
    expect(normalisePublished('  ')).toBeUndefined();
  });
});

describe('corpusHash', () => {
  const a: Article = { id: 'a', title: 'A', titleGiven: true, published: '2031-03-16', body: 'Alpha.', file: 'a.md' };
  const b: Article = { id: 'b', title: 'B', titleGiven: false, body: 'Beta.', file: 'b.txt' };

  it('is a sha256 hex digest that does not depend on article order', () => {
    const h = corpusHash([a, b]);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(corpusHash([b, a])).toBe(h);
  });

  it('changes when a body, title or metadata field changes', () => {
    const h = corpusHash([a, b]);
    expect(corpusHash([{ ...a, body: 'Alpha!' }, b])).not.toBe(h);
    expect(corpusHash([{ ...a, title: 'A2' }, b])).not.toBe(h);
    expect(corpusHash([{ ...a, author: 'Someone' }, b])).not.toBe(h);
    expect(corpusHash([{ ...a, published: '2031-03-17' }, b])).not.toBe(h);
    expect(corpusHash([a])).not.toBe(h);
  });
});
