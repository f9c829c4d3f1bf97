import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { actorReply, respondWithActors } from '../src/bot/catalogueReplies.js';
import { discordPayload } from '../src/bot/commandPayload.js';
import { commandSpec } from '../src/present/commandTable.js';

const spec = commandSpec('actor');
const data = discordPayload(spec) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /actor name — one person's profile; nobody found → a private notice with suggestions. */
export default {
  spec,
  data,
  run: (interaction, ctx) => actorReply(ctx.holder.story, interaction.options.getString('name', true)),
  autocomplete: (interaction, ctx) => respondWithActors(interaction, ctx.holder.story),
} satisfies BotCommand;
