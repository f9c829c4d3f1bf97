/**
 * Storage faults: a process killed while saving the snapshot, corrupt snapshots of every kind, and corpus
 * files that cannot or must not be read (directories named *.md, dangling symlinks, symlinks and paths
 * leading outside the corpus, named pipes, malformed files). Runs as root in CI, so chmod 000 cannot
 * make a file unreadable; the cases above take its place.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus, MAX_FILE_BYTES } from '../../src/corpus/loadCorpus.js';
import { openStory, snapshotPath } from '../../src/story/openStory.js';
import { loadSnapshot } from '../../src/story/snapshot.js';
import { replyMessage, startHardHarness, type HardHarness } from './harness.js';

let dir: string;
let corpusDir: string;
let cacheDir: string;

/** One short article is corpus enough to test the snapshot (and keeps the many rebuilds here fast). */
const SMALL = '003_9a95a135f97719c7.md';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-storage-'));
  corpusDir = join(dir, 'corpus');
  cacheDir = join(dir, 'cache');
  await mkdir(corpusDir, { recursive: true });
  await cp(join('corpus', SMALL), join(corpusDir, SMALL));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Sentences of the one-article corpus, counted once. */
let SENTENCES = 0;
beforeAll(async () => {
  const d = await mkdtemp(join(tmpdir(), 'storybot-storage-count-'));
  await cp(join('corpus', SMALL), join(d, SMALL));
  SENTENCES = (await openStory({ corpusDir: d, cacheDir: join(d, 'cache') })).story.sentences.length;
  await rm(d, { recursive: true, force: true });
  expect(SENTENCES).toBeGreaterThan(10);
});

