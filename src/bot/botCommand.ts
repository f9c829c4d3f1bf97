import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CommandSpec } from '../present/commandTable.js';
import type { BotContext } from './botContext.js';
import type { BotReply } from './reply/botReply.js';

/**
 * One slash command: its spec from the command table, its registration payload (built from the spec)
 * and its handler. Each lives in its own file under commands/; commands/index.ts lists them in table order
 * for both the bot and the deploy script.
 *
 * The handler only builds the reply; the dispatcher acknowledges, applies the limits, runs it inside an
 * answer slot and sends what it returns, so no slot is ever held while waiting on Discord.
 */
export interface BotCommand {
  spec: CommandSpec;
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Runs outside the answer ceiling (/reindex: long, one at a time anyway). */
  outsideCeiling?: boolean;
  /**
   * Builds the reply. `ephemeral` left unset follows the spec's visibility.
   * @throws UserError for an expected failure (shown privately to the user)
   */
  run(interaction: ChatInputCommandInteraction, ctx: BotContext): BotReply | Promise<BotReply>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
