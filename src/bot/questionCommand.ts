import type { Command } from '../answer/answerKind.js';
import { answerDifferences } from '../present/answerDifferences.js';
import { commandSpec } from '../present/commandTable.js';
import { answerOrUserError } from './answerInteraction.js';
import type { BotCommand } from './botCommand.js';
import { discordPayload } from './commandPayload.js';
import { renderAnswer } from './reply/renderAnswer.js';

/**
 * A question command (/who, /when, /where, /ask): `question` (required, ≤ 200 characters) and `private`
 * (ephemeral reply), answered by the engine and rendered by the one renderer, with the asker as owner
 * (only they page it in place or dismiss it).
 */
export function questionCommand(name: Command): BotCommand {
  const spec = commandSpec(name);
  return {
    spec,
    data: discordPayload(spec),
    run(interaction, ctx) {
      const ephemeral = interaction.options.getBoolean('private') ?? false;
      const answer = answerOrUserError(ctx, interaction.options.getString('question', true), name);
      return renderAnswer(answer, { ephemeral, owner: interaction.user.id, differences: answerDifferences(ctx.holder.story, answer) });
    },
  };
}
