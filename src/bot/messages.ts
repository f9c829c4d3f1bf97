import { answerDifferences } from '../present/answerDifferences.js';
import type { Client, Message } from 'discord.js';
import { answerOrUserError } from './answerInteraction.js';
import type { BotContext } from './botContext.js';
import { renderAnswer } from './reply/renderAnswer.js';
import { messageReplyOptions } from './reply/respond.js';
import { UserError } from './userError.js';

/**
 * Questions in channels: a message that mentions the bot ("@Story Bot who signed it?") or a direct
 * message gets the same answer as /ask, as a reply owned by its author. A DM is any message outside a
 * server (no guild id), whether or not Discord says the channel type. Discord delivers the content of
 * messages that mention the bot, and of DMs, without the privileged MESSAGE_CONTENT intent. Counts
 * toward the question limit; the answer slot is released before the reply is sent.
 */
export async function handleMessage(message: Message, client: Client, ctx: BotContext): Promise<void> {
  const me = client.user;
  if (!me || !message.author || message.author.bot || message.webhookId) return;
  const isDm = !message.inGuild();
  if (!isDm && !message.mentions.users.has(me.id)) return;
  const question = message.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ').trim();
  if (!question) throw new UserError('Ask me a question after the mention, or type /help to see what I can do.');
  ctx.limits.take(message.author.id, 'question');
  const reply = await ctx.answers.run(async () => {
    const answer = answerOrUserError(ctx, question, 'ask');
    return renderAnswer(answer, { owner: message.author.id, differences: answerDifferences(ctx.holder.story, answer) });
  });
  await message.reply(messageReplyOptions(reply));
}
