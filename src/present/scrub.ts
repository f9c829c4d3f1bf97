/**
 * The one scrub for every path that writes an error — logs, stderr, replies: secrets (the bot token) and
 * interaction or webhook tokens inside URLs are replaced with "[redacted]". Knows nothing of Discord's
 * library, so the console and the start-up failure path can use it without loading one.
 */

/**
 * Interaction and webhook tokens inside URLs (`/interactions/<id>/<token>/callback`,
 * `/webhooks/<app id>/<token>/messages/@original`): errors carry the request URL, and such a token lets
 * anyone edit or send the bot's replies to that interaction for 15 minutes.
 */
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"\\]+/g;

/** "Bot <token>" and "Bearer <token>" as an Authorization header would carry them. */
const AUTH_HEADER = /\b(Bot|Bearer)\s+[A-Za-z0-9._-]{20,}/g;

/**
 * Text with every secret (strings of 8 characters or more) and every URL or header token replaced.
 *
 * @example scrub('401 at /webhooks/1/abc.def/messages', []) // → '401 at /webhooks/1/[redacted]/messages'
 */
export function scrub(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 8) out = out.split(s).join('[redacted]');
  return out.replace(URL_TOKEN, '$1[redacted]').replace(AUTH_HEADER, '$1 [redacted]');
}

/** An error as one scrubbed line for stderr: its message (never a stack), secrets removed. */
export function errorLine(error: unknown, secrets: readonly (string | undefined)[] = []): string {
  const text = error instanceof Error ? error.message : String(error);
  return scrub(text.split('\n').join(' '), secrets);
}
