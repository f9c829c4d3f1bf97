import type { Command } from '../answer/answerKind.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import type { Answer } from '../answer/answer.js';
import { QuestionError } from '../answer/questionError.js';
import type { BotContext } from './botContext.js';
import { EXCERPTS_PER_PAGE } from './reply/renderAnswer.js';
import { scavengeWhenIdle } from '../threads/idleScavenge.js';
import { UserError } from './userError.js';

export { EXCERPTS_PER_PAGE };

/**
 * The engine's answer (one page of excerpts); an expected problem with the question becomes a UserError. Once the
 * reply has gone, the young generation is collected if the answers have filled it (`scavengeWhenIdle`), so the next
 * asker's answer does not wait for that collection.
 */
export function answerOrUserError(ctx: BotContext, question: string, command: Command, offset = 0): Answer {
  try {
    return answerQuestion(ctx.holder.story, question, { command, limit: EXCERPTS_PER_PAGE, offset });
  } catch (error) {
    if (error instanceof QuestionError) throw new UserError(error.message);
    throw error;
  } finally {
    scavengeWhenIdle();
  }
}
