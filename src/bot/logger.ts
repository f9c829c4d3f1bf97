import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.js';
import { scrub } from '../present/scrub.js';

/**
 * The bot's structured logger (pino, JSON lines on stderr). Secrets never reach it: the token is
 * redacted from known fields, and every line passes the one scrub (src/present/scrub.ts) on the way out:
 * the token, interaction tokens in URLs and Authorization header values are censored.
 */
export function createLogger(level: LogLevel, secrets: string[] = [], destination: NodeJS.WritableStream = process.stderr): Logger {
  const hidden = secrets.filter((s) => s.length >= 8);
  return pino(
    {
      level,
      redact: {
        paths: ['token', '*.token', 'config.discord.token', 'headers.authorization', '*.headers.authorization'],
        censor: '[redacted]',
      },
      hooks: {
        streamWrite: (line) => scrub(line, hidden),
      },
    },
    destination as pino.DestinationStream,
  );
}

export type { Logger };
