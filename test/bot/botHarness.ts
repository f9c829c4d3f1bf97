import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createBot, type Bot } from '../../src/bot/startBot.js';
import { createLogger } from '../../src/bot/logger.js';
import { loadConfig } from '../../src/config.js';
import { deployCommands } from '../../src/deployCommands.js';
import { startLoopbackDiscord, type CapturedRequest, type LoopbackDiscord } from '../loopback-discord/index.js';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';

/** A token that must never show up in any captured output. */
export const TEST_TOKEN = 'TEST.secret-token.Zk9xq7Lw3';

export interface Harness {
  discord: LoopbackDiscord;
  bot: Bot;
  /** Every log line the bot wrote. */
  logs: string[];
  corpusDir: string;
  stop(): Promise<void>;
}

/**
 * Starts a loopback Discord, registers the commands there (so option types are known), and brings a
 * real bot online against it, over a private copy of the invented fixture corpus (test/bot/fixture-corpus)
 * and a private cache.
 */
export async function startHarness(env: Record<string, string> = {}, prepare?: (corpusDir: string) => Promise<void>): Promise<Harness> {
  const discord = await startLoopbackDiscord();
  const dir = await mkdtemp(join(tmpdir(), 'storybot-'));
  const corpusDir = join(dir, 'corpus');
  await cp(FIXTURE_CORPUS, corpusDir, { recursive: true });
  await prepare?.(corpusDir);
  const config = loadConfig({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    CORPUS_DIR: corpusDir,
    CACHE_DIR: join(dir, 'cache'),
    LOG_LEVEL: 'debug',
    ...env,
  });
  if (!config.discord) throw new Error('harness: no discord config');
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  await deployCommands({ token: TEST_TOKEN, clientId: discord.applicationId, guildId: discord.guildId, apiUrl: discord.apiUrl });
  const bot = await createBot({ config: { ...config, discord: config.discord }, logger: createLogger('debug', [TEST_TOKEN], sink) });
  await bot.start();
  return {
    discord,
    bot,
    logs,
    corpusDir,
    async stop() {
      await bot.stop();
      await discord.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The first response body for an interaction: its callback or, after a defer, its edit/follow-up. */
export async function replyTo(discord: LoopbackDiscord, ref: { id: string; token: string }, timeoutMs = 5_000): Promise<CapturedRequest> {
  return discord.waitForRequest((r) => discord.requestsFor(ref).includes(r) && isAnswer(r), timeoutMs);
}

function isAnswer(r: CapturedRequest): boolean {
  if (r.method === 'PATCH' || (r.method === 'POST' && r.path.startsWith('/webhooks/'))) return true;
  const type = (r.body as { type?: number } | undefined)?.type;
  return r.method === 'POST' && r.path.endsWith('/callback') && type !== 5 && type !== 6;
}

/** The message data of a callback (`{type, data}`) or a webhook body. */
export function messageOf(r: CapturedRequest): {
  content?: string;
  flags?: number;
  embeds?: {
    title?: string;
    description?: string;
    footer?: { text: string };
    color?: number;
    fields?: { name: string; value: string }[];
    image?: { url: string };
  }[];
  components?: { components: { custom_id: string; label: string; style: number; url?: string; disabled?: boolean }[] }[];
  attachments?: unknown[];
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  choices?: { name: string; value: string }[];
} {
  const body = r.body as { type?: number; data?: unknown };
  return (r.path.endsWith('/callback') ? body.data : body) as ReturnType<typeof messageOf>;
}

/** The buttons of a reply, all rows. */
export function buttonsOf(r: CapturedRequest): { custom_id: string; label: string; style: number; url?: string; disabled?: boolean }[] {
  return (messageOf(r).components ?? []).flatMap((row) => row.components);
}

/** The one button with this label. */
export function button(r: CapturedRequest, label: string): { custom_id: string; label: string; url?: string; disabled?: boolean } {
  const found = buttonsOf(r).filter((b) => b.label === label);
  if (found.length !== 1)
    throw new Error(
      `expected one "${label}" button, found ${found.length}: ${buttonsOf(r)
        .map((b) => b.label)
        .join(', ')}`,
    );
  return found[0]!;
}
