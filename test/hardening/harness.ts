/**
 * A bot on a loopback Discord for the hardening tests and the load/soak scripts: like test/bot's
 * harness, plus a hook to prepare the corpus copy and the cache before the bot starts, every log line
 * kept, and helpers to wait for replies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import type { BotCommand } from '../../src/bot/botCommand.js';
import { createLogger } from '../../src/bot/logger.js';
import { createBot, type Bot } from '../../src/bot/startBot.js';
import { loadConfig, type LogLevel } from '../../src/config.js';
import { deployCommands } from '../../src/deployCommands.js';
import {
  startLoopbackDiscord,
  type CapturedRequest,
  type InteractionRef,
  type LoopbackDiscord,
  type StartOptions,
} from '../loopback-discord/index.js';
import { carriesMessage, messageBody } from './discordRules.js';

/** The bot token of every hardening run: it must never show up in any captured output. */
export const SECRET_TOKEN = 'HARDEN.sEcReT-t0ken.Qm4xW9zR2vK7';

export interface HardHarness {
  discord: LoopbackDiscord;
  bot: Bot;
  /** Every log line the bot wrote (JSON lines). */
  logs: string[];
  corpusDir: string;
  cacheDir: string;
  /** The parsed log lines at or above `level` (pino numbers: 40 warn, 50 error). */
  logsAt(level: number): { level: number; msg: string; [k: string]: unknown }[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra environment, e.g. { COOLDOWN_QUESTIONS: '100' }. */
  env?: Record<string, string>;
  /** Runs before the bot starts, on the private copies of corpus/ and the cache directory. */
  prepare?: (dirs: { corpusDir: string; cacheDir: string }) => Promise<void>;
  loopback?: StartOptions;
  logLevel?: LogLevel;
  /** Keep no log lines (load and soak runs: the array would grow without bound). */
  discardLogs?: boolean;
  /** The corpus folder to copy (default: corpus/, the bundled story). */
  corpus?: string;
  /** The bot's commands (default: commands/index.ts); in-process harness only. */
  commands?: readonly BotCommand[];
}

/** Starts a loopback Discord, registers the commands, and brings a real bot online against it. */
export async function startHardHarness(options: HarnessOptions = {}): Promise<HardHarness> {
  const discord = await startLoopbackDiscord(options.loopback ?? {});
  const dir = await mkdtemp(join(tmpdir(), 'storybot-harden-'));
  const corpusDir = join(dir, 'corpus');
  const cacheDir = join(dir, 'cache');
  await cp(options.corpus ?? 'corpus', corpusDir, { recursive: true });
  await mkdir(cacheDir, { recursive: true });
  await options.prepare?.({ corpusDir, cacheDir });
  const level = options.logLevel ?? 'debug';
  const config = loadConfig({
    DISCORD_TOKEN: SECRET_TOKEN,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    CORPUS_DIR: corpusDir,
    CACHE_DIR: cacheDir,
    LOG_LEVEL: level,
    ...options.env,
  });
  if (!config.discord) throw new Error('harness: no discord config');
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!options.discardLogs) logs.push(chunk.toString());
      done();
    },
  });
  await deployCommands({ token: SECRET_TOKEN, clientId: discord.applicationId, guildId: discord.guildId, apiUrl: discord.apiUrl });
  let bot: Bot;
  try {
    bot = await createBot({
      config: { ...config, discord: config.discord },
      logger: createLogger(config.logLevel, [SECRET_TOKEN], sink),
      ...(options.commands ? { commands: options.commands } : {}),
    });
    await bot.start();
  } catch (error) {
    await discord.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    discord,
    bot,
    logs,
    corpusDir,
    cacheDir,
    logsAt(min) {
      return logs
        .flatMap((l) => l.split('\n'))
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { level: number; msg: string })
        .filter((l) => l.level >= min);
    },
    async stop() {
      await bot.stop();
      await discord.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The first request for an interaction that carries a message (not a bare ack or defer). */
export function replyFor(discord: LoopbackDiscord, ref: { id: string; token: string }, timeoutMs = 5_000): Promise<CapturedRequest> {
  return discord.waitForRequest((r) => discord.requestsFor(ref).includes(r) && r.status < 300 && carriesMessage(r), timeoutMs);
}

/** The message of the first successful reply to an interaction. */
export async function replyMessage(discord: LoopbackDiscord, ref: InteractionRef, timeoutMs = 5_000) {
  return messageBody(await replyFor(discord, ref, timeoutMs)) as {
    content?: string;
    flags?: number;
    embeds?: { title?: string; description?: string; footer?: { text: string } }[];
    components?: { components: { custom_id: string; label: string }[] }[];
    allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  };
}

/** The bot's reply (a channel message referencing it, accepted by Discord) to a mention or DM. */
export function replyToMessage(
  discord: LoopbackDiscord,
  ref: { messageId: string; channelId: string },
  timeoutMs = 5_000,
): Promise<CapturedRequest> {
  return discord.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      r.status < 300 &&
      r.path === `/channels/${ref.channelId}/messages` &&
      ((r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id ?? '') === ref.messageId,
    timeoutMs,
  );
}

/** Every captured request that carries a message. */
export function capturedMessages(discord: LoopbackDiscord): CapturedRequest[] {
  return discord.requests.filter(carriesMessage);
}

/** Snowflake-shaped user ids for simulated users. */
export function userId(n: number): string {
  return `4${String(n).padStart(17, '0')}`;
}

/** What the bot process reports about itself: memory, and its event-loop delay (ms) since the last report. */
export interface ProcessMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  eventLoop: { p50: number; p99: number; max: number };
}

