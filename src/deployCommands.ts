/**
 * `npm run deploy-commands`: registers every slash command globally, or in one server at once when
 * DISCORD_GUILD_ID is set (global commands can take a while to show up).
 */
import { REST, Routes } from 'discord.js';
import { commands } from '../commands/index.js';
import { readConfig } from './config.js';

/** Registers the commands and returns how many Discord now has. */
export async function deployCommands(options: { token: string; clientId: string; guildId?: string; apiUrl?: string }): Promise<number> {
  const rest = new REST({ ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.clientId, options.guildId) : Routes.applicationCommands(options.clientId);
  const result = (await rest.put(route, { body: commands.map((c) => c.data) })) as unknown[];
  return result.length;
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''));
if (isMain) {
  try {
    const config = readConfig();
    if (!config.discord) throw new Error('deploy-commands: set DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example)');
    const count = await deployCommands({
      token: config.discord.token,
      clientId: config.discord.clientId,
      ...(config.discord.guildId ? { guildId: config.discord.guildId } : {}),
      ...(config.discord.apiUrl ? { apiUrl: config.discord.apiUrl } : {}),
    });
    process.stdout.write(`Registered ${count} commands ${config.discord.guildId ? `in server ${config.discord.guildId}` : 'globally'}.\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
