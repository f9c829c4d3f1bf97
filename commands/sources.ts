import type { APIEmbed, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { discordPayload } from '../src/bot/commandPayload.js';
import { MAX_EMBED_DESCRIPTION_LENGTH } from '../src/bot/reply/limits.js';
import { citation } from '../src/bot/reply/renderAnswer.js';
import { shortDate } from '../src/present/answerText.js';
import { commandSpec } from '../src/present/commandTable.js';
import { truncate } from '../src/present/truncate.js';

const spec = commandSpec('sources');
const data = discordPayload(spec) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /sources — the articles: publisher and headline (linked), date, sentence count. */
export default {
  spec,
  data,
  run(_interaction, ctx) {
    const { articles, sentences } = ctx.holder.story;
    const lines = articles.map(
      (a, i) =>
        `**${i + 1}.** ${citation(a.source, a.title, a.url)}\n${[shortDate(a.published) ?? 'date unknown', `${a.sentenceCount} sentences`].join(' · ')}`,
    );
    const embed: APIEmbed = {
      title: `Sources: ${articles.length} articles, ${sentences.length} sentences`,
      description: truncate(lines.join('\n\n') || 'The corpus is empty.', MAX_EMBED_DESCRIPTION_LENGTH),
    };
    return { embeds: [embed] };
  },
} satisfies BotCommand;
