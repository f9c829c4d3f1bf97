import { ChannelType, type Client, type Message } from 'discord.js';
import { answerOrUserError } from './answerInteraction.js';
import type { BotContext } from './botContext.js';
import { renderAnswer } from './reply/renderAnswer.js';
import { messageReplyOptions } from './reply/respond.js';
import { UserError } from './userError.js';

/**
 * Questions in channels: a message that mentions the bot ("@Story Bot who led the delegation?") or a
 * direct message gets the same answer as /ask, as a reply. Discord delivers the content of messages
 * that mention the bot, and of DMs, without the privileged MESSAGE_CONTENT intent.
 */
export async function handleMessage(message: Message, client: Client, ctx: BotContext, checkCooldown: (user: string) => void): Promise<void> {
  const me = client.user;
  if (!me || message.author.bot || message.webhookId) return;
  const isDm = message.channel.type === ChannelType.DM;
  if (!isDm && !message.mentions.users.has(me.id)) return;
  const question = message.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ').trim();
  if (!question) throw new UserError('Ask me a question after the mention, for example: who led the delegation?');
  checkCooldown(message.author.id);
  const answer = await ctx.answers.run(async () => answerOrUserError(ctx, question, 'ask'));
  await message.reply(messageReplyOptions(renderAnswer(answer)));
}
