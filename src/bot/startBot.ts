import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { Client, Events, GatewayIntentBits, Partials, RESTEvents } from 'discord.js';
import { commands } from '../../commands/index.js';
import type { Config } from '../config.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import { QuestionError } from '../answer/questionError.js';
import { storyExamplesYielding } from '../present/help.js';
import { storyTimeline } from '../story/catalogues.js';
import type { Story } from '../story/story.js';
import { openStory, type OpenedStory } from '../story/openStory.js';
import { StoryHolder } from '../story/storyHolder.js';
import type { BotCommand } from './botCommand.js';
import { createContext, type BotContext } from './botContext.js';
import { timelineReply } from './catalogueReplies.js';
import { Dispatcher } from './dispatcher.js';
import { createLogger, type Logger } from './logger.js';
import { attachUpdates } from './updates.js';
import { UserError } from './userError.js';

/** How long one Discord REST call may take before it is abandoned (discord.js then retries it). */
export const REST_TIMEOUT_MS = 8_000;

/** Event-loop delay (p99 over a minute) above which the bot logs a warning. */
export const EVENT_LOOP_WARN_MS = 100;

/**
 * Gateway close codes after which Discord will not take the bot back until someone acts, and what to do.
 * discord.js stops reconnecting after them; the bot says why and exits non-zero so a supervisor sees it.
 */
export const FATAL_CLOSE_CODES: Readonly<Record<number, string>> = {
  4004: 'authentication failed: the token is wrong or was reset (Bot → Reset Token in the developer portal, then DISCORD_TOKEN)',
  4010: 'invalid shard sent when identifying',
  4011: 'sharding required: the bot is in too many servers for one connection',
  4012: 'invalid gateway API version',
  4013: 'invalid intents sent when identifying',
  4014: 'disallowed intents: the bot asked for a privileged intent that is not enabled in the developer portal',
};

/** A bot that is built but not necessarily online; `start` logs in, `stop` shuts down gracefully. */
export interface Bot {
  client: Client;
  ctx: BotContext;
  /** Logs in and resolves when the gateway session is ready. */
  start(): Promise<void>;
  /** Stops taking work, waits for replies in flight, then closes the gateway session. */
  stop(): Promise<void>;
  /** Event-loop delay since the last call, in ms (p50, p99, max), then reset. */
  eventLoopDelay(): { p50: number; p99: number; max: number };
  /** Called once when Discord closed the gateway for good (4004, 4010–4014); the bot is then offline. */
  onFatal(listener: (code: number, cause: string) => void): void;
}

/** Options of {@link createBot}. */
export interface BotOptions {
  config: Config & { discord: NonNullable<Config['discord']> };
  logger?: Logger;
  commands?: readonly BotCommand[];
  /**
   * How the story is opened. Default: `openStory` (from the snapshot when current, else built and saved).
   * A shard process loads the manager's snapshot instead and never builds.
   */
  openStory?: () => Promise<OpenedStory>;
  /** Makes the holder of the live story. Default: a `StoryHolder`; a shard's also spreads a reindex to every shard. */
  holder?: (story: Story) => StoryHolder;
}

/**
 * Builds the bot: loads the story (from the snapshot when current), creates the discord.js client
 * (REST sent to DISCORD_API_URL when set, each call abandoned after {@link REST_TIMEOUT_MS}) and attaches
 * the dispatcher. Asks for no privileged intent: mentions and DMs arrive with their content anyway.
 */
