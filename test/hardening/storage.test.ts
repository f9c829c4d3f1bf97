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
import { loadSnapshot, saveSnapshot } from '../../src/story/snapshot.js';
import type { Story, StorySentence } from '../../src/story/story.js';
import { StoryHolder } from '../../src/story/storyHolder.js';
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
  it.each(['rename', 'write'] as const)(
    'killed at %s, over a valid snapshot: the next start loads the previous snapshot, and the orphan is cleaned up on the next save',
    async (killAt) => {
      const first = await openStory({ corpusDir, cacheDir });
      expect(first.from).toBe('missing');
      const saved = await readFile(snapshotPath(corpusDir, cacheDir));

      const run = await killDuringSave(killAt);
      expect(run.signal).toBe('SIGKILL');
      expect(run.stdout).toBe('');
      expect(await temps()).toHaveLength(1);
      expect((await readFile(snapshotPath(corpusDir, cacheDir))).equals(saved)).toBe(true);

      const next = await openStory({ corpusDir, cacheDir });
      expect(next.from).toBe('snapshot');
      expect(next.story.sentences).toHaveLength(SENTENCES);
      await openStory({ corpusDir, cacheDir, force: true });
      expect(await temps()).toEqual([]);
    },
  );

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
  let good: Buffer;
  let story: Story;
  beforeEach(async () => {
    story = (await openStory({ corpusDir, cacheDir })).story;
    good = await readFile(snapshotPath(corpusDir, cacheDir));
    hash = story.hash;
  });

  /** The snapshot of `changed` — written by the real writer, so its checksum is right and only its contents are wrong. */
  const resaved = async (changed: Story): Promise<Buffer> => {
    const path = join(dir, 'resaved.snapshot');
    await saveSnapshot(changed, path);
    return readFile(path);
  };
  const flipped = (at: number) => {
    const copy = Buffer.from(good);
    copy[at] = copy[at]! ^ 0x55;
    return copy;
  };

  const cases: [string, () => string | Buffer | Promise<Buffer>][] = [
    ['garbage bytes', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['an empty file', () => ''],
    ['a JSON snapshot of an older engine', () => '{"version":3,"hash":"abc","articles":[]}'],
    ['truncated to half', () => good.subarray(0, good.length >> 1)],
    ['truncated to its header', () => good.subarray(0, 16 + good.readUInt32LE(12))],
    [
      'a header that is not JSON',
      () => Buffer.concat([good.subarray(0, 16), Buffer.alloc(good.readUInt32LE(12), 0x7b), good.subarray(16 + good.readUInt32LE(12))]),
    ],
    ['one byte changed in the sentences', () => flipped(good.length >> 2)],
    ['one byte changed in the index', () => flipped(good.length - 200)],
    ['one byte changed in the checksum', () => flipped(good.length - 1)],
    [
      'right checksum, sentence text not a string',
      () => resaved({ ...story, sentences: story.sentences.map((s) => ({ ...s, text: 42 as unknown as string })) }),
    ],
    [
      'right checksum, sentences without text',
      () => resaved({ ...story, sentences: story.sentences.map(({ text: _text, ...s }) => s as StorySentence) }),
    ],
    ['right checksum, sentences out of step with the index', () => resaved({ ...story, sentences: story.sentences.slice(1) })],
    ['right checksum, a sentence of an article that is not there', () => resaved({ ...story, articles: [] })],
    [
      'right checksum, an entity beyond its sentence',
      () =>
        resaved({
          ...story,
          sentences: story.sentences.map((s) => ({ ...s, entities: [{ type: 'PERSON', text: 'x', start: 0, end: 10_000 }] })),
        }),
    ],
  ];

  it.each(cases)('%s', async (_name, content) => {
    const path = snapshotPath(corpusDir, cacheDir);
    await writeFile(path, await content());
    expect(await loadSnapshot(path, hash)).toBe('corrupt');
    const again = await openStory({ corpusDir, cacheDir });
    expect(again.from).toBe('corrupt');
    expect(again.reason).toBeTruthy();
    expect(again.story.sentences).toHaveLength(SENTENCES);
    expect((await openStory({ corpusDir, cacheDir })).from).toBe('snapshot');
  });

  it('a snapshot made by another build of the engine is stale, and says why', async () => {
    const path = snapshotPath(corpusDir, cacheDir);
    await saveSnapshot(story, path, { fingerprint: '0.0.1+0123456789abcdef' });
    expect(await loadSnapshot(path, hash)).toBe('stale');
    const again = await openStory({ corpusDir, cacheDir });
    expect(again.from).toBe('stale');
    expect(again.reason).toMatch(/^built by another version of the engine \(0\.0\.1\+0123456789abcdef; this is /);
  });

  it('the snapshot read back is the story that was saved', async () => {
    const loaded = await loadSnapshot(snapshotPath(corpusDir, cacheDir), hash);
    if (typeof loaded === 'string') throw new Error(loaded);
    expect(loaded.sentences).toEqual(story.sentences);
    expect(loaded.articles).toEqual(story.articles);
    expect(loaded.people).toEqual(story.people);
    expect(loaded.actors).toEqual(story.actors);
    expect(loaded.timeline).toEqual(story.timeline);
    expect(loaded.documentFrequency).toEqual(story.documentFrequency);
    expect(loaded.index.postings().terms).toEqual(story.index.postings().terms);
  });
});

