/**
 * Preloaded with `--import` by the console test: at exit, prints to stderr one line
 * `loaded-modules <json>` with every CommonJS module path Node loaded (discord.js and its @discordjs
 * packages are CommonJS, so they show up here when anything imports them).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.on('exit', () => {
  process.stderr.write(`loaded-modules ${JSON.stringify(Object.keys(require.cache))}\n`);
});
