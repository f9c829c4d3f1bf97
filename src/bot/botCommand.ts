import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotContext } from './botContext.js';

/**
 * One slash command: its registration payload beside its handler. Each lives in its own file under
 * commands/, and commands/index.ts lists them for both the bot and the deploy script.
 */
export interface BotCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Counts toward the per-user question cooldown. */
  rateLimited?: boolean;
  /** Only admins may run it (checked at run time as well as by default_member_permissions). */
  adminOnly?: boolean;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