describe('a snapshot that cannot be saved', () => {
  it('at start: the story is built and served, and saveError says why', async () => {
    const blocked = join(dir, 'a-file');
    await writeFile(blocked, 'not a directory');
    const opened = await openStory({ corpusDir, cacheDir: join(blocked, 'cache') });
    expect(opened.story.sentences).toHaveLength(SENTENCES);
    expect(String(opened.saveError)).toMatch(/ENOTDIR|EEXIST/);
  });

  it('on reindex: the new story is swapped in and the report carries saveError', async () => {
    const opened = await openStory({ corpusDir, cacheDir });
    const holder = new StoryHolder(opened.story, { corpusDir, cacheDir: join(snapshotPath(corpusDir, cacheDir), 'below-a-file') });
    await writeFile(join(corpusDir, 'harbour.txt'), 'Harbour news\nThe ferry to the island now leaves at dawn.\n');
    const report = await holder.reindex();
    expect(report.added).toEqual(['harbour']);
    expect(holder.story.articles.map((a) => a.id)).toContain('harbour');
    expect(String(report.saveError)).toMatch(/ENOTDIR|EEXIST/);
  });
});

describe('temporary files of a killed save', () => {
  it('are removed at start, even when the snapshot is current and nothing is saved', async () => {
    await openStory({ corpusDir, cacheDir });
    // A pid above Linux's pid_max: a process that cannot be running.
    const orphan = `${snapshotPath(corpusDir, cacheDir)}.99999999.1.tmp`;
    await writeFile(orphan, 'STORYBOT half written');
    const again = await openStory({ corpusDir, cacheDir });
    expect(again.from).toBe('snapshot');
    expect(await temps()).toEqual([]);
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
    expect(articles.map((a) => a.id)).toEqual([
      '000_ed7fc39ad626e306',
      '001_99aff20ac609c56d',
      '002_8cafd4e87f556505',
      '003_9a95a135f97719c7',
      '004_4ef2145547f1a17f',
      'a..b',
      'alias',
    ]);
    expect(JSON.stringify(articles)).not.toContain('launch codes');
    expect(JSON.stringify(articles)).not.toContain('root:');
  });
});

describe('the bot over a corrupt snapshot and a bad corpus', () => {
  let h: HardHarness;
  beforeAll(async () => {
    h = await startHardHarness({
      corpus: 'test/bot/fixture-corpus',
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
    const msg = await replyMessage(h.discord, await h.discord.sendCommand('who', { question: 'is the chair of the harbour board' }));
    expect(msg.embeds?.[0]?.title).toBe('Who: Ada Lind');
    expect(h.logsAt(50)).toEqual([]);
  });
});
