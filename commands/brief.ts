import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { discordPayload } from '../src/bot/commandPayload.js';
import { renderBrief } from '../src/bot/reply/renderStory.js';
import { UserError } from '../src/bot/userError.js';
import { buildBrief } from '../src/brief/index.js';
import { commandSpec, DEFAULT_BRIEF_SENTENCES, MAX_BRIEF_SENTENCES, MIN_BRIEF_SENTENCES } from '../src/present/commandTable.js';

const spec = commandSpec('brief');
const data = discordPayload(spec) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /brief [sentences] — the story so far, from the brief worked out once per story. */
export default {
  spec,
  data,
  run(interaction, ctx) {
    const sentences = interaction.options.getInteger('sentences') ?? DEFAULT_BRIEF_SENTENCES;
    if (sentences < MIN_BRIEF_SENTENCES || sentences > MAX_BRIEF_SENTENCES)
      throw new UserError(`A brief has ${MIN_BRIEF_SENTENCES} to ${MAX_BRIEF_SENTENCES} sentences.`);
    return renderBrief(buildBrief(ctx.holder.story, { sentences }));
  },
} satisfies BotCommand;
