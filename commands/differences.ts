import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { discordPayload } from '../src/bot/commandPayload.js';
import { renderDifferences } from '../src/bot/reply/renderStory.js';
import { differencesWithCaptions } from '../src/differences/index.js';
import { commandSpec } from '../src/present/commandTable.js';

const spec = commandSpec('differences');
const data = discordPayload(spec) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /differences — where the articles (and their photo captions) disagree, worked out once per story. */
export default {
  spec,
  data,
  run: async (_interaction, ctx) => renderDifferences(await differencesWithCaptions(ctx.holder.story, ctx.config.corpusDir)),
} satisfies BotCommand;
