import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

/**
 * Interaction and webhook tokens inside URLs (`/interactions/<id>/<token>/callback`,
 * `/webhooks/<app id>/<token>/messages/@original`): discord.js errors carry the request URL, and such a
 * token lets anyone edit or send the bot's replies to that interaction for 15 minutes.
 */
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"\\]+/g;

/**
 * The bot's structured logger (pino, JSON lines on stderr). Secrets never reach it: the token is
 * redacted from known fields, any string that contains it is censored on the way out, and so are
 * interaction tokens in URLs.
 */
export function createLogger(level: LogLevel, secrets: string[] = [], destination: NodeJS.WritableStream = process.stderr): Logger {
  const hidden = secrets.filter((s) => s.length >= 8);
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'config.discord.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
      hooks: {
        streamWrite: (line) => hidden.reduce((out, s) => out.split(s).join('[redacted]'), line).replace(URL_TOKEN, '$1[redacted]'),
      },
    },
    destination as pino.DestinationStream,
  );
}

export type { Logger };
