import type { ChatInputCommandInteraction } from 'discord.js';
import type { Command } from '../answer/answerKind.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import { QuestionError } from '../answer/questionError.js';
import type { BotContext } from './botContext.js';
import { renderAnswer } from './reply/renderAnswer.js';
import { respond } from './reply/respond.js';
import { UserError } from './userError.js';

/** Excerpts per page in Discord. */
export const EXCERPTS_PER_PAGE = 3;

/**
 * Answers /who, /when, /where and /ask: reads `question` and `private`, answers from the live story
 * and replies with the one renderer. Answering takes milliseconds, well inside Discord's 3 s, so it
 * replies directly instead of deferring.
 */
export async function answerInteraction(interaction: ChatInputCommandInteraction, ctx: BotContext, command: Command): Promise<void> {
  const question = interaction.options.getString('question', true);
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const answer = answerOrUserError(ctx, question, command);
  await respond(interaction, renderAnswer(answer, { ephemeral, ...(ephemeral ? { owner: interaction.user.id } : {}) }));
}

/** The engine's answer; an expected problem with the question becomes a UserError. */
export function answerOrUserError(ctx: BotContext, question: string, command: Command, offset = 0) {
  try {
    return answerQuestion(ctx.holder.story, question, { command, limit: EXCERPTS_PER_PAGE, offset });
  } catch (error) {
    if (error instanceof QuestionError) throw new UserError(error.message);
    throw error;
  }
}
