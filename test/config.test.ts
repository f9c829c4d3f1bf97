import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'dotenv';
import { loadConfig } from '../src/config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.super-secret-token-value_0123456789abcdef';
const CLIENT_ID = '123456789012345678';

/** Returns the error message loadConfig throws for `env` (fails if it does not throw). */
function messageFor(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('uses the defaults and console mode for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      corpusDir: 'corpus',
      cacheDir: '.cache',
      adminUserIds: [],
      cooldown: { questions: 5, seconds: 30, browse: 30, pictures: 6 },
      maxConcurrentAnswers: 8,
      logLevel: 'info',
    });
    expect('discord' in loadConfig({})).toBe(false);
  });

  it('treats empty and blank values as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '  ', CORPUS_DIR: '', COOLDOWN_QUESTIONS: ' ', LOG_LEVEL: '' })).toEqual(
      loadConfig({}),
    );
  });

  it('reads every variable when all are set', () => {
    expect(
      loadConfig({
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: CLIENT_ID,
        DISCORD_GUILD_ID: '876543210987654321',
        DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
        CORPUS_DIR: 'data/articles',
        CACHE_DIR: '/tmp/cache',
        ADMIN_USER_IDS: ' 111111111111111111 , 22222222222222222222,,111111111111111111',
        COOLDOWN_QUESTIONS: '3',
        COOLDOWN_SECONDS: '60',
        COOLDOWN_BROWSE: '12',
        COOLDOWN_PICTURES: '2',
        MAX_CONCURRENT_ANSWERS: '2',
        LOG_LEVEL: 'DEBUG',
        UPDATES_CHANNEL_ID: '333333333333333333',
        WATCH_CORPUS: 'TRUE',
      }),
    ).toEqual({
      discord: {
        token: TOKEN,
        clientId: CLIENT_ID,
        guildId: '876543210987654321',
        apiUrl: 'http://127.0.0.1:8080/api',
      },
      corpusDir: 'data/articles',
      cacheDir: '/tmp/cache',
      adminUserIds: ['111111111111111111', '22222222222222222222'],
      cooldown: { questions: 3, seconds: 60, browse: 12, pictures: 2 },
      maxConcurrentAnswers: 2,
      logLevel: 'debug',
      updatesChannelId: '333333333333333333',
      watchCorpus: true,
    });
  });

  it('names UPDATES_CHANNEL_ID and WATCH_CORPUS when their values are wrong', () => {
    expect(() => loadConfig({ UPDATES_CHANNEL_ID: '#news', WATCH_CORPUS: 'yes' })).toThrow(
      'config: UPDATES_CHANNEL_ID must be a Discord id (17 to 20 digits), got "#news"\nconfig: WATCH_CORPUS must be true or false, got "yes"',
    );
  });

  it('omits guildId and apiUrl when they are not set', () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID });
    expect(config.discord).toEqual({ token: TOKEN, clientId: CLIENT_ID });
    expect(Object.keys(config.discord ?? {})).toEqual(['token', 'clientId']);
  });

  it('ignores DISCORD_CLIENT_ID and DISCORD_GUILD_ID without a token', () => {
    const config = loadConfig({ DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_GUILD_ID: CLIENT_ID });
    expect('discord' in config).toBe(false);
  });

  it('requires DISCORD_CLIENT_ID when DISCORD_TOKEN is set', () => {
    const message = messageFor({ DISCORD_TOKEN: TOKEN });
    expect(message).toMatch(/^config: DISCORD_CLIENT_ID must be set when DISCORD_TOKEN is set/);
    expect(message).not.toContain(TOKEN);
  });

  it.each([
    ['COOLDOWN_QUESTIONS', 'abc', 'config: COOLDOWN_QUESTIONS must be a whole number from 1 to 100, got "abc"'],
    ['COOLDOWN_QUESTIONS', '0', 'config: COOLDOWN_QUESTIONS must be a whole number from 1 to 100, got "0"'],
    ['COOLDOWN_QUESTIONS', '101', 'config: COOLDOWN_QUESTIONS must be a whole number from 1 to 100, got "101"'],
    ['COOLDOWN_QUESTIONS', '2.5', 'config: COOLDOWN_QUESTIONS must be a whole number from 1 to 100, got "2.5"'],
    ['COOLDOWN_SECONDS', '-1', 'config: COOLDOWN_SECONDS must be a whole number from 1 to 86400, got "-1"'],
    ['COOLDOWN_SECONDS', '1e3', 'config: COOLDOWN_SECONDS must be a whole number from 1 to 86400, got "1e3"'],
    ['MAX_CONCURRENT_ANSWERS', '0', 'config: MAX_CONCURRENT_ANSWERS must be a whole number from 1 to 1000, got "0"'],
    [
      'MAX_CONCURRENT_ANSWERS',
      '99999999999999999999',
      'config: MAX_CONCURRENT_ANSWERS must be a whole number from 1 to 1000, got "99999999999999999999"',
    ],
    ['LOG_LEVEL', 'verbose', 'config: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"'],
    ['DISCORD_CLIENT_ID', 'my-bot', 'config: DISCORD_CLIENT_ID must be a Discord id (17 to 20 digits), got "my-bot"'],
    ['DISCORD_GUILD_ID', '12345', 'config: DISCORD_GUILD_ID must be a Discord id (17 to 20 digits), got "12345"'],
    ['DISCORD_API_URL', 'ftp://example.com', 'config: DISCORD_API_URL must be an http(s) URL, got "ftp://example.com"'],
    ['DISCORD_API_URL', 'localhost:8080', 'config: DISCORD_API_URL must be an http(s) URL, got "localhost:8080"'],
    [
      'ADMIN_USER_IDS',
      '111111111111111111,bob',
      'config: ADMIN_USER_IDS must be a comma-separated list of Discord user ids (17 to 20 digits each), got "bob"',
    ],
  ])('rejects %s=%s with a message naming the variable', (name, value, expected) => {
    expect(messageFor({ [name]: value })).toBe(expected);
  });

  it('reports every bad variable at once, one per line', () => {
    const message = messageFor({ COOLDOWN_QUESTIONS: 'x', LOG_LEVEL: 'loud' });
    const lines = message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^config: COOLDOWN_QUESTIONS /);
    expect(lines[1]).toMatch(/^config: LOG_LEVEL /);
  });

  it('shortens very long bad values in messages', () => {
    const message = messageFor({ LOG_LEVEL: 'x'.repeat(200) });
    expect(message).toBe(`config: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "${'x'.repeat(39)}…"`);
  });

  it('never puts the token in an error message', () => {
    const messages = [
      messageFor({ DISCORD_TOKEN: TOKEN }),
      messageFor({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: TOKEN }),
      messageFor({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, ADMIN_USER_IDS: TOKEN }),
      messageFor({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, LOG_LEVEL: `${TOKEN}x` }),
      messageFor({ DISCORD_TOKEN: `${TOKEN} oops`, DISCORD_CLIENT_ID: CLIENT_ID }),
      messageFor({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: TOKEN }),
    ];
    for (const message of messages) {
      expect(message).toMatch(/^config: /);
      expect(message).not.toContain(TOKEN);
      expect(message).not.toContain('super-secret');
    }
    expect(messages[1]).toBe(
      'config: DISCORD_CLIENT_ID must be a Discord id (17 to 20 digits), got (value hidden: it contains DISCORD_TOKEN)',
    );
    expect(messages[4]).toBe('config: DISCORD_TOKEN must not contain spaces or line breaks');
  });

  it('accepts the values documented in .env.example', () => {
    const example = parse(readFileSync(path.join(root, '.env.example')));
    expect(Object.keys(example).sort()).toEqual([
      'ADMIN_USER_IDS',
      'CACHE_DIR',
      'COOLDOWN_BROWSE',
      'COOLDOWN_PICTURES',
      'COOLDOWN_QUESTIONS',
      'COOLDOWN_SECONDS',
      'CORPUS_DIR',
      'DISCORD_API_URL',
      'DISCORD_CLIENT_ID',
      'DISCORD_GUILD_ID',
      'DISCORD_TOKEN',
      'LOG_LEVEL',
      'MAX_CONCURRENT_ANSWERS',
      'UPDATES_CHANNEL_ID',
      'WATCH_CORPUS',
    ]);
    expect(loadConfig(example)).toEqual(loadConfig({}));
  });
});
