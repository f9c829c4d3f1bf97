import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { findActor, suggestActors } from '../src/actors/index.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { respondWithActors } from '../src/bot/catalogueReplies.js';
import { renderActorProfile } from '../src/bot/reply/renderCatalogues.js';
import { respond } from '../src/bot/reply/respond.js';
import { truncate } from '../src/bot/reply/truncate.js';
import { UserError } from '../src/bot/userError.js';
import { storyActors } from '../src/story/catalogues.js';

const data = {
  name: 'actor',
  description: 'One person in the story: roles, what they said, who they appear with',
  options: [{ type: ApplicationCommandOptionType.String, name: 'name', description: 'A name, a spelling or a role', required: true, autocomplete: true, max_length: 100 }],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
  data,
  rateLimited: true,
  async execute(interaction, ctx) {
    const name = interaction.options.getString('name', true);
    const actors = storyActors(ctx.holder.story);
    const actor = findActor(actors, name) ?? suggestActors(actors, name, 1)[0];
    if (!actor) throw new UserError(`No one called "${truncate(name, 60)}" appears in the story. Try /actors to see everyone.`);
    await respond(interaction, renderActorProfile(ctx.holder.story, actor));
  },
  autocomplete: (interaction, ctx) => respondWithActors(interaction, ctx.holder.story),
} satisfies BotCommand;
