/**
 * Entry point of `npm start`: with DISCORD_TOKEN set, the bot goes online — in this process, or with SHARDS
 * set as one process per shard under discord.js's ShardingManager (src/shards/shardManager.ts); without a
 * token, the console answers the same questions on the bundled corpus. Console mode loads no discord.js
 * module (the bot is imported only when there is a token). Any start-up failure is one scrubbed line on
 * stderr and exit 1.
 */
import { runConsole } from './cli/console.js';
import { reportOpened } from './cli/report.js';
import { readConfig } from './config.js';
import { errorLine } from './present/scrub.js';
import { openStory } from './story/openStory.js';

async function main(): Promise<void> {
  const config = readConfig();
  if (config.discord && config.shards !== undefined) {
    const { startShardManager } = await import('./shards/shardManager.js');
    await startShardManager({ ...config, discord: config.discord, shards: config.shards });
    return;
  }
  if (config.discord) {
    const { startBot } = await import('./bot/startBot.js');
    await startBot(config);
    return;
  }
  const opened = await openStory({ corpusDir: config.corpusDir, cacheDir: config.cacheDir });
  reportOpened(opened, config.corpusDir, process.stderr);
  await runConsole(opened.story, process.stdin, process.stdout, { corpusDir: config.corpusDir });
}

main().catch((error: unknown) => {
  // The token is read raw here: the config may be what failed, and an error may echo an Authorization header.
  process.stderr.write(`${errorLine(error, [process.env['DISCORD_TOKEN']?.trim()])}\n`);
  process.exitCode = 1;
});
