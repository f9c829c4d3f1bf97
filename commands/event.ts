import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { eventsReply } from '../src/bot/catalogueReplies.js';
import { discordPayload } from '../src/bot/commandPayload.js';
import { commandSpec } from '../src/present/commandTable.js';

const spec = commandSpec('event');
const data = discordPayload(spec) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /event query — the events matching some words; none → a private notice. */
export default {
  spec,
  data,
  run: (interaction, ctx) => eventsReply(ctx.holder.story, interaction.options.getString('query', true)),
} satisfies BotCommand;
