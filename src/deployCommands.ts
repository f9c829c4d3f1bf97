/**
 * `npm run deploy-commands`: registers every slash command of the command table, in one server at once
 * when DISCORD_GUILD_ID is set, else globally (which Discord can take up to an hour to show). Says which
 * URL it could not reach, and why, when it fails.
 */
import { REST, Routes } from 'discord.js';
import { commands } from '../commands/index.js';
import { readConfig } from './config.js';
import { errorLine } from './present/scrub.js';

/** Where Discord's API is when DISCORD_API_URL does not say. */
const DEFAULT_API = 'https://discord.com/api';

/** Registers the commands and returns how many Discord now has. */
export async function deployCommands(options: { token: string; clientId: string; guildId?: string; apiUrl?: string }): Promise<number> {
  const rest = new REST({ ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.clientId, options.guildId)
    : Routes.applicationCommands(options.clientId);
  const result = (await rest.put(route, { body: commands.map((c) => c.data) })) as unknown[];
  return result.length;
}

/** A failed deploy as one line: the URL it tried and what went wrong, with a hint for the usual causes. */
export function deployFailure(error: unknown, apiUrl: string | undefined, token: string): string {
  const url = apiUrl ?? DEFAULT_API;
  const code = (error as { code?: unknown; cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
  const status = (error as { status?: unknown }).status;
  if (
    code === 'ECONNREFUSED' ||
    code === 'ENOTFOUND' ||
    code === 'EAI_AGAIN' ||
    code === 'ECONNRESET' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  )
    return `deploy-commands: could not reach Discord at ${url} (${String(code)}): check the network${apiUrl ? ' and DISCORD_API_URL' : ''}.`;
  if (status === 401) return `deploy-commands: Discord at ${url} refused the token (401): check DISCORD_TOKEN.`;
  if (status === 403 || status === 404)
    return `deploy-commands: Discord at ${url} answered ${status}: check DISCORD_CLIENT_ID, and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope.`;
  return `deploy-commands: failed at ${url}: ${errorLine(error, [token])}`;
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*[\\/]/, ''));
if (isMain) {
  let token: string | undefined;
  try {
    const config = readConfig();
    if (!config.discord) throw new Error('deploy-commands: set DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example)');
    token = config.discord.token;
    const { guildId, apiUrl } = config.discord;
    let count: number;
    try {
      count = await deployCommands({
        token,
        clientId: config.discord.clientId,
        ...(guildId ? { guildId } : {}),
        ...(apiUrl ? { apiUrl } : {}),
      });
    } catch (error) {
      throw new Error(deployFailure(error, apiUrl, token));
    }
    process.stdout.write(
      guildId
        ? `Registered ${count} commands in server ${guildId}; they are usable there now.\n`
        : `Registered ${count} commands globally. Discord can take up to an hour to show them; set DISCORD_GUILD_ID to register them in one server at once.\n`,
    );
  } catch (error) {
    process.stderr.write(`${errorLine(error, [token ?? process.env['DISCORD_TOKEN']?.trim()])}\n`);
    process.exitCode = 1;
  }
}
