/**
 * `npm start` with SHARDS set: discord.js's ShardingManager runs the bot as one process per shard.
 *
 * The manager opens the story once — from the snapshot when it is current, else built and saved — and
 * then starts the shards, each of which loads that snapshot (src/shards/shardProcess.ts) and never builds.
 * One story in memory per shard process: see the README for what that costs.
 */
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import { createLogger, type Logger } from '../bot/logger.js';
import type { Config, DiscordConfig } from '../config.js';
import { openStory } from '../story/openStory.js';
import { NATIVE_REGEXP_FLAG } from '../threads/nativeRegExps.js';
import { isSnapshotMessage, SHARD_CANNOT_RUN, STORY_HASH_ENV } from './shardProtocol.js';

/** The script each shard process runs. */
export const SHARD_FILE = fileURLToPath(new URL('./shardProcess.ts', import.meta.url));

/**
 * How long a shard may take from its start to its gateway session being ready: loading the snapshot of a
 * large story takes seconds, so this is well above discord.js's default 30 s.
 */
export const SHARD_READY_TIMEOUT_MS = 120_000;

/**
 * Pause between starting two shards (discord.js's default): Discord accepts one IDENTIFY per 5 s for most
 * bots, and each shard process identifies on its own.
 */
export const SHARD_SPAWN_DELAY_MS = 5_500;

/** How long the manager waits for its shards to stop gracefully at shutdown before it kills them. */
export const SHARD_STOP_TIMEOUT_MS = 10_000;

/** Config of a sharded start: a Discord token and SHARDS. */
export type ShardedConfig = Config & { discord: DiscordConfig; shards: number | 'auto' };

/**
 * Shard processes run the TypeScript sources through tsx's loader, resolved from here so that the shards
 * start whatever the working directory, and compile regular expressions as `npm start` does (NATIVE_REGEXP_FLAG,
 * which NODE_OPTIONS does not accept). Heap limits and other Node flags reach them through NODE_OPTIONS.
 */
export function shardExecArgv(): string[] {
  return [NATIVE_REGEXP_FLAG, '--import', import.meta.resolve('tsx')];
}

