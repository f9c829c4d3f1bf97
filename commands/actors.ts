import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { actorListReply } from '../src/bot/catalogueReplies.js';
import { respond } from '../src/bot/reply/respond.js';

const data = {
  name: 'actors',
  description: 'The people in the story: name, main role, and in how many articles',
  options: [{ type: ApplicationCommandOptionType.String, name: 'filter', description: 'Only names, spellings or roles starting with this, e.g. "spokes"', max_length: 50 }],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
  data,
  rateLimited: true,
  async execute(interaction, ctx) {
    await respond(interaction, actorListReply(ctx.holder.story, interaction.options.getString('filter') ?? '', 0));
  },
} satisfies BotCommand;
