import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { respondWithActors, timelineReply } from '../src/bot/catalogueReplies.js';
import { respond } from '../src/bot/reply/respond.js';
import { UserError } from '../src/bot/userError.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const data = {
  name: 'timeline',
  description: 'What happened when, in order, with a picture; optionally for one person or a date range',
  options: [
    { type: ApplicationCommandOptionType.String, name: 'actor', description: 'Only events naming this person', max_length: 50, autocomplete: true },
    { type: ApplicationCommandOptionType.String, name: 'from', description: 'Earliest date: YYYY, YYYY-MM or YYYY-MM-DD', max_length: 10 },
    { type: ApplicationCommandOptionType.String, name: 'to', description: 'Latest date: YYYY, YYYY-MM or YYYY-MM-DD', max_length: 10 },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
  data,
  rateLimited: true,
  async execute(interaction, ctx) {
    const actor = interaction.options.getString('actor')?.trim();
    const from = interaction.options.getString('from')?.trim();
    const to = interaction.options.getString('to')?.trim();
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (value && !DATE.test(value)) throw new UserError(`\`${name}\` must be a date like 2025, 2025-11 or 2025-11-30.`);
    }
    // Drawing the picture can take a moment: acknowledge first, well inside Discord's 3 seconds.
    await interaction.deferReply();
    const filter = { ...(actor ? { actor } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
    await respond(interaction, await timelineReply(ctx.holder.story, filter, 0));
  },
  autocomplete: (interaction, ctx) => respondWithActors(interaction, ctx.holder.story),
} satisfies BotCommand;
