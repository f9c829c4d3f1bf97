import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

/**
 * The bot's structured logger (pino, JSON lines on stderr). Secrets never reach it: the token is
 * redacted from known fields, and any string that contains it is censored by `scrub`.
 */
export function createLogger(level: LogLevel, secrets: string[] = [], destination: NodeJS.WritableStream = process.stderr): Logger {
  const hidden = secrets.filter((s) => s.length >= 8);
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'config.discord.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
      hooks: {
        streamWrite: (line) => hidden.reduce((out, s) => out.split(s).join('[redacted]'), line),
      },
    },
    destination as pino.DestinationStream,
  );
}

export type { Logger };
