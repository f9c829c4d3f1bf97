import type { ButtonInteraction } from 'discord.js';
import type { Command } from '../answer/answerKind.js';
import { articleById } from '../story/story.js';
import { answerOrUserError } from './answerInteraction.js';
import type { BotContext } from './botContext.js';
import { actorListReply, timelineReply } from './catalogueReplies.js';
import { decodeButton, type ButtonAction } from './reply/customIds.js';
import { escapeText } from './reply/escape.js';
import { MAX_EMBED_DESCRIPTION_LENGTH } from './reply/limits.js';
import { citation, questionFromFooter, renderAnswer } from './reply/renderAnswer.js';
import { respond, updateMessage } from './reply/respond.js';
import { truncate } from './reply/truncate.js';
import { UserError } from './userError.js';

/** Sentences shown on either side of an excerpt by "Context". */
export const CONTEXT_SENTENCES = 2;

/** Longest sentence quoted by "Context" (the whole view is cut to the embed limit anyway). */
const MAX_CONTEXT_SENTENCE_LENGTH = 1_500;

const EXPIRED = 'This button has expired or the story has changed since. Ask the question again.';

/**
 * "More" edits the same message with the next page of excerpts (the question is read back from its
 * footer; a private answer can only be paged by its asker). "Context" shows, privately, the sentences
 * around an excerpt. "Previous"/"Next" page /actors and /timeline in place. Unknown or stale buttons
 * get an ephemeral notice.
 */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) throw new UserError(EXPIRED);
  switch (action.kind) {
    case 'more':
      return pageAnswer(interaction, ctx, action);
    case 'context':
      return showContext(interaction, ctx, action);
    case 'actors':
      return updateMessage(interaction, actorListReply(ctx.holder.story, action.filter, action.page));
    case 'timeline':
      return updateMessage(interaction, await timelineReply(ctx.holder.story, action, action.page));
  }
}

async function pageAnswer(interaction: ButtonInteraction, ctx: BotContext, action: Extract<ButtonAction, { kind: 'more' }>): Promise<void> {
  if (action.owner && action.owner !== interaction.user.id) throw new UserError('Only the person who asked can page this answer.');
  const question = questionFromFooter(interaction.message.embeds[0]?.footer?.text);
  if (!question || question.command !== action.command) throw new UserError(EXPIRED);
  const answer = answerOrUserError(ctx, question.query, question.command as Command, action.offset);
  if (answer.excerpts.length === 0) throw new UserError('There are no more excerpts for this question.');
  await updateMessage(interaction, renderAnswer(answer, { offset: action.offset, ...(action.owner ? { owner: action.owner } : {}) }));
}

async function showContext(interaction: ButtonInteraction, ctx: BotContext, action: Extract<ButtonAction, { kind: 'context' }>): Promise<void> {
  const story = ctx.holder.story;
  const at = story.sentences.findIndex((s) => s.articleId === action.articleId && s.index === action.sentence);
  if (at < 0) throw new UserError(EXPIRED);
  const around = story.sentences.slice(Math.max(0, at - CONTEXT_SENTENCES), at + CONTEXT_SENTENCES + 1).filter((s) => s.articleId === action.articleId);
  const article = articleById(story).get(action.articleId);
  // Cut each sentence before escaping: a paragraph without full stops is one huge "sentence", and
  // escapeMarkdown is quadratic in line length (a 100,000-character one would block the bot for seconds).
  const quote = (s: { text: string }) => escapeText(truncate(s.text, MAX_CONTEXT_SENTENCE_LENGTH));
  const text = around.map((s) => (s.index === action.sentence ? `**${quote(s)}**` : quote(s))).join(' ');
  await respond(interaction, {
    embeds: [
      {
        title: `Context of sentence ${action.sentence}`,
        description: truncate(`${text}\n\n— ${citation(article?.source, article?.title ?? action.articleId, article?.url)}`, MAX_EMBED_DESCRIPTION_LENGTH),
      },
    ],
    ephemeral: true,
  });
}

