import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { organisationsReply, respondWithOrganisations } from '../src/bot/catalogueReplies.js';
import { discordPayload } from '../src/bot/commandPayload.js';
import { commandSpec } from '../src/present/commandTable.js';

const spec = commandSpec('organisations');
const data = discordPayload(spec) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /organisations [name] — the organisations, or one with its excerpts; nothing found → a private notice with suggestions. */
export default {
  spec,
  data,
  run: (interaction, ctx) => organisationsReply(ctx.holder.story, interaction.options.getString('name') ?? ''),
  autocomplete: (interaction, ctx) => respondWithOrganisations(interaction, ctx.holder.story),
} satisfies BotCommand;
