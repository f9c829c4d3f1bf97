/**
 * Bot configuration, read once at start-up from `.env` (via dotenv) and the
 * process environment, and validated. Every variable is optional; see
 * `.env.example` for what each one does.
 */
import { config as loadDotenv } from 'dotenv';

/** Log levels accepted by LOG_LEVEL (pino's, plus `silent`). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Discord connection settings; present only when DISCORD_TOKEN is set. */
export interface DiscordConfig {
  /** Bot token (secret: never log it). */
  token: string;
  /** Application (client) id, a snowflake. */
  clientId: string;
  /** When set, slash commands are deployed to this one server only. */
  guildId?: string;
  /** REST API base URL override (e.g. a local fake server), without trailing slash. */
  apiUrl?: string;
}

/** Validated bot configuration. Absent optional settings are omitted, not `undefined`. */
export interface Config {
  /** Absent → console mode (no Discord connection). */
  discord?: DiscordConfig;
  /** Directory of the article files. */
  corpusDir: string;
  /** Directory for the index snapshot and other caches. */
  cacheDir: string;
  /** Discord user ids allowed to run admin commands. */
  adminUserIds: string[];
  /**
   * Per-user limits over a window of `seconds`: at most `questions` questions (slash questions, mentions,
   * DMs), `browse` lists, profiles and page turns, and `pictures` timeline pictures.
   */
  cooldown: { questions: number; seconds: number; browse: number; pictures: number };
  /** Global ceiling on answers being computed at once. */
  maxConcurrentAnswers: number;
  logLevel: LogLevel;
  /** Channel where a rebuild that adds articles posts "What's new" (UPDATES_CHANNEL_ID); unset: no posts. */
  updatesChannelId?: string;
  /** WATCH_CORPUS=true: a change in the corpus folder rebuilds the index (debounced), as /reindex does. */
  watchCorpus?: true;
  /**
   * SHARDS: run the bot as this many shard processes under discord.js's ShardingManager (`'auto'`: as many
   * as Discord recommends). Absent: one process, no manager. Needs DISCORD_TOKEN.
   */
  shards?: number | 'auto';
}

/** Most shards SHARDS may ask for. */
export const MAX_SHARDS = 1_024;

/** Default values of the optional settings. */
export const CONFIG_DEFAULTS = {
  corpusDir: 'corpus',
  cacheDir: '.cache',
  cooldownQuestions: 5,
  cooldownSeconds: 30,
  cooldownBrowse: 30,
  cooldownPictures: 6,
  maxConcurrentAnswers: 8,
  logLevel: 'info',
} as const satisfies Record<string, string | number>;

const SNOWFLAKE = /^[0-9]{17,20}$/;
const SNOWFLAKE_TEXT = 'a Discord id (17 to 20 digits)';

