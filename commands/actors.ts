import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { actorListReply } from '../src/bot/catalogueReplies.js';
import { discordPayload } from '../src/bot/commandPayload.js';
import { commandSpec } from '../src/present/commandTable.js';

const spec = commandSpec('actors');
const data = discordPayload(spec) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /actors [filter] — the people, paged. */
export default {
  spec,
  data,
  run: (interaction, ctx) => actorListReply(ctx.holder.story, interaction.options.getString('filter') ?? '', 0),
} satisfies BotCommand;
