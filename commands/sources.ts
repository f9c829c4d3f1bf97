import type { APIEmbed, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { citation } from '../src/bot/reply/renderAnswer.js';
import { MAX_EMBED_DESCRIPTION_LENGTH } from '../src/bot/reply/limits.js';
import { respond } from '../src/bot/reply/respond.js';
import { truncate } from '../src/bot/reply/truncate.js';

const data = {
  name: 'sources',
  description: 'List the articles the bot answers from',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
  data,
  async execute(interaction, ctx) {
    const { articles, sentences } = ctx.holder.story;
    const lines = articles.map((a, i) => `**${i + 1}.** ${citation(a.source, a.title, a.url)}\n${[a.published ?? 'date unknown', `${a.sentenceCount} sentences`].join(' · ')}`);
    const embed: APIEmbed = {
      title: `Sources: ${articles.length} articles, ${sentences.length} sentences`,
      description: truncate(lines.join('\n\n') || 'The corpus is empty.', MAX_EMBED_DESCRIPTION_LENGTH),
    };
    await respond(interaction, { embeds: [embed], ephemeral: true });
  },
} satisfies BotCommand;
