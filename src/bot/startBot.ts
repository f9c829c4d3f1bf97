import { Client, Events, GatewayIntentBits, Partials, RESTEvents } from 'discord.js';
import { commands } from '../../commands/index.js';
import type { Config } from '../config.js';
import { openStory } from '../story/openStory.js';
import { StoryHolder } from '../story/storyHolder.js';
import type { BotCommand } from './botCommand.js';
import { createContext, type BotContext } from './botContext.js';
import { Dispatcher } from './dispatcher.js';
import { createLogger, type Logger } from './logger.js';

/** A bot that is built but not necessarily online; `start` logs in, `stop` shuts down gracefully. */
export interface Bot {
  client: Client;
  ctx: BotContext;
  /** Logs in and resolves when the gateway session is ready. */
  start(): Promise<void>;
  /** Stops taking work, waits for replies in flight, then closes the gateway session. */
  stop(): Promise<void>;
}

export interface BotOptions {
  config: Config & { discord: NonNullable<Config['discord']> };
  logger?: Logger;
  commands?: readonly BotCommand[];
}

/**
 * Builds the bot: loads the story (from the snapshot when current), creates the discord.js client
 * (REST sent to DISCORD_API_URL when set) and attaches the dispatcher. Asks for no privileged intent:
 * mentions and DMs arrive with their content anyway.
 */
export async function createBot(options: BotOptions): Promise<Bot> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel, [config.discord.token]);
  const opened = await openStory({ corpusDir: config.corpusDir, cacheDir: config.cacheDir });
  for (const s of opened.skipped) logger.warn({ file: s.file, reason: s.reason }, 'corpus file skipped');
  if (opened.from === 'corrupt') logger.warn('index snapshot was corrupt; rebuilt from the corpus');
  if (opened.saveError) logger.warn({ err: opened.saveError }, 'could not save the index snapshot');
  logger.info({ articles: opened.story.articles.length, sentences: opened.story.sentences.length, from: opened.from, ms: Math.round(opened.ms) }, 'story loaded');

  const holder = new StoryHolder(opened.story, { corpusDir: config.corpusDir, cacheDir: config.cacheDir });
  const ctx = createContext(holder, config, logger);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.discord.apiUrl ? { rest: { api: config.discord.apiUrl } } : {}),
  });
  const dispatcher = new Dispatcher(options.commands ?? commands, ctx);
  dispatcher.attach(client);
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway session resumed'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  // discord.js waits out a 429 and retries a 5xx (up to 3 times) on its own, silently: say so in the log.
  // `route` is the bucket (":id/:token" placeholders), never the path, which would carry interaction tokens.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429 && response.status < 500) return;
    const fields = { method: request.method, route: request.route, status: response.status, retries: request.retries };
    if (response.status === 429) logger.warn({ ...fields, retryAfter: response.headers.get('retry-after') }, 'discord rate limited a request; discord.js retries it after the wait');
    else logger.warn(fields, 'discord answered with a server error; discord.js retries up to 3 times');
  });

  return {
    client,
    ctx,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.discord.token);
      await ready;
      logger.info({ user: client.user?.tag }, 'online');
    },
    async stop() {
      await dispatcher.drain();
      await client.destroy();
      logger.info('stopped');
    },
  };
}

/** `npm start` with a token: brings the bot online and shuts it down cleanly on SIGINT/SIGTERM. */
export async function startBot(config: Config): Promise<void> {
  if (!config.discord) throw new Error('bot: DISCORD_TOKEN is not set');
  const logger = createLogger(config.logLevel, [config.discord.token]);
  const bot = await createBot({ config: { ...config, discord: config.discord }, logger });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  await bot.start();
}
