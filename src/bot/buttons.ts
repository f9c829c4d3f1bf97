import { answerDifferences } from '../present/answerDifferences.js';
import { MessageFlags, type APIEmbedField, type ButtonInteraction } from 'discord.js';
import type { Command } from '../answer/answerKind.js';
import type { LimitClass } from '../present/commandTable.js';
import { answerSegments, sourceLabel } from '../present/answerText.js';
import { truncate } from '../present/truncate.js';
import { articleById, type Story } from '../story/story.js';
import { answerOrUserError } from './answerInteraction.js';
import { mustAcknowledgeFirst, type BotContext } from './botContext.js';
import { actorListReply, timelineReply } from './catalogueReplies.js';
import type { BotReply } from './reply/botReply.js';
import { decodeButton, type ButtonAction } from './reply/customIds.js';
import { escapeText } from './reply/escape.js';
import { MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBED_FIELD_NAME_LENGTH, MAX_EMBED_FIELD_VALUE_LENGTH } from './reply/limits.js';
import { citation, questionFromFooter, renderAnswer } from './reply/renderAnswer.js';
import { acknowledge, removeMessage, respond, updateMessage } from './reply/respond.js';
import { UserError } from './userError.js';

/** Sentences shown on either side of an excerpt by "Context". */
export const CONTEXT_SENTENCES = 2;

/** Longest sentence quoted by "Context" (the whole view is cut to the embed limit anyway). */
const MAX_CONTEXT_SENTENCE_LENGTH = 1_500;

const EXPIRED = 'This button has expired or the story has changed since. Ask the question again.';

/** How a button is answered: which limit it counts toward, and whether it edits its own message. */
interface Plan {
  limit: LimitClass;
  /** Edits the message it sits on (else a private reply). */
  inPlace: boolean;
  /** Draws a picture: acknowledged before any work. */
  slow: boolean;
}

function planOf(action: ButtonAction, user: string): Plan {
  switch (action.kind) {
    case 'page':
      return { limit: 'browse', inPlace: !action.owner || action.owner === user, slow: false };
    case 'context':
    case 'sentence':
      return { limit: 'browse', inPlace: false, slow: false };
    case 'dismiss':
      return { limit: 'none', inPlace: true, slow: false };
    case 'actors':
      return { limit: 'browse', inPlace: true, slow: false };
    case 'timeline':
      return { limit: 'picture', inPlace: true, slow: true };
  }
}

/**
 * Answers a button. Page buttons (Previous/Next) edit the answer in place when the asker presses them;
 * anyone else gets a private copy of that page, which is then theirs to page. Context shows, privately,
 * the sentences around each excerpt of the page. Dismiss removes the answer, for the asker only. The
 * /actors and /timeline pagers edit in place. The button is acknowledged before any wait — at once when
 * it draws a picture or no answer slot is free — and the slot is held only while the reply is computed,
 * never while it is sent. Unknown or stale buttons get a private notice.
 */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) throw new UserError(EXPIRED);
  if (action.kind === 'dismiss') {
    if (action.owner !== interaction.user.id) throw new UserError('Only the person who asked can dismiss this answer.');
    await removeMessage(interaction);
    return;
  }
  const plan = planOf(action, interaction.user.id);
  ctx.limits.take(interaction.user.id, plan.limit);
  if (plan.slow || mustAcknowledgeFirst(ctx)) await acknowledge(interaction, { update: plan.inPlace, ephemeral: !plan.inPlace });
  const reply = await ctx.answers.run(() => buildReply(interaction, ctx, action));
  if (plan.inPlace) await updateMessage(interaction, reply);
  else await respond(interaction, { ...reply, ephemeral: true });
}

