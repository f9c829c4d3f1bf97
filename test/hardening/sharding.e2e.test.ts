/**
 * Sharding. First the loopback Discord's half: `GET /gateway/bot` recommends shards, IDENTIFY's `shard` is
 * validated (4010 invalid, 4011 too few), and a guild's events reach only shard `(guild_id >> 22) % n`.
 * Then `npm start` with SHARDS=auto in a process of its own: discord.js's ShardingManager opens the story
 * once and starts two shard processes that load its snapshot; each answers the guild Discord routes to it;
 * /reindex on one shard builds once and reaches both; SIGTERM stops every process. A shard told to load a
 * snapshot that is not there says so and exits 78 without building one.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/deployCommands.js';
import { SHARD_CANNOT_RUN, STORY_HASH_ENV } from '../../src/shards/shardProtocol.js';
import { ADMIN_PERMISSIONS, startLoopbackDiscord, type LoopbackDiscord } from '../loopback-discord/index.js';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';
import { replyFor, SECRET_TOKEN } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Two guild ids whose events go to different shards of two: `(id >> 22) % 2` is 0 for the first, 1 for the second. */
const GUILD_0 = String(300_000_000_000n << 22n);
const GUILD_1 = String(300_000_000_001n << 22n);

function titleOf(body: unknown): string | undefined {
  const b = body as { data?: { embeds?: { title?: string }[] }; embeds?: { title?: string }[] };
  return (b.data?.embeds ?? b.embeds)?.[0]?.title;
}

function descriptionOf(body: unknown): string | undefined {
  const b = body as { data?: { embeds?: { description?: string }[] }; embeds?: { description?: string }[] };
  return (b.data?.embeds ?? b.embeds)?.[0]?.description;
}

/** A raw gateway connection: HELLO, then IDENTIFY with `shard`; resolves with READY's `d` or the close code. */
async function identify(
  discord: LoopbackDiscord,
  shard: unknown,
): Promise<{ ready?: Record<string, unknown>; closed?: number; events: { t: string; d: Record<string, unknown> }[]; ws: WebSocket }> {
  const ws = new WebSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
  const events: { t: string; d: Record<string, unknown> }[] = [];
  return new Promise((resolve) => {
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as { op: number; t?: string; d: Record<string, unknown> };
      if (frame.op === 10)
        ws.send(
          JSON.stringify({
            op: 2,
            d: { token: SECRET_TOKEN, intents: 1 | (1 << 9), properties: {}, ...(shard === undefined ? {} : { shard }) },
          }),
        );
      if (frame.op === 0 && frame.t) events.push({ t: frame.t, d: frame.d });
      if (frame.t === 'READY') setTimeout(() => resolve({ ready: frame.d, events, ws }), 100);
    });
    ws.on('close', (code) => resolve({ closed: code, events, ws }));
  });
}

describe('the loopback Discord, sharded', () => {
  let discord: LoopbackDiscord;
  beforeAll(async () => {
    discord = await startLoopbackDiscord({ shards: 2, guildId: GUILD_0, extraGuildIds: [GUILD_1] });
  });
  afterAll(async () => {
    await discord?.close();
  });

  it('recommends its shard count in GET /gateway/bot', async () => {
    const res = await fetch(`${discord.apiUrl}/v10/gateway/bot`, { headers: { authorization: `Bot ${SECRET_TOKEN}` } });
    expect(((await res.json()) as { shards: number }).shards).toBe(2);
  });

  it('routes each guild to shard (guild_id >> 22) % num_shards', () => {
    expect([discord.shardOf(GUILD_0, 2), discord.shardOf(GUILD_1, 2)]).toEqual([0, 1]);
    expect(discord.guildIds).toEqual([GUILD_0, GUILD_1]);
  });

  it('gives each shard its own guilds in READY and GUILD_CREATE, and sends a guild event only to its shard', async () => {
    const s0 = await identify(discord, [0, 2]);
    const s1 = await identify(discord, [1, 2]);
    try {
      expect(s0.ready?.['shard']).toEqual([0, 2]);
      expect(s1.ready?.['shard']).toEqual([1, 2]);
      expect(s0.ready?.['guilds']).toEqual([{ id: GUILD_0, unavailable: true }]);
      expect(s1.ready?.['guilds']).toEqual([{ id: GUILD_1, unavailable: true }]);
      expect(s0.events.filter((e) => e.t === 'GUILD_CREATE').map((e) => e.d['id'])).toEqual([GUILD_0]);
      expect(s1.events.filter((e) => e.t === 'GUILD_CREATE').map((e) => e.d['id'])).toEqual([GUILD_1]);
      const ref = await discord.sendCommand('who', { question: 'anyone' }, { guildId: GUILD_1 });
      await expect.poll(() => s1.events.some((e) => e.t === 'INTERACTION_CREATE' && e.d['id'] === ref.id)).toBe(true);
      expect(s0.events.some((e) => e.t === 'INTERACTION_CREATE')).toBe(false);
      await discord.sendMention('anyone?', { channelId: discord.channelIdOf(GUILD_0) });
      await expect.poll(() => s0.events.some((e) => e.t === 'MESSAGE_CREATE')).toBe(true);
      expect(s1.events.some((e) => e.t === 'MESSAGE_CREATE')).toBe(false);
    } finally {
      s0.ws.close();
      s1.ws.close();
    }
  });

  it.each([
    ['a shard id out of range', [2, 2], 4010],
    ['a malformed shard', ['0', 2], 4010],
    ['fewer shards than required', [0, 1], 4011],
    ['no shard (one connection for a bot that needs two)', undefined, 4011],
  ] as const)('closes an IDENTIFY with %s (%s) with %i', async (_what, shard, code) => {
    const result = await identify(discord, shard);
    expect(result.closed).toBe(code);
  });
});

