/**
 * Sharding without processes: SHARDS in the config, a reindex spread from one holder to another through
 * the snapshot (as the shards do through broadcastEval), and the line of the admin's report.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reindexSummary } from '../../commands/reindex.js';
import { loadConfig, MAX_SHARDS } from '../../src/config.js';
import { SharedStoryHolder, takeSnapshot, type ShardsReached } from '../../src/shards/shareStory.js';
import { openSnapshotStory, SnapshotUnusableError } from '../../src/shards/snapshotStory.js';
import { openStory } from '../../src/story/openStory.js';
import { StoryHolder } from '../../src/story/storyHolder.js';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.fake-token-for-tests-only';
const BOT = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '100000000000000001' };

describe('SHARDS', () => {
  it('is absent unless set: one process', () => {
    expect(loadConfig(BOT).shards).toBeUndefined();
  });

  it('takes "auto" (any case) or a whole number from 1 to MAX_SHARDS', () => {
    expect(loadConfig({ ...BOT, SHARDS: 'Auto' }).shards).toBe('auto');
    expect(loadConfig({ ...BOT, SHARDS: '2' }).shards).toBe(2);
    expect(loadConfig({ ...BOT, SHARDS: String(MAX_SHARDS) }).shards).toBe(MAX_SHARDS);
  });

  it.each(['0', 'two', '-1', '1.5', String(MAX_SHARDS + 1)])('names the variable when it is %j', (value) => {
    expect(() => loadConfig({ ...BOT, SHARDS: value })).toThrow(
      `config: SHARDS must be "auto" or a whole number from 1 to ${MAX_SHARDS}, got ${JSON.stringify(value)}`,
    );
  });

  it('needs DISCORD_TOKEN', () => {
    expect(() => loadConfig({ SHARDS: '2' })).toThrow(
      'config: SHARDS needs DISCORD_TOKEN: shards are processes of the Discord bot (unset SHARDS for the console)',
    );
  });

  it('is not read in a shard process, where discord.js sets SHARDS to the shard ids', () => {
    expect(loadConfig({ ...BOT, SHARDS: '0', SHARDING_MANAGER: 'true' }).shards).toBeUndefined();
  });
});

describe('a reindex shared between shards', () => {
  let dir: string;
  let options: { corpusDir: string; cacheDir: string };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storybot-share-'));
    options = { corpusDir: join(dir, 'corpus'), cacheDir: join(dir, 'cache') };
    await cp(FIXTURE_CORPUS, options.corpusDir, { recursive: true });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is built once, and the other shard swaps in the saved snapshot; the report counts both', async () => {
    const opened = await openStory(options);
    const other = new StoryHolder(opened.story, options);
    const builds: string[] = [];
    const rebuilding = new SharedStoryHolder(opened.story, options, async (hash, saved): Promise<ShardsReached> => {
      builds.push(hash);
      expect(saved).toBe(true);
      const answers = [await takeSnapshot(rebuilding, options, hash), await takeSnapshot(other, options, hash)];
      expect(answers).toEqual([
        { took: true, loaded: false, articles: 4, sentences: expect.any(Number) },
        { took: true, loaded: true, articles: 4, sentences: expect.any(Number) },
      ]);
      return { took: 2, of: 2, missed: [] };
    });
    await writeFile(
      join(options.corpusDir, 'zz-committee.md'),
      '---\ntitle: "Harbour committee"\nsource: "Test Wire"\n---\n\nThe harbour committee met in Lisbon on Tuesday.\n',
    );

    const report = await rebuilding.reindex();
    expect(report.added).toEqual(['zz-committee']);
    expect(report.shards).toEqual({ took: 2, of: 2, missed: [] });
    expect(builds).toEqual([rebuilding.story.hash]);
    expect(other.story).not.toBe(opened.story);
    expect(other.story.hash).toBe(rebuilding.story.hash);
    expect(other.story.articles.map((a) => a.id)).toContain('zz-committee');
  });

  it('leaves a shard on its story, saying why, when the snapshot holds another story', async () => {
    const opened = await openStory(options);
    const holder = new StoryHolder(opened.story, options);
    const taken = await takeSnapshot(holder, options, 'f'.repeat(64));
    expect(taken.took).toBe(false);
    expect(taken.took === false && taken.reason).toMatch(
      /^shard: the index snapshot .* is stale \(the corpus has changed since the snapshot was made; expected the story of corpus ffffffffffff\)/,
    );
    expect(holder.story).toBe(opened.story);
  });

  it('never builds in a shard: no snapshot is an error, not a build', async () => {
    await expect(openSnapshotStory(options, 'f'.repeat(64))).rejects.toBeInstanceOf(SnapshotUnusableError);
    await expect(openSnapshotStory(options, 'f'.repeat(64))).rejects.toMatchObject({ miss: 'missing' });
  });
});

describe("the admin's reindex report", () => {
  const base = {
    before: { articles: 3, sentences: 14 },
    after: { articles: 4, sentences: 15 },
    added: ['zz'],
    removed: [],
    changed: [],
    skipped: [],
    ms: 1_200,
  };

  it('says how many shards serve the new index', () => {
    expect(reindexSummary({ ...base, shards: { took: 2, of: 2, missed: [] } })).toContain(
      '\nShards: 2 of 2 serve the new index.\nTook 1.20 s.',
    );
  });

  it('warns and names each shard that did not take it, with the reason', () => {
    expect(reindexSummary({ ...base, shards: { took: 1, of: 2, missed: [{ shard: 1, reason: 'no answer within 60 s' }] } })).toContain(
      '\n⚠ Shards: 1 of 2 serve the new index.\n• shard 1: no answer within 60 s\nTook 1.20 s.',
    );
  });

  it('has no shard line in one process', () => {
    expect(reindexSummary(base)).not.toContain('Shards');
  });
});