async function buildReply(
  interaction: ButtonInteraction,
  ctx: BotContext,
  action: Exclude<ButtonAction, { kind: 'dismiss' }>,
): Promise<BotReply> {
  const story = ctx.holder.story;
  switch (action.kind) {
    case 'page':
      return pageReply(interaction, ctx, action);
    case 'context':
      return contextReply(interaction, ctx, action);
    case 'sentence':
      return {
        embeds: [
          {
            title: `Context of sentence ${action.sentence}`,
            description: truncate(aroundSentence(story, action.articleId, action.sentence), MAX_EMBED_DESCRIPTION_LENGTH),
          },
        ],
      };
    case 'actors':
      return actorListReply(story, action.filter, action.page);
    case 'timeline':
      return timelineReply(story, action, action.page);
  }
}

/** The question an answer message asks, read back from its footer. */
function questionOf(interaction: ButtonInteraction, command: Command): string {
  const question = questionFromFooter(interaction.message.embeds[0]?.footer?.text);
  if (!question || question.command !== command) throw new UserError(EXPIRED);
  return question.query;
}

function pageReply(interaction: ButtonInteraction, ctx: BotContext, action: Extract<ButtonAction, { kind: 'page' }>): BotReply {
  const answer = answerOrUserError(ctx, questionOf(interaction, action.command), action.command, action.offset);
  if (answer.excerpts.length === 0) throw new UserError('There are no more excerpts for this question.');
  const clicker = interaction.user.id;
  const own = !action.owner || action.owner === clicker;
  const ephemeral = !own || interaction.message.flags.has(MessageFlags.Ephemeral);
  // The asker's message keeps its owner; a stranger's private copy becomes theirs.
  const owner = own ? action.owner : clicker;
  return renderAnswer(answer, {
    offset: action.offset,
    ephemeral,
    ...(owner ? { owner } : {}),
    differences: answerDifferences(ctx.holder.story, answer),
  });
}

function contextReply(interaction: ButtonInteraction, ctx: BotContext, action: Extract<ButtonAction, { kind: 'context' }>): BotReply {
  const answer = answerOrUserError(ctx, questionOf(interaction, action.command), action.command, action.offset);
  if (answer.excerpts.length === 0) throw new UserError(EXPIRED);
  const bold = answer.covered ? answer.answer?.text : undefined;
  const fields: APIEmbedField[] = answer.excerpts.map((e) => {
    const s = sourceLabel(e);
    return {
      name: truncate(`${e.rank}. ${[s.name, s.date, `sentence ${e.sentence}`].filter(Boolean).join(' · ')}`, MAX_EMBED_FIELD_NAME_LENGTH),
      value: truncate(aroundSentence(ctx.holder.story, e.articleId, e.sentence, bold, false), MAX_EMBED_FIELD_VALUE_LENGTH),
    };
  });
  return { embeds: [{ title: 'Context: the sentences around each excerpt', fields }] };
}

/** The sentences around one sentence of an article, the sentence itself in bold (and its short answer underlined). */
function aroundSentence(story: Story, articleId: string, sentence: number, answerText?: string, withCitation = true): string {
  const at = story.sentences.findIndex((s) => s.articleId === articleId && s.index === sentence);
  if (at < 0) throw new UserError(EXPIRED);
  const around = story.sentences
    .slice(Math.max(0, at - CONTEXT_SENTENCES), at + CONTEXT_SENTENCES + 1)
    .filter((s) => s.articleId === articleId);
  // Cut each sentence before escaping: a paragraph without full stops is one huge "sentence", and
  // escapeMarkdown is quadratic in line length (a 100,000-character one would block the bot for seconds).
  const quote = (text: string) => escapeText(truncate(text, MAX_CONTEXT_SENTENCE_LENGTH));
  const text = around
    .map((s) =>
      s.index === sentence
        ? `**${answerSegments(truncate(s.text, MAX_CONTEXT_SENTENCE_LENGTH), answerText)
            .map((g) => (g.answer ? `__${escapeText(g.text)}__` : escapeText(g.text)))
            .join('')}**`
        : quote(s.text),
    )
    .join(' ');
  if (!withCitation) return text;
  const article = articleById(story).get(articleId);
  return `${text}\n\n— ${citation(article?.source, article?.title ?? articleId, article?.url)}`;
}
