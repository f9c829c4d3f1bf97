import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { discordPayload } from '../src/bot/commandPayload.js';
import { helpReply } from '../src/bot/helpReply.js';
import { commandSpec } from '../src/present/commandTable.js';

const spec = commandSpec('help');
const data = discordPayload(spec) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /help — generated from the command table, with examples made from the loaded story. */
export default {
  spec,
  data,
  run: (_interaction, ctx) => helpReply(ctx.holder.story),
} satisfies BotCommand;
