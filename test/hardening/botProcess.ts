/**
 * A bot in a process of its own, configured from the environment (DISCORD_API_URL pointing at a loopback
 * Discord in the parent), supervised exactly as `npm start` supervises it (signals, fatal gateway closes,
 * last-resort logging). Used where the bot must not share an event loop with the emulator, and where a
 * crash or an exit code is what is tested.
 *
 * Prints "ready" on stdout once online; logs (JSON lines) go to stderr; SIGTERM stops it gracefully.
 * The parent can ask for its memory with a line "mem" (or "gc" to collect first) on stdin: it answers
 * `mem {"rss":…,"heapUsed":…,"eventLoop":{"p50":…,"p99":…,"max":…}}` (event-loop delay since the last ask).
 */
import { createInterface } from 'node:readline';
import { createLogger } from '../../src/bot/logger.js';
import { createBot, superviseProcess } from '../../src/bot/startBot.js';
import { loadConfig } from '../../src/config.js';

const config = loadConfig(process.env);
if (!config.discord) throw new Error('botProcess: DISCORD_TOKEN and DISCORD_CLIENT_ID are required');
const logger = createLogger(config.logLevel, [config.discord.token], process.stderr);
const bot = await createBot({ config: { ...config, discord: config.discord }, logger });
superviseProcess(bot, logger);
await bot.start();
process.stdout.write('ready\n');

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'gc' && typeof globalThis.gc === 'function') globalThis.gc();
  if (line.trim() === 'mem' || line.trim() === 'gc') {
    const m = process.memoryUsage();
    process.stdout.write(
      `mem ${JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, eventLoop: bot.eventLoopDelay() })}\n`,
    );
  }
});
