/**
 * Secrets never leak: the bot token (and the interaction tokens Discord hands the bot, which let anyone
 * edit its replies for 15 minutes) appear in no log line, no reply, no captured request body, and no
 * error message — after a run with faults, failures and a command that throws an error quoting the token;
 * nor in the errors of a bad token or of configuration problems.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotCommand } from '../../src/bot/botCommand.js';
import { createLogger } from '../../src/bot/logger.js';
import { createBot } from '../../src/bot/startBot.js';
import { GENERIC_ERROR } from '../../src/bot/userError.js';
import { loadConfig } from '../../src/config.js';
import { deployCommands } from '../../src/deployCommands.js';
import { commands } from '../../commands/index.js';
import { ADMIN_PERMISSIONS, rateLimited, startLoopbackDiscord, type InteractionRef } from '../loopback-discord/index.js';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';
import { replyFor, replyMessage, replyToMessage, SECRET_TOKEN, startHardHarness, type HardHarness } from './harness.js';

/** A command that fails with an error quoting the token, as a careless library might. */
const boom: BotCommand = {
  spec: { name: 'boom', description: 'Fails', gives: 'a failure', options: [], limit: 'none', visibility: 'public', console: false },
  data: { name: 'boom', description: 'Fails' } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async run() {
    throw new Error(`request to https://discord.com/api failed with Authorization: Bot ${SECRET_TOKEN}`);
  },
};

let h: HardHarness;
const refs: InteractionRef[] = [];
const errors: unknown[] = [];

beforeAll(async () => {
  h = await startHardHarness({ env: { COOLDOWN_QUESTIONS: '100' }, commands: [...commands, boom], corpus: FIXTURE_CORPUS });
}, 30_000);

afterAll(async () => {
  await h?.stop();
});

const isCallback = (m: string, p: string) => m === 'POST' && p.endsWith('/callback');

describe('a run with faults and failures', () => {
  it('exercises every path that logs: answers, a throwing command, REST faults, a gateway close, a reindex', async () => {
    const send = async (...args: Parameters<typeof h.discord.sendCommand>) => {
      const ref = await h.discord.sendCommand(...args);
      refs.push(ref);
      return ref;
    };
    await replyFor(h.discord, await send('who', { question: 'chaired the harbour board' }));
    const failed = await replyMessage(h.discord, await send('boom'));
    expect(failed.content).toBe(GENERIC_ERROR);
    h.discord.failNext(isCallback, rateLimited(0.2), 1);
    await replyFor(h.discord, await send('who', { question: 'chaired the harbour board' }), 8_000);
    h.discord.failNext(isCallback, { status: 500, body: { message: 'Internal Server Error', code: 0 } }, 4);
    await replyFor(h.discord, await send('ask', { question: 'What did Lind say about the terminal?' }), 8_000);
    // A callback refused for good (404 Unknown interaction), and its fallback notice as well.
    h.discord.failNext(isCallback, { status: 404, body: { message: 'Unknown interaction', code: 10062 } }, 2);
    const lost = await send('who', { question: 'chaired the harbour board' });
    await h.discord.waitForRequest(
      (r) => h.discord.requestsFor(lost).filter((x) => x.status === 404).length === 2 && h.discord.requestsFor(lost).includes(r),
      5_000,
    );
    await expect.poll(() => h.logs.filter((l) => l.includes('could not tell the user')).length).toBe(1);
    h.discord.closeGateway(4000);
    await replyFor(h.discord, await send('reindex', {}, { permissions: ADMIN_PERMISSIONS }), 15_000);
    await replyToMessage(h.discord, await h.discord.sendMention('who chaired the harbour board?'));
    expect(h.logsAt(50).length).toBeGreaterThanOrEqual(2);
  });

  it('the bot token is nowhere: logs, request bodies, responses, replies', () => {
    const everything = [
      ...h.logs,
      ...h.discord.requests.map((r) => JSON.stringify({ path: r.path, query: String(r.query), body: r.body, response: r.response })),
      // IDENTIFY (op 2) and RESUME (op 6) carry the token to Discord, as they must.
      ...h.discord.gatewayFrames.filter((f) => f.op !== 2 && f.op !== 6).map((f) => JSON.stringify(f)),
    ].join('\n');
    expect(everything.length).toBeGreaterThan(10_000);
    expect(everything).not.toContain(SECRET_TOKEN);
    // The thrown error was logged, with the token censored.
    expect(h.logs.some((l) => l.includes('failed with Authorization: Bot [redacted]'))).toBe(true);
    // The token only ever travels where Discord needs it: the Authorization header and IDENTIFY.
    expect(
      h.discord.requests.filter((r) => r.headers['authorization']).map((r) => r.headers['authorization']!.replace(SECRET_TOKEN, 'TOKEN')),
    ).toContain('Bot TOKEN');
  });

  it('no interaction token is in the logs (they let anyone edit the bot’s replies for 15 minutes)', () => {
    const logs = h.logs.join('\n');
    const leaked = refs.filter((r) => logs.includes(r.token));
    expect(leaked.map((r) => r.id)).toEqual([]);
    // The failed requests were logged, with the token in their URL censored.
    expect(logs).toMatch(/\/interactions\/\d+\/\[redacted\]\/callback/);
  });
});