export async function createBot(options: BotOptions): Promise<Bot> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel, [config.discord.token]);
  const opened = await (options.openStory ?? (() => openStory({ corpusDir: config.corpusDir, cacheDir: config.cacheDir })))();
  for (const s of opened.skipped) logger.warn({ file: s.file, reason: s.reason }, 'corpus file skipped');
  if (opened.from === 'corrupt') logger.warn({ reason: opened.reason }, 'index snapshot was corrupt; rebuilt from the corpus');
  else if (opened.from === 'stale') logger.info({ reason: opened.reason }, 'index snapshot was stale; rebuilt from the corpus');
  if (opened.saveError)
    logger.error(
      { err: opened.saveError, cacheDir: config.cacheDir },
      'could not save the index snapshot; serving the story built now, and the next start builds it again',
    );
  if (opened.story.articles.length === 0)
    logger.warn({ corpusDir: config.corpusDir }, 'the corpus has no articles: every question will be answered "The story doesn\'t say"');
  logger.info(
    { articles: opened.story.articles.length, sentences: opened.story.sentences.length, from: opened.from, ms: Math.round(opened.ms) },
    'story loaded',
  );

  const holder =
    options.holder?.(opened.story) ?? new StoryHolder(opened.story, { corpusDir: config.corpusDir, cacheDir: config.cacheDir });
  // Make /help's examples in the background, a step at a time, so the first /help need not wait for them.
  void storyExamplesYielding(opened.story);
  const ctx = createContext(holder, config, logger);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: { timeout: REST_TIMEOUT_MS, ...(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}) },
  });
  const dispatcher = new Dispatcher(options.commands ?? commands, ctx);
  dispatcher.attach(client);
  const updates = attachUpdates(client, ctx); // "What's new" posts after rebuilds; WATCH_CORPUS's watcher
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway session resumed'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  const fatalListeners: ((code: number, cause: string) => void)[] = [];
  client.on(Events.ShardDisconnect, ({ code }, shard) => {
    const cause = FATAL_CLOSE_CODES[code] ?? `gateway closed with code ${code} and will not reconnect`;
    logger.error({ shard, code, cause }, `Discord closed the gateway for good (${code}): ${cause}`);
    for (const listener of fatalListeners) listener(code, cause);
  });
  // discord.js waits out a 429 and retries a 5xx (up to 3 times) on its own, silently: say so in the log.
  // `route` is the bucket (":id/:token" placeholders), never the path, which would carry interaction tokens.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429 && response.status < 500) return;
    const fields = { method: request.method, route: request.route, status: response.status, retries: request.retries };
    if (response.status === 429)
      logger.warn(
        { ...fields, retryAfter: response.headers.get('retry-after') },
        'discord rate limited a request; discord.js retries it after the wait',
      );
    else logger.warn(fields, 'discord answered with a server error; discord.js retries up to 3 times');
  });

  // Two histograms: one the bot watches (reset every minute), one read by eventLoopDelay() (the load scripts).
  const delay: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  const watched: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  const watch = setInterval(() => {
    const p99 = ms(watched.percentile(99));
    if (p99 > EVENT_LOOP_WARN_MS)
      logger.warn({ p99, max: ms(watched.max) }, 'event loop delayed over the last minute: replies may be slow');
    watched.reset();
  }, 60_000).unref();

  return {
    client,
    ctx,
    async start() {
      await warmUp(holder.story, logger);
      delay.enable();
      watched.enable();
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.discord.token);
      await ready;
      logger.info({ user: client.user?.tag }, 'online');
    },
    async stop() {
      clearInterval(watch);
      updates.stop();
      delay.disable();
      watched.disable();
      await dispatcher.drain();
      await client.destroy();
      logger.info('stopped');
    },
    eventLoopDelay() {
      const out = { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) };
      delay.reset();
      return out;
    },
    onFatal(listener) {
      fatalListeners.push(listener);
    },
  };
}

/**
 * Pays the first-use costs before the first member does: one answer (the engine's lazily loaded data)
 * and the first /timeline page (the drawing worker's start and fonts). Failures are logged, never fatal.
 */
async function warmUp(story: Story, logger: Logger): Promise<void> {
  const started = performance.now();
  try {
    answerQuestion(story, 'What happened?', { limit: 1 });
    if (storyTimeline(story).length > 0) await timelineReply(story, {}, 0);
  } catch (error) {
    if (!(error instanceof QuestionError) && !(error instanceof UserError))
      logger.warn({ err: error }, 'warm-up failed; the first answers may be slow');
  }
  logger.info({ ms: Math.round(performance.now() - started) }, 'warmed up');
}

/**
 * Makes a running bot a well-behaved process: SIGINT/SIGTERM stop it gracefully (exit 0); a fatal gateway
 * close exits `fatalExitCode` (default 1) after logging why; an uncaught exception or unhandled rejection is
 * logged (through the scrubbing logger) and the bot keeps serving — one bad interaction must not take it
 * down for everyone.
 */
export function superviseProcess(bot: Bot, logger: Logger, { fatalExitCode = 1 }: { fatalExitCode?: number } = {}): void {
  let stopping = false;
  const exitAfterStop = (code: number) =>
    bot.stop().then(
      () => process.exit(code),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    void exitAfterStop(0);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  bot.onFatal(() => {
    if (stopping) return;
    stopping = true;
    void exitAfterStop(fatalExitCode);
  });
  process.on('uncaughtException', (error) => logger.error({ err: error }, 'uncaught exception; still serving'));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection; still serving'));
}

/** `npm start` with a token: brings the bot online, supervised (signals, fatal closes, last-resort logging). */
export async function startBot(config: Config): Promise<void> {
  if (!config.discord) throw new Error('bot: DISCORD_TOKEN is not set');
  const logger = createLogger(config.logLevel, [config.discord.token]);
  const bot = await createBot({ config: { ...config, discord: config.discord }, logger });
  superviseProcess(bot, logger);
  await bot.start();
}