/** Runs killDuringSave.ts in a child process; resolves with how it ended. */
function killDuringSave(killAt: 'rename' | 'write'): Promise<{ signal: NodeJS.Signals | null; stdout: string }> {
  const script = fileURLToPath(new URL('./killDuringSave.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { PATH: process.env['PATH'] ?? '', CORPUS_DIR: corpusDir, CACHE_DIR: cacheDir, KILL_AT: killAt },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ signal, stdout })));
}

const temps = async () => (await readdir(cacheDir)).filter((f) => f.endsWith('.tmp'));

describe('a process killed while saving the snapshot', () => {
  it.each(['rename', 'write'] as const)('killed at %s, over a valid snapshot: the next start loads the previous snapshot, and the orphan is cleaned up on the next save', async (killAt) => {
    const first = await openStory({ corpusDir, cacheDir });
    expect(first.from).toBe('missing');
    const saved = await readFile(snapshotPath(corpusDir, cacheDir), 'utf8');

    const run = await killDuringSave(killAt);
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toBe('');
    expect(await temps()).toHaveLength(1);
    expect(await readFile(snapshotPath(corpusDir, cacheDir), 'utf8')).toBe(saved);

    const next = await openStory({ corpusDir, cacheDir });
    expect(next.from).toBe('snapshot');
    expect(next.story.sentences).toHaveLength(SENTENCES);
    await openStory({ corpusDir, cacheDir, force: true });
    expect(await temps()).toEqual([]);
  });

  it('killed before any snapshot existed: the next start rebuilds from the corpus and saves a valid one', async () => {
    await mkdir(cacheDir, { recursive: true });
    const run = await killDuringSave('rename');
    expect(run.signal).toBe('SIGKILL');
    expect(await temps()).toHaveLength(1);
    const next = await openStory({ corpusDir, cacheDir });
    expect(next.from).toBe('missing');
    expect(next.story.sentences).toHaveLength(SENTENCES);
    expect(await temps()).toEqual([]);
    expect((await openStory({ corpusDir, cacheDir })).from).toBe('snapshot');
  });

  it('a leftover temporary file of a live process is left alone', async () => {
    await mkdir(cacheDir, { recursive: true });
    const live = `${snapshotPath(corpusDir, cacheDir)}.${process.ppid}.123.tmp`;
    await writeFile(live, '{"version":1,');
    await openStory({ corpusDir, cacheDir });
    expect(await temps()).toEqual([live.split('/').pop()]);
  });
});

describe('a corrupt snapshot is rebuilt from the corpus, reported as corrupt', () => {
  let hash: string;
  let good: Record<string, unknown>;
  beforeEach(async () => {
    await openStory({ corpusDir, cacheDir });
    good = JSON.parse(await readFile(snapshotPath(corpusDir, cacheDir), 'utf8')) as Record<string, unknown>;
    hash = good['hash'] as string;
  });

  const cases: [string, () => string | Buffer][] = [
    ['garbage bytes', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['an empty file', () => ''],
    ['truncated JSON', () => JSON.stringify(good).slice(0, 5_000)],
    ['JSON null', () => 'null'],
    ['a JSON array', () => '[1,2,3]'],
    ['a JSON string', () => '"snapshot"'],
    ['an empty object', () => '{}'],
    ['version without hash', () => '{"version":1}'],
    ['articles not a list', () => JSON.stringify({ ...good, articles: 'many' })],
    ['documentFrequency not a list', () => JSON.stringify({ ...good, documentFrequency: { a: 1 } })],
    ['index of another shape', () => JSON.stringify({ ...good, index: { nope: true } })],
    ['index missing', () => JSON.stringify({ ...good, index: undefined })],
    ['sentences out of step with the index', () => JSON.stringify({ ...good, sentences: (good['sentences'] as unknown[]).slice(1) })],
  ];

  it.each(cases)('%s', async (_name, content) => {
    const path = snapshotPath(corpusDir, cacheDir);
    await writeFile(path, content());
    expect(await loadSnapshot(path, hash)).toBe('corrupt');
    const again = await openStory({ corpusDir, cacheDir });
    expect(again.from).toBe('corrupt');
    expect(again.story.sentences).toHaveLength(SENTENCES);
    expect((await openStory({ corpusDir, cacheDir })).from).toBe('snapshot');
  });

  it('an older snapshot version is stale, not corrupt', async () => {
    const path = snapshotPath(corpusDir, cacheDir);
    await writeFile(path, JSON.stringify({ ...good, version: 0 }));
    expect(await loadSnapshot(path, hash)).toBe('stale');
  });
});

describe('corpus files that cannot or must not be read are skipped with their reason', () => {
  let outside: string;
  beforeEach(async () => {
    await cp('corpus', corpusDir, { recursive: true });
    outside = join(dir, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'secret.md'), '# Secret\n\nThe launch codes are in the drawer.\n');
    await writeFile(join(dir, 'sibling.md'), '# Sibling\n\nA file next to the corpus directory.\n');
  });

  it('directories, dangling and escaping symlinks, pipes, malformed files; `..` cannot climb out', async () => {
    await mkdir(join(corpusDir, 'folder.md'));
    await symlink(join(dir, 'nowhere.md'), join(corpusDir, 'dangling.md'));
    await symlink(join(outside, 'secret.md'), join(corpusDir, 'escape-absolute.md'));
    await symlink('../sibling.md', join(corpusDir, 'escape-relative.md'));
    await symlink('../outside', join(corpusDir, 'escape-dir.md'));
    await symlink('/etc/passwd', join(corpusDir, 'passwd.txt'));
    await symlink('/dev/zero', join(corpusDir, 'zero.txt'));
    execFileSync('mkfifo', [join(corpusDir, 'pipe.md')]);
    await writeFile(join(corpusDir, 'latin1.md'), Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a, 0x0a, 0x62, 0xe9, 0x62, 0xe9]));
    await writeFile(join(corpusDir, 'broken-yaml.md'), '---\ntitle: [unclosed\n---\n\nBody.\n');
    await writeFile(join(corpusDir, 'bad-date.md'), '---\npublished: yesterday\n---\n\nBody.\n');
    await writeFile(join(corpusDir, 'bad-url.md'), '---\nurl: javascript:alert(1)\n---\n\nBody.\n');
    await writeFile(join(corpusDir, 'empty.txt'), '\n\n   \n');
    await writeFile(join(corpusDir, 'huge.txt'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    // Names with dots: `..md` is a dotfile (ignored); `a..b.md` is just a name, inside the directory.
    await writeFile(join(corpusDir, '..md'), '# Dots\n\nIgnored.\n');
    await writeFile(join(corpusDir, 'a..b.md'), '# Dots\n\nThe harbour is deep.\n');
    // A symlink that stays inside is fine.
    await symlink('a..b.md', join(corpusDir, 'alias.md'));

    const started = Date.now();
    const { articles, skipped } = await loadCorpus(corpusDir);
    expect(Date.now() - started).toBeLessThan(5_000);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(reasons).toEqual({
      'bad-date.md': expect.stringContaining('published'),
      'bad-url.md': expect.stringContaining('url'),
      'broken-yaml.md': expect.stringContaining('front matter is not valid YAML'),
      'dangling.md': 'symlink target does not exist',
      'empty.txt': 'article body is empty',
      'escape-absolute.md': 'symlink points outside the corpus directory',
      'escape-dir.md': 'symlink points outside the corpus directory',
      'escape-relative.md': 'symlink points outside the corpus directory',
      'folder.md': 'not a regular file',
      'huge.txt': 'file is larger than the 2 MB limit',
      'latin1.md': 'file is not valid UTF-8',
      'passwd.txt': 'symlink points outside the corpus directory',
      'pipe.md': 'not a regular file',
      'zero.txt': 'symlink points outside the corpus directory',
    });
    expect(articles.map((a) => a.id)).toEqual(['000_ed7fc39ad626e306', '001_99aff20ac609c56d', '002_8cafd4e87f556505', '003_9a95a135f97719c7', '004_4ef2145547f1a17f', 'a..b', 'alias']);
    expect(JSON.stringify(articles)).not.toContain('launch codes');
    expect(JSON.stringify(articles)).not.toContain('root:');
  });
});

describe('the bot over a corrupt snapshot and a bad corpus', () => {
  let h: HardHarness;
  beforeAll(async () => {
    h = await startHardHarness({
      prepare: async ({ corpusDir: c, cacheDir: cache }) => {
        await writeFile(snapshotPath(c, cache), '{"version":1,"hash":"abc","articles":[');
        await mkdir(join(c, 'folder.md'));
        await symlink('/etc/hostname', join(c, 'outside.md'));
        await symlink(join(c, 'missing.md'), join(c, 'dangling.md'));
        await writeFile(join(c, 'broken.md'), '---\ntitle: [unclosed\n---\n\nBody.\n');
      },
    });
  }, 30_000);
  afterAll(async () => {
    await h?.stop();
  });

  it('warns that the snapshot was corrupt and names every skipped file with its reason, then answers', async () => {
    const warnings = h.logsAt(40);
    expect(warnings.filter((l) => l.msg === 'index snapshot was corrupt; rebuilt from the corpus')).toHaveLength(1);
    const skipped = Object.fromEntries(warnings.filter((l) => l.msg === 'corpus file skipped').map((l) => [l['file'], l['reason']]));
    expect(skipped).toEqual({
      'broken.md': expect.stringContaining('front matter is not valid YAML'),
      'dangling.md': 'symlink target does not exist',
      'folder.md': 'not a regular file',
      'outside.md': 'symlink points outside the corpus directory',
    });
    const msg = await replyMessage(h.discord, await h.discord.sendCommand('who', { question: 'led the Ukrainian delegation' }));
    expect(msg.embeds?.[0]?.title).toBe('Who: Rustem Umerov');
    expect(h.logsAt(50)).toEqual([]);
  });
});
