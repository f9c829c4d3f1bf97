import type { Command } from '../answer/answerKind.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import type { Answer } from '../answer/answer.js';
import { QuestionError } from '../answer/questionError.js';
import type { BotContext } from './botContext.js';
import { EXCERPTS_PER_PAGE } from './reply/renderAnswer.js';
import { UserError } from './userError.js';

export { EXCERPTS_PER_PAGE };

/** The engine's answer (one page of excerpts); an expected problem with the question becomes a UserError. */
export function answerOrUserError(ctx: BotContext, question: string, command: Command, offset = 0): Answer {
  try {
    return answerQuestion(ctx.holder.story, question, { command, limit: EXCERPTS_PER_PAGE, offset });
  } catch (error) {
    if (error instanceof QuestionError) throw new UserError(error.message);
    throw error;
  }
}
