/**
 * Entry point of `npm start`: with DISCORD_TOKEN set, the bot goes online; without, the console
 * answers the same questions on the bundled corpus.
 */
import { runConsole } from './cli/console.js';
import { readConfig } from './config.js';
import { openStory } from './story/openStory.js';

async function main(): Promise<void> {
  const config = readConfig();
  if (config.discord) {
    const { startBot } = await import('./bot/startBot.js');
    await startBot(config);
    return;
  }
  const opened = await openStory({ corpusDir: config.corpusDir, cacheDir: config.cacheDir });
  for (const s of opened.skipped) process.stderr.write(`skipped ${s.file}: ${s.reason}\n`);
  if (opened.saveError) process.stderr.write(`warning: could not save the index snapshot: ${String(opened.saveError)}\n`);
  if (opened.from === 'corrupt') process.stderr.write('warning: the index snapshot was corrupt and has been rebuilt\n');
  await runConsole(opened.story);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
