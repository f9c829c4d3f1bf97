/**
 * A bot in a process of its own, configured from the environment (DISCORD_API_URL pointing at a loopback
 * Discord in the parent). Used where the bot must not share an event loop with the emulator: while the
 * bot is busy (a synchronous index build), the emulator can still send it interactions, as Discord would.
 *
 * Prints "ready" on stdout once online; logs (JSON lines) go to stderr; SIGTERM stops it gracefully.
 * The parent can ask for its memory with a line "mem" on stdin: it answers `mem {"rss":…,"heapUsed":…}`.
 */
import { createInterface } from 'node:readline';
import { createLogger } from '../../src/bot/logger.js';
import { createBot } from '../../src/bot/startBot.js';
import { loadConfig } from '../../src/config.js';

const config = loadConfig(process.env);
if (!config.discord) throw new Error('botProcess: DISCORD_TOKEN and DISCORD_CLIENT_ID are required');
const logger = createLogger(config.logLevel, [config.discord.token], process.stderr);
const bot = await createBot({ config: { ...config, discord: config.discord }, logger });
await bot.start();
process.stdout.write('ready\n');

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'gc' && typeof globalThis.gc === 'function') globalThis.gc();
  if (line.trim() === 'mem' || line.trim() === 'gc') {
    const m = process.memoryUsage();
    process.stdout.write(`mem ${JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external })}\n`);
  }
});

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  bot.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
