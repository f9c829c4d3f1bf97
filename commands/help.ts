import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { respond } from '../src/bot/reply/respond.js';

const data = {
  name: 'help',
  description: 'What Story Bot can do, with examples',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The help text, kept free of any one story's names so it stays true when the corpus changes. */
export const HELP_TEXT = [
  'I answer questions about the news story in my articles, quoting the sentences that back each answer and the article they come from.',
  '',
  '**/who** `led the delegation` — a person',
  '**/when** `were the talks held` — a date or time',
  '**/where** `did the talks take place` — a place',
  '**/ask** `How many people were wounded?` — any question',
  '**/sources** — the articles I answer from',
  '',
  'You can also mention me with a question, or send it to me in a direct message.',
  'Add `private: True` to see the answer alone. **More** shows further excerpts; **Context** the sentences around one.',
  "When the articles do not answer a question I say so, with the closest sentences.",
].join('\n');

export default {
  data,
  async execute(interaction) {
    await respond(interaction, { embeds: [{ title: 'Story Bot', description: HELP_TEXT }], ephemeral: true });
  },
} satisfies BotCommand;
