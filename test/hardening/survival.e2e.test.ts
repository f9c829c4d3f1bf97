/**
 * A bot that never goes down silently, in a process of its own supervised as `npm start` supervises it:
 * malformed and unsupported interactions get a polite private refusal (or no autocomplete choices) and
 * a log line, never a crash; an exception discord.js throws on a malformed gateway event is logged by
 * the last resort and the bot keeps serving; a fatal gateway close (4004) exits 1 naming the cause; and
 * a start-up failure whose message echoes the Authorization header prints one scrubbed line.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MALFORMED, UNSUPPORTED } from '../../src/bot/dispatcher.js';
import { deployCommands } from '../../src/deployCommands.js';
import { startLoopbackDiscord, type InteractionRef } from '../loopback-discord/index.js';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';
import { replyFor, replyToMessage, SECRET_TOKEN, spawnBotProcess, type BotProcessHarness } from './harness.js';

let p: BotProcessHarness;

beforeAll(async () => {
  p = await spawnBotProcess({ env: { COOLDOWN_QUESTIONS: '100' }, corpus: FIXTURE_CORPUS, logLevel: 'debug' });
}, 60_000);

afterAll(async () => {
  await p?.stop();
});

const EPHEMERAL = 64;
const logLines = () => p.logs.map((l) => JSON.parse(l) as { level: number; msg: string; problem?: string; err?: { message?: string } });

/** The bot's callback for an interaction (whatever the emulator answered). */
function callbackOf(ref: InteractionRef) {
  return p.discord.waitForRequest((r) => p.discord.requestsFor(ref).includes(r) && r.path.endsWith('/callback'), 5_000);
}

async function stillAnswers(): Promise<void> {
  const r = await replyFor(p.discord, await p.discord.sendCommand('who', { question: 'chaired the harbour board' }));
  expect((r.body as { data: { embeds: { title: string }[] } }).data.embeds[0]!.title).toBe('Who: Ada Lind');
  expect(p.child.exitCode).toBeNull();
}