/** The shard count Discord recommends for this bot (`GET /gateway/bot`, through DISCORD_API_URL when set). */
export async function recommendedShards(discord: DiscordConfig): Promise<number> {
  const rest = new REST({ ...(discord.apiUrl ? { api: discord.apiUrl } : {}) }).setToken(discord.token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
  if (typeof shards !== 'number' || !Number.isSafeInteger(shards) || shards < 1)
    throw new Error(`shards: Discord recommended ${String(shards)} shards`);
  return shards;
}

/**
 * Opens the story, starts every shard, and supervises them: SIGINT/SIGTERM stop the shards gracefully and
 * exit 0; a shard that dies is restarted by discord.js, unless it exited {@link SHARD_CANNOT_RUN} (its snapshot
 * is unusable, or Discord refused it for good), which stops every shard and exits 1.
 *
 * @throws Error when the story cannot be opened, its snapshot cannot be saved, or a shard fails to start
 * (every shard started is stopped first)
 */
export async function startShardManager(config: ShardedConfig): Promise<void> {
  const started = performance.now();
  const logger = createLogger(config.logLevel, [config.discord.token]).child({ shard: 'manager' });
  const hash = await openOnce(config, logger);
  process.env[STORY_HASH_ENV] = hash;
  const totalShards = config.shards === 'auto' ? await recommendedShards(config.discord) : config.shards;
  const manager = new ShardingManager(SHARD_FILE, {
    totalShards,
    token: config.discord.token,
    mode: 'process',
    respawn: true,
    execArgv: shardExecArgv(),
  });

  let stopping = false;
  let onlineAll = false;
  const stop = async (code: number): Promise<never> => {
    stopping = true;
    manager.respawn = false;
    await stopShards(manager);
    logger.info({ code }, 'every shard stopped');
    process.exit(code);
  };
  manager.on('shardCreate', (shard) => {
    const env = shard.env as Record<string, string | undefined>;
    env[STORY_HASH_ENV] = process.env[STORY_HASH_ENV];
    shard.on('spawn', (child) => logger.info({ shard: shard.id, pid: (child as ChildProcess).pid }, 'shard process started'));
    shard.on('ready', () => logger.info({ shard: shard.id, ms: Math.round(performance.now() - started) }, 'shard online'));
    shard.on('error', (error) => {
      if (!stopping) logger.error({ shard: shard.id, err: error }, 'shard could not be restarted');
    });
    shard.on('message', (message: unknown) => {
      if (!isSnapshotMessage(message)) return;
      // Shards started from now on (a restart) load the story the reindex made.
      process.env[STORY_HASH_ENV] = message.hash;
      for (const s of manager.shards.values()) (s.env as Record<string, string | undefined>)[STORY_HASH_ENV] = message.hash;
      logger.info({ shard: shard.id, hash: message.hash }, 'a shard rebuilt the story; shards started from now on load it');
    });
    shard.on('death', (child) => onDeath(shard, child as ChildProcess));
  });
  const onDeath = (shard: Shard, child: ChildProcess) => {
    // kill() at shutdown also reports a death, before the process has exited.
    if (stopping || (child.exitCode === null && child.signalCode === null)) return;
    const fields = { shard: shard.id, code: child.exitCode, signal: child.signalCode };
    if (child.exitCode === SHARD_CANNOT_RUN) {
      logger.error(
        fields,
        'a shard cannot run (its story snapshot is unusable, or Discord refused it for good: see its log); stopping every shard',
      );
      stopping = true;
      // After discord.js has started its replacement (it does so right after this event), so that one is stopped too.
      setImmediate(() => void stop(1));
    } else if (onlineAll) {
      logger.error(fields, 'a shard process exited; discord.js starts it again');
    }
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  logger.info({ shards: totalShards, hash }, 'starting shards');
  try {
    await manager.spawn({ amount: totalShards, delay: SHARD_SPAWN_DELAY_MS, timeout: SHARD_READY_TIMEOUT_MS });
  } catch (error) {
    if (stopping) return;
    logger.error({ err: error }, 'a shard failed to start; stopping every shard');
    await stop(1);
  }
  onlineAll = true;
  logger.info({ shards: totalShards, ms: Math.round(performance.now() - started) }, 'every shard online');
}

/** Opens the story once (built and saved when the snapshot is missing or stale) and returns its hash. */
async function openOnce(config: ShardedConfig, logger: Logger): Promise<string> {
  const opened = await openStory({ corpusDir: config.corpusDir, cacheDir: config.cacheDir });
  for (const s of opened.skipped) logger.warn({ file: s.file, reason: s.reason }, 'corpus file skipped');
  if (opened.from === 'corrupt') logger.warn({ reason: opened.reason }, 'index snapshot was corrupt; rebuilt from the corpus');
  else if (opened.from === 'stale') logger.info({ reason: opened.reason }, 'index snapshot was stale; rebuilt from the corpus');
  if (opened.saveError !== undefined) {
    const cause = opened.saveError instanceof Error ? opened.saveError.message : String(opened.saveError);
    throw new Error(
      `shards: the index snapshot could not be saved in ${config.cacheDir} (${cause}), and shards load it, never build it: make CACHE_DIR writable, or unset SHARDS`,
    );
  }
  if (opened.story.articles.length === 0)
    logger.warn({ corpusDir: config.corpusDir }, 'the corpus has no articles: every question will be answered "The story doesn\'t say"');
  logger.info(
    { articles: opened.story.articles.length, sentences: opened.story.sentences.length, from: opened.from, ms: Math.round(opened.ms) },
    'story opened for the shards',
  );
  return opened.story.hash;
}

/** SIGTERM to every shard process (a graceful stop), then SIGKILL to those still running after the timeout. */
async function stopShards(manager: ShardingManager): Promise<void> {
  const children = [...manager.shards.values()]
    .map((s) => s.process)
    .filter((c): c is ChildProcess => c !== null && c.exitCode === null && c.signalCode === null);
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), SHARD_STOP_TIMEOUT_MS);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
