/**
 * Entry of one shard process. Started by the manager (src/shards/shardManager.ts) through discord.js's
 * ShardingManager, which sets SHARDS and SHARD_COUNT (read by discord.js's Client: which shard to identify
 * as) and SHARDING_MANAGER (the IPC link behind `client.shard`).
 *
 * The shard loads the story from the snapshot the manager built or checked, and never builds one: a
 * missing or stale snapshot is logged and exits {@link SHARD_CANNOT_RUN}, as does a gateway Discord closed
 * for good. A reindex here is built here once and spread to every shard (src/shards/shareStory.ts).
 * SIGINT/SIGTERM stop it gracefully; so does losing the manager (its IPC channel closing).
 */
import { createLogger } from '../bot/logger.js';
import { createBot, superviseProcess, type Bot } from '../bot/startBot.js';
import { readConfig } from '../config.js';
import { storyExamplesYielding } from '../present/help.js';
import { errorLine } from '../present/scrub.js';
import { SHARD_CANNOT_RUN, STORY_HASH_ENV } from './shardProtocol.js';
import { exposeSnapshotTaker, shareSnapshot, SharedStoryHolder, takeSnapshot } from './shareStory.js';
import { openSnapshotStory, SnapshotUnusableError } from './snapshotStory.js';

async function runShard(): Promise<void> {
  const read = readConfig();
  if (!read.discord) throw new Error('shard: DISCORD_TOKEN is not set');
  const discord = read.discord;
  const shard = Number(process.env['SHARDS']);
  // WATCH_CORPUS: only shard 0 watches, so a change is rebuilt once and spread to every shard like a /reindex.
  const { watchCorpus: _watchedByShard0, ...others } = read;
  const config = shard === 0 ? read : others;
  const logger = createLogger(config.logLevel, [discord.token]).child({ shard });
  const hash = process.env[STORY_HASH_ENV];
  if (!hash) throw new Error(`shard: ${STORY_HASH_ENV} is not set: shard processes are started by the manager (npm start with SHARDS set)`);
  const stories = { corpusDir: config.corpusDir, cacheDir: config.cacheDir };
  // Losing the manager (its IPC channel closing) stops the shard: gracefully once supervised, at once before.
  process.once('disconnect', () => {
    logger.warn('the manager is gone: stopping');
    process.kill(process.pid, 'SIGTERM');
  });
  if (!process.connected) process.kill(process.pid, 'SIGTERM');

  let bot: Bot | undefined;
  try {
    bot = await createBot({
      config: { ...config, discord },
      logger,
      openStory: () => openSnapshotStory(stories, hash),
      holder: (story) =>
        new SharedStoryHolder(story, stories, (newHash, saved) => {
          if (!bot) throw new Error('shard: a reindex before the bot was made');
          return shareSnapshot(bot.client, newHash, saved);
        }),
    });
  } catch (error) {
    if (!(error instanceof SnapshotUnusableError)) throw error;
    logger.error({ miss: error.miss, path: error.path }, error.message);
    process.exit(SHARD_CANNOT_RUN);
  }
  const live = bot;
  exposeSnapshotTaker(live.client, async (newHash) => {
    const taken = await takeSnapshot(live.ctx.holder, stories, newHash);
    if (!taken.took) {
      logger.warn(
        { hash: newHash, reason: taken.reason },
        'could not take the story another shard rebuilt; still serving the previous one',
      );
      return taken;
    }
    if (!taken.loaded) return taken; // this shard rebuilt it
    logger.info({ hash: newHash, articles: taken.articles, sentences: taken.sentences }, 'serving the story another shard rebuilt');
    void storyExamplesYielding(live.ctx.holder.story); // /help's examples for the new story, in the background
    return taken;
  });
  superviseProcess(live, logger, { fatalExitCode: SHARD_CANNOT_RUN });
  await live.start();
}

runShard().catch((error: unknown) => {
  process.stderr.write(`${errorLine(error, [process.env['DISCORD_TOKEN']?.trim()])}\n`);
  // The IPC channel to the manager keeps the process alive: leave explicitly.
  process.exit(1);
});