/**
 * Builds and validates the {@link Config} from `env` (pure: reads nothing
 * else, no dotenv).
 *
 * Values are trimmed and an empty value counts as unset. Every problem found
 * is reported; the thrown Error's message has one line per problem, each
 * like `config: COOLDOWN_QUESTIONS must be a whole number from 1 to 100, got "abc"`.
 * The value of DISCORD_TOKEN never appears in a message (nor does any value
 * containing it).
 *
 * @throws Error when any variable has a bad value, or DISCORD_TOKEN is set
 * without DISCORD_CLIENT_ID.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const raw = env[name];
    if (raw === undefined) return undefined;
    const t = raw.trim();
    return t === '' ? undefined : t;
  };
  const token = get('DISCORD_TOKEN');
  const show = (value: string): string => {
    if (token !== undefined && value.includes(token)) return '(value hidden: it contains DISCORD_TOKEN)';
    const chars = Array.from(value);
    return JSON.stringify(chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : value);
  };
  const bad = (name: string, expected: string, value: string): undefined => {
    problems.push(`config: ${name} must be ${expected}, got ${show(value)}`);
    return undefined;
  };

  const snowflake = (name: string): string | undefined => {
    const v = get(name);
    if (v === undefined) return undefined;
    return SNOWFLAKE.test(v) ? v : bad(name, SNOWFLAKE_TEXT, v);
  };
  const int = (name: string, min: number, max: number, fallback: number): number => {
    const v = get(name);
    if (v === undefined) return fallback;
    const n = /^[0-9]+$/.test(v) ? Number(v) : NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
    bad(name, `a whole number from ${min} to ${max}`, v);
    return fallback;
  };

  // Discord.
  if (token !== undefined && /\s/.test(token)) {
    problems.push('config: DISCORD_TOKEN must not contain spaces or line breaks');
  }
  const clientId = snowflake('DISCORD_CLIENT_ID');
  const guildId = snowflake('DISCORD_GUILD_ID');
  let apiUrl: string | undefined;
  const apiUrlRaw = get('DISCORD_API_URL');
  if (apiUrlRaw !== undefined) {
    if (isHttpUrl(apiUrlRaw)) apiUrl = apiUrlRaw.replace(/\/+$/, '');
    else bad('DISCORD_API_URL', 'an http(s) URL', apiUrlRaw);
  }
  if (token !== undefined && get('DISCORD_CLIENT_ID') === undefined) {
    problems.push('config: DISCORD_CLIENT_ID must be set when DISCORD_TOKEN is set (the application id from the Discord developer portal)');
  }

  // Admins.
  const adminUserIds: string[] = [];
  const adminsRaw = get('ADMIN_USER_IDS');
  if (adminsRaw !== undefined) {
    for (const part of adminsRaw.split(',')) {
      const id = part.trim();
      if (id === '') continue;
      if (!SNOWFLAKE.test(id)) bad('ADMIN_USER_IDS', `a comma-separated list of Discord user ids (17 to 20 digits each)`, id);
      else if (!adminUserIds.includes(id)) adminUserIds.push(id);
    }
  }

  const cooldown = {
    questions: int('COOLDOWN_QUESTIONS', 1, 100, CONFIG_DEFAULTS.cooldownQuestions),
    seconds: int('COOLDOWN_SECONDS', 1, 86_400, CONFIG_DEFAULTS.cooldownSeconds),
    browse: int('COOLDOWN_BROWSE', 1, 1_000, CONFIG_DEFAULTS.cooldownBrowse),
    pictures: int('COOLDOWN_PICTURES', 1, 1_000, CONFIG_DEFAULTS.cooldownPictures),
  };
  const maxConcurrentAnswers = int('MAX_CONCURRENT_ANSWERS', 1, 1_000, CONFIG_DEFAULTS.maxConcurrentAnswers);

  const updatesChannelId = snowflake('UPDATES_CHANNEL_ID');
  let watchCorpus = false;
  const watchRaw = get('WATCH_CORPUS');
  if (watchRaw !== undefined) {
    if (/^(true|false)$/i.test(watchRaw)) watchCorpus = watchRaw.toLowerCase() === 'true';
    else bad('WATCH_CORPUS', 'true or false', watchRaw);
  }

  // In a shard process, discord.js's ShardingManager sets SHARDS to that process's shard ids (and
  // SHARDING_MANAGER): the manager's setting was read by the manager, so it is not read again here.
  let shards: number | 'auto' | undefined;
  const shardsRaw = env['SHARDING_MANAGER'] === undefined ? get('SHARDS') : undefined;
  if (shardsRaw !== undefined) {
    const n = /^[0-9]+$/.test(shardsRaw) ? Number(shardsRaw) : NaN;
    if (shardsRaw.toLowerCase() === 'auto') shards = 'auto';
    else if (Number.isSafeInteger(n) && n >= 1 && n <= MAX_SHARDS) shards = n;
    else bad('SHARDS', `"auto" or a whole number from 1 to ${MAX_SHARDS}`, shardsRaw);
    if (token === undefined)
      problems.push('config: SHARDS needs DISCORD_TOKEN: shards are processes of the Discord bot (unset SHARDS for the console)');
  }

  let logLevel: LogLevel = CONFIG_DEFAULTS.logLevel;
  const levelRaw = get('LOG_LEVEL');
  if (levelRaw !== undefined) {
    const level = LOG_LEVELS.find((l) => l === levelRaw.toLowerCase());
    if (level !== undefined) logLevel = level;
    else bad('LOG_LEVEL', `one of ${LOG_LEVELS.join(', ')}`, levelRaw);
  }

  if (problems.length > 0) throw new Error(problems.join('\n'));

  const config: Config = {
    corpusDir: get('CORPUS_DIR') ?? CONFIG_DEFAULTS.corpusDir,
    cacheDir: get('CACHE_DIR') ?? CONFIG_DEFAULTS.cacheDir,
    adminUserIds,
    cooldown,
    maxConcurrentAnswers,
    logLevel,
  };
  if (updatesChannelId !== undefined) config.updatesChannelId = updatesChannelId;
  if (watchCorpus) config.watchCorpus = true;
  if (shards !== undefined) config.shards = shards;
  if (token !== undefined && clientId !== undefined) {
    const discord: DiscordConfig = { token, clientId };
    if (guildId !== undefined) discord.guildId = guildId;
    if (apiUrl !== undefined) discord.apiUrl = apiUrl;
    config.discord = discord;
  }
  return config;
}

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Loads `.env` from the working directory into `process.env` (variables
 * already set in the environment win; a missing `.env` is fine), then
 * returns {@link loadConfig}`(process.env)`. Call once at start-up.
 *
 * @throws Error prefixed `config:` when `.env` exists but cannot be read,
 * or when a value is invalid (see {@link loadConfig}).
 */
export function readConfig(): Config {
  const result = loadDotenv({ quiet: true });
  const code = result.error?.code;
  if (result.error && code !== 'ENOENT') {
    throw new Error(`config: cannot read .env (${code ?? 'unknown error'})`, { cause: result.error });
  }
  return loadConfig(process.env);
}