export interface BotProcessHarness {
  discord: LoopbackDiscord;
  child: ChildProcess;
  /** Every log line the bot wrote on stderr (kept unless discardLogs). */
  logs: string[];
  corpusDir: string;
  cacheDir: string;
  /** The bot process' memory; with `gc`, after a full garbage collection (the child runs with --expose-gc). */
  memory(gc?: boolean): Promise<ProcessMemory>;
  stop(): Promise<void>;
}

/**
 * Like {@link startHardHarness}, but the bot runs in a child process (test/hardening/botProcess.ts), so
 * it does not share an event loop with the emulator: what the bot does cannot hold back what Discord sends.
 */
export async function spawnBotProcess(options: HarnessOptions = {}): Promise<BotProcessHarness> {
  const discord = await startLoopbackDiscord(options.loopback ?? {});
  const dir = await mkdtemp(join(tmpdir(), 'storybot-harden-'));
  const corpusDir = join(dir, 'corpus');
  const cacheDir = join(dir, 'cache');
  await cp(options.corpus ?? 'corpus', corpusDir, { recursive: true });
  await mkdir(cacheDir, { recursive: true });
  await options.prepare?.({ corpusDir, cacheDir });
  await deployCommands({ token: SECRET_TOKEN, clientId: discord.applicationId, guildId: discord.guildId, apiUrl: discord.apiUrl });
  const script = fileURLToPath(new URL('./botProcess.ts', import.meta.url));
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
    env: {
      PATH: process.env['PATH'] ?? '',
      DISCORD_TOKEN: SECRET_TOKEN,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      CORPUS_DIR: corpusDir,
      CACHE_DIR: cacheDir,
      LOG_LEVEL: options.logLevel ?? 'info',
      ...options.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (!options.discardLogs) logs.push(line);
  });
  const memWaiters: ((m: ProcessMemory) => void)[] = [];
  let ready!: () => void;
  let failed!: (e: Error) => void;
  const online = new Promise<void>((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line === 'ready') ready();
    else if (line.startsWith('mem ')) memWaiters.shift()?.(JSON.parse(line.slice(4)));
  });
  child.once('exit', (code) => failed(new Error(`bot process exited with ${code} before it was ready:\n${logs.slice(-20).join('\n')}`)));
  const timer = setTimeout(() => failed(new Error('bot process not ready within 30 s')), 30_000);
  try {
    await online;
  } catch (error) {
    child.kill('SIGKILL');
    await discord.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return {
    discord,
    child,
    logs,
    corpusDir,
    cacheDir,
    memory(gc = false) {
      return new Promise((resolve) => {
        memWaiters.push(resolve);
        child.stdin!.write(gc ? 'gc\n' : 'mem\n');
      });
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timeout);
      }
      await discord.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