/** `npm start` with SHARDS in a process of its own, its log lines (both processes' and the manager's) kept. */
interface ShardedBot {
  child: ChildProcess;
  logs: { level: number; msg: string; shard?: number | string; pid?: number; ms?: number; [k: string]: unknown }[];
  startedAt: number;
}

describe('npm start with SHARDS=auto (two shards)', () => {
  let discord: LoopbackDiscord;
  let dir: string;
  let corpusDir: string;
  let cacheDir: string;
  let bot: ShardedBot;
  const shardPids = () => bot.logs.filter((l) => l.msg === 'shard process started').map((l) => l.pid as number);

  beforeAll(async () => {
    discord = await startLoopbackDiscord({ shards: 2, guildId: GUILD_0, extraGuildIds: [GUILD_1] });
    dir = await mkdtemp(join(tmpdir(), 'storybot-shards-'));
    corpusDir = join(dir, 'corpus');
    cacheDir = join(dir, 'cache');
    await cp(FIXTURE_CORPUS, corpusDir, { recursive: true });
    await mkdir(cacheDir);
    await deployCommands({ token: SECRET_TOKEN, clientId: discord.applicationId, apiUrl: discord.apiUrl });
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        DISCORD_TOKEN: SECRET_TOKEN,
        DISCORD_CLIENT_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        CORPUS_DIR: corpusDir,
        CACHE_DIR: cacheDir,
        SHARDS: 'auto',
        COOLDOWN_QUESTIONS: '100',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    bot = { child, logs: [], startedAt: performance.now() };
    const stderr: string[] = [];
    createInterface({ input: child.stderr! }).on('line', (line) => {
      stderr.push(line);
      try {
        bot.logs.push(JSON.parse(line) as ShardedBot['logs'][number]);
      } catch {
        // A line that is not JSON (a start-up failure) is kept in `stderr` for the error below.
      }
    });
    const online = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        if (bot.logs.some((l) => l.msg === 'every shard online')) done(true);
      }, 50);
      const limit = setTimeout(() => done(false), 90_000);
      child.once('exit', () => done(false));
      function done(ok: boolean) {
        clearInterval(timer);
        clearTimeout(limit);
        resolve(ok);
      }
    });
    if (!online) throw new Error(`the sharded bot did not come online:\n${stderr.slice(-20).join('\n')}`);
  }, 120_000);

  afterAll(async () => {
    if (bot && bot.child.exitCode === null && bot.child.signalCode === null) {
      bot.child.kill('SIGKILL');
      await new Promise((resolve) => bot.child.once('exit', resolve));
    }
    // The shards stop when their manager goes; never leave one running whatever happened above.
    for (const pid of bot ? shardPids() : []) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await discord?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it('starts one process per shard, each identifying as its shard and loading the snapshot the manager made', async () => {
    const identifies = discord.gatewayFrames
      .filter((f) => f.dir === 'in' && f.op === 2)
      .map((f) => (f.d as { shard: [number, number] }).shard);
    expect(identifies.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(new Set(shardPids()).size).toBe(2);
    expect(bot.logs.find((l) => l.msg === 'story opened for the shards')?.['from']).toBe('missing');
    const loaded = bot.logs.filter((l) => l.msg === 'story loaded');
    expect(loaded.map((l) => [l.shard, l['from']]).sort()).toEqual([
      [0, 'snapshot'],
      [1, 'snapshot'],
    ]);
    expect(await readdir(cacheDir)).toHaveLength(1);

    const memory = await Promise.all([bot.child.pid!, ...shardPids()].map(rssOf));
    const started = bot.logs.find((l) => l.msg === 'every shard online')?.ms;
    console.info(
      `[2 shards] start to every shard online ${started} ms; RSS manager ${mb(memory[0]!)}, shard 0 ${mb(memory[1]!)}, shard 1 ${mb(memory[2]!)}`,
    );
  });

  it('answers in each guild from the shard Discord routes it to', async () => {
    for (const guildId of [GUILD_0, GUILD_1]) {
      const reply = await replyFor(discord, await discord.sendCommand('who', { question: 'chaired the harbour board' }, { guildId }));
      expect(titleOf(reply.body)).toBe('Who: Ada Lind');
    }
  });

  it('/reindex on one shard builds once and reaches both: the admin is told, and both guilds answer from the new story', async () => {
    const QUESTION = { question: 'did the harbour committee meet' };
    await writeFile(
      join(corpusDir, 'zz-committee.md'),
      '---\ntitle: "Harbour committee"\nsource: "Test Wire"\n---\n\nThe harbour committee met in Lisbon on Tuesday to discuss the dredging.\n',
    );
    for (const guildId of [GUILD_0, GUILD_1]) {
      const before = await replyFor(discord, await discord.sendCommand('where', QUESTION, { guildId }));
      expect(titleOf(before.body)).not.toBe('Where: Lisbon');
    }

    const report = await replyFor(
      discord,
      await discord.sendCommand('reindex', {}, { guildId: GUILD_1, permissions: ADMIN_PERMISSIONS }),
      30_000,
    );
    expect(titleOf(report.body)).toBe('Reindexed');
    expect(descriptionOf(report.body)).toContain('Added: `zz-committee`');
    expect(descriptionOf(report.body)).toContain('Shards: 2 of 2 serve the new index.');
    // Built once, by the shard that received /reindex; the other loaded the snapshot it saved.
    expect(bot.logs.filter((l) => l.msg === 'reindexed').map((l) => l.shard)).toEqual([1]);
    expect(bot.logs.filter((l) => l.msg === 'serving the story another shard rebuilt').map((l) => l.shard)).toEqual([0]);

    for (const guildId of [GUILD_0, GUILD_1]) {
      const after = await replyFor(discord, await discord.sendCommand('where', QUESTION, { guildId }));
      expect(titleOf(after.body)).toBe('Where: Lisbon');
    }
  }, 60_000);

  it('SIGTERM stops every shard gracefully, then the manager (exit 0), leaving no process behind', async () => {
    const pids = shardPids();
    const exited = new Promise<number | null>((resolve) => bot.child.once('exit', resolve));
    bot.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(
      bot.logs
        .filter((l) => l.msg === 'stopped')
        .map((l) => l.shard)
        .sort(),
    ).toEqual([0, 1]);
    for (const pid of pids) expect(isRunning(pid)).toBe(false);
  }, 30_000);
});

describe('a shard process', () => {
  it('whose snapshot is missing says so and exits 78, without building one', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'storybot-shard-'));
    try {
      const child = fork(join(ROOT, 'src/shards/shardProcess.ts'), [], {
        execArgv: ['--import', 'tsx'],
        cwd: ROOT,
        env: {
          PATH: process.env['PATH'] ?? '',
          DISCORD_TOKEN: SECRET_TOKEN,
          DISCORD_CLIENT_ID: '100000000000000001',
          DISCORD_API_URL: 'http://127.0.0.1:9/api',
          CORPUS_DIR: FIXTURE_CORPUS,
          CACHE_DIR: cache,
          SHARDING_MANAGER: 'true',
          SHARDING_MANAGER_MODE: 'process',
          SHARDS: '0',
          SHARD_COUNT: '1',
          [STORY_HASH_ENV]: 'f'.repeat(64),
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      let err = '';
      child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(SHARD_CANNOT_RUN);
      const line = JSON.parse(err.trim().split('\n').at(-1)!) as { level: number; msg: string; miss: string; shard: number };
      expect(line).toMatchObject({ level: 50, miss: 'missing', shard: 0 });
      expect(line.msg).toMatch(
        /^shard: the index snapshot .* is missing \(no snapshot file; expected the story of corpus ffffffffffff\); a shard loads the snapshot the manager made and never builds one$/,
      );
      expect(await readdir(cache)).toEqual([]);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  }, 30_000);
});

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