describe('malformed interactions', () => {
  it.each([
    [
      'a button without its message',
      3,
      { custom_id: 'pg|who|3|-', component_type: 2 },
      (d: Record<string, unknown>): void => void delete d['message'],
      'a component interaction without its message',
    ],
    [
      'member permissions "garbage"',
      2,
      { id: '1', name: 'help', type: 1 },
      (d: Record<string, unknown>): void => void ((d['member'] as Record<string, unknown>)['permissions'] = 'garbage'),
      'member permissions that are not a number',
    ],
    [
      'options that are not a list',
      2,
      { id: '1', name: 'who', type: 1, options: 'garbage' },
      (): void => undefined,
      'options that are not a list',
    ],
  ] as const)('%s: a private refusal and a log line, no crash', async (_what, type, data, edit, problem) => {
    const ref = await p.discord.sendRawInteraction(type, { ...data }, edit);
    const callback = await callbackOf(ref);
    expect(callback.status).toBe(204);
    expect(callback.body).toEqual({ type: 4, data: { content: MALFORMED, flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
    await expect.poll(() => logLines().some((l) => l.msg === 'malformed interaction refused' && l.problem === problem)).toBe(true);
    await stillAnswers();
  });

  it('autocomplete without a focused option: no choices, not silence', async () => {
    const ref = await p.discord.sendRawInteraction(4, {
      id: '1',
      name: 'actor',
      type: 1,
      options: [{ name: 'name', type: 3, value: 'Li' }],
    });
    const callback = await callbackOf(ref);
    expect(callback.body).toEqual({ type: 8, data: { choices: [] } });
    await stillAnswers();
  });

  it.each([
    [
      'a user context menu',
      2,
      {
        id: '1',
        name: 'Ask about this user',
        type: 2,
        target_id: '400000000000000001',
        resolved: {
          users: {
            '400000000000000001': { id: '400000000000000001', username: 'someone', discriminator: '0', global_name: null, avatar: null },
          },
        },
      },
    ],
    ['a modal submit', 5, { custom_id: 'form', components: [] }],
  ] as const)('%s: a polite private refusal', async (_what, type, data) => {
    const ref = await p.discord.sendRawInteraction(type, { ...data });
    const callback = await callbackOf(ref);
    expect((callback.body as { type: number; data: { content: string; flags: number } }).data).toMatchObject({
      content: UNSUPPORTED,
      flags: EPHEMERAL,
    });
    await stillAnswers();
  });

  it('a select menu on a message: a polite private refusal', async () => {
    const mention = await p.discord.sendMention('who chaired the harbour board?');
    const message = (await replyToMessage(p.discord, mention)).response as Record<string, unknown>;
    const ref = await p.discord.sendRawInteraction(
      3,
      { custom_id: 'pick', component_type: 3, values: ['a'] },
      (d) => (d['message'] = message),
    );
    const callback = await callbackOf(ref);
    expect((callback.body as { data: { content: string } }).data.content).toBe(UNSUPPORTED);
    await stillAnswers();
  });

  it('a message without an author is ignored, not answered with an error', async () => {
    await p.discord.dispatch('MESSAGE_CREATE', {
      id: '1300000000000000009',
      channel_id: p.discord.channelId,
      guild_id: p.discord.guildId,
      content: 'no author',
    });
    await stillAnswers();
    expect(logLines().filter((l) => l.level >= 50)).toEqual([]);
  });

  it('an exception discord.js throws on a malformed event is logged by the last resort, and the bot keeps serving', async () => {
    await p.discord.dispatch('CHANNEL_CREATE', null);
    await expect
      .poll(() => logLines().some((l) => l.level === 50 && /uncaught exception|unhandled promise rejection/.test(l.msg)), {
        timeout: 5_000,
      })
      .toBe(true);
    await stillAnswers();
  });
});

describe('exits a supervisor can use', () => {
  it('close code 4004 mid-session: an error naming the cause, then exit 1', async () => {
    const q = await spawnBotProcess({ corpus: FIXTURE_CORPUS });
    const exited = new Promise<number | null>((resolve) => q.child.once('exit', resolve));
    q.discord.closeGateway(4004, 'Authentication failed.');
    expect(await exited).toBe(1);
    const fatal = q.logs.map((l) => JSON.parse(l) as { level: number; msg: string; code?: number }).find((l) => l.code === 4004);
    expect(fatal?.level).toBe(50);
    expect(fatal?.msg).toMatch(/^Discord closed the gateway for good \(4004\): authentication failed: the token is wrong or was reset/);
    await q.stop();
  }, 60_000);

  it('a start-up failure that echoes the Authorization header: one line on stderr, token scrubbed, exit 1', async () => {
    const discord = await startLoopbackDiscord();
    const cache = await mkdtemp(join(tmpdir(), 'storybot-start-'));
    try {
      await deployCommands({ token: SECRET_TOKEN, clientId: discord.applicationId, apiUrl: discord.apiUrl });
      discord.failNext(
        (m, path) => m === 'GET' && path === '/gateway/bot',
        { status: 400, body: { message: `Bad header: Authorization: Bot ${SECRET_TOKEN}`, code: 0 } },
        10,
      );
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        env: {
          PATH: process.env['PATH'] ?? '',
          DISCORD_TOKEN: SECRET_TOKEN,
          DISCORD_CLIENT_ID: discord.applicationId,
          DISCORD_API_URL: discord.apiUrl,
          CORPUS_DIR: FIXTURE_CORPUS,
          CACHE_DIR: cache,
          LOG_LEVEL: 'silent',
        },
      });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(err).not.toContain(SECRET_TOKEN);
      expect(err).toContain('Bad header: Authorization: Bot [redacted]');
      expect(err.trim().split('\n')).toHaveLength(1);
    } finally {
      await discord.close();
      await rm(cache, { recursive: true, force: true });
    }
  }, 60_000);
});
