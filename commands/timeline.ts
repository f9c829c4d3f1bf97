import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { respondWithActors, timelineReply } from '../src/bot/catalogueReplies.js';
import { discordPayload } from '../src/bot/commandPayload.js';
import { UserError } from '../src/bot/userError.js';
import { commandSpec } from '../src/present/commandTable.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const spec = commandSpec('timeline');
const data = discordPayload(spec) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /timeline [actor] [from] [to] — dated events, paged, with a picture (acknowledged before drawing: the spec is `slow`). */
export default {
  spec,
  data,
  run(interaction, ctx) {
    const actor = interaction.options.getString('actor')?.trim();
    const from = interaction.options.getString('from')?.trim();
    const to = interaction.options.getString('to')?.trim();
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value && !DATE.test(value)) throw new UserError(`\`${name}\` must be a date like YYYY, YYYY-MM or YYYY-MM-DD.`);
    }
    const filter = { ...(actor ? { actor } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
    return timelineReply(ctx.holder.story, filter, 0);
  },
  autocomplete: (interaction, ctx) => respondWithActors(interaction, ctx.holder.story),
} satisfies BotCommand;
