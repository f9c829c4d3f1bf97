import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { renderEvents } from '../src/bot/reply/renderCatalogues.js';
import { respond } from '../src/bot/reply/respond.js';
import { UserError } from '../src/bot/userError.js';
import { searchEvents } from '../src/timeline/index.js';
import { storyTimeline } from '../src/story/catalogues.js';

const data = {
  name: 'event',
  description: 'Find events of the story by words, with their dates',
  options: [{ type: ApplicationCommandOptionType.String, name: 'query', description: 'Words to look for, e.g. "resignation"', required: true, max_length: 100 }],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
  data,
  rateLimited: true,
  async execute(interaction, ctx) {
    const query = interaction.options.getString('query', true).trim();
    if (!query) throw new UserError('Give some words to look for, e.g. "resignation".');
    await respond(interaction, renderEvents(ctx.holder.story, query, searchEvents(storyTimeline(ctx.holder.story), query)));
  },
} satisfies BotCommand;