describe('errors that could carry the token', () => {
  it('a rejected token: the login error and everything logged name no token', async () => {
    const discord = await startLoopbackDiscord();
    discord.rejectTokens();
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const config = loadConfig({
      DISCORD_TOKEN: SECRET_TOKEN,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      LOG_LEVEL: 'trace',
    });
    const bot = await createBot({ config: { ...config, discord: config.discord! }, logger: createLogger('trace', [SECRET_TOKEN], sink) });
    const error = await bot.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    errors.push(error);
    await bot.client.destroy();
    const deployError = await deployCommands({ token: SECRET_TOKEN, clientId: discord.applicationId, apiUrl: discord.apiUrl }).then(
      () => undefined,
      (e: unknown) => e,
    );
    errors.push(deployError);
    await discord.close();
    expect(error).toMatchObject({ code: 'TokenInvalid' });
    expect(deployError).toBeInstanceOf(Error);
    for (const e of errors) expect(describeError(e)).not.toContain(SECRET_TOKEN);
    expect(lines.join('')).not.toContain(SECRET_TOKEN);
  });

  it.each([
    ['DISCORD_CLIENT_ID', SECRET_TOKEN],
    ['DISCORD_GUILD_ID', `x${SECRET_TOKEN}`],
    ['DISCORD_API_URL', `ftp://${SECRET_TOKEN}`],
    ['ADMIN_USER_IDS', `123456789012345678,${SECRET_TOKEN}`],
    ['COOLDOWN_QUESTIONS', SECRET_TOKEN],
    ['COOLDOWN_SECONDS', `${SECRET_TOKEN}0`],
    ['MAX_CONCURRENT_ANSWERS', SECRET_TOKEN],
    ['LOG_LEVEL', SECRET_TOKEN],
  ])('a bad %s holding the token: the config error does not show it', (name, value) => {
    const error = (() => {
      try {
        loadConfig({ DISCORD_TOKEN: SECRET_TOKEN, DISCORD_CLIENT_ID: '123456789012345678', [name]: value });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`config: ${name}`);
    expect(describeError(error)).not.toContain(SECRET_TOKEN);
  });

  it('a token with a space in it: the error says so without showing it', () => {
    const spaced = 'abc.def ghi.jkl-SECRETPART';
    expect(() => loadConfig({ DISCORD_TOKEN: spaced, DISCORD_CLIENT_ID: '123456789012345678' })).toThrow(
      'DISCORD_TOKEN must not contain spaces',
    );
    try {
      loadConfig({ DISCORD_TOKEN: spaced, DISCORD_CLIENT_ID: '123456789012345678' });
    } catch (e) {
      expect(describeError(e)).not.toContain('SECRETPART');
    }
  });

  it('the logger censors the token in any field and any string', () => {
    const lines: string[] = [];
    const logger = createLogger(
      'trace',
      [SECRET_TOKEN],
      new Writable({
        write: (c: Buffer, _e, done) => {
          lines.push(c.toString());
          done();
        },
      }),
    );
    logger.info(
      { token: SECRET_TOKEN, config: { discord: { token: SECRET_TOKEN } }, headers: { authorization: `Bot ${SECRET_TOKEN}` } },
      'fields',
    );
    logger.error({ err: new Error(`boom ${SECRET_TOKEN}`), nested: { deep: [`x${SECRET_TOKEN}y`] } }, `message ${SECRET_TOKEN}`);
    logger.warn(`${SECRET_TOKEN.slice(0, 10)}…`);
    expect(lines.join('')).not.toContain(SECRET_TOKEN);
    expect(lines).toHaveLength(3);
  });
});

/** Everything an error could show: message, stack, own properties, cause. */
function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const own = Object.fromEntries(Object.getOwnPropertyNames(e).map((k) => [k, (e as unknown as Record<string, unknown>)[k]]));
  return `${e.message}\n${e.stack ?? ''}\n${safeJson(own)}\n${e.cause ? describeError(e.cause) : ''}`;
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x));
  } catch {
    return String(v);
  }
}
