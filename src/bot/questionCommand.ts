import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from '../answer/answerKind.js';
import { answerInteraction } from './answerInteraction.js';
import type { BotCommand } from './botCommand.js';

/** Longest question a slash command takes (Discord enforces it in the client). */
export const MAX_SLASH_QUESTION_LENGTH = 200;

/**
 * A question command (/who, /when, /where, /ask): `question` (required, ≤ 200 characters) and
 * `private` (ephemeral reply), answered by the engine and rendered by the one renderer.
 */
export function questionCommand(name: Command, description: string, example: string): BotCommand {
  const data = {
    name,
    description,
    options: [
      { type: ApplicationCommandOptionType.String, name: 'question', description: `Your question, e.g. ${example}`, required: true, max_length: MAX_SLASH_QUESTION_LENGTH },
      { type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see the answer', required: false },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
  return { data, rateLimited: true, execute: (interaction, ctx) => answerInteraction(interaction, ctx, name) };
}
