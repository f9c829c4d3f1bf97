import { MessageFlags, type ButtonInteraction, type InteractionReplyOptions, type MessageReplyOptions, type RepliableInteraction } from 'discord.js';
import type { BotReply } from './botReply.js';
import { MAX_CONTENT_LENGTH } from './limits.js';
import { truncate } from './truncate.js';

/** No reply of this bot may ping anyone: not users, roles, @everyone, nor the person replied to. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

function body(reply: BotReply) {
  return {
    ...(reply.content !== undefined ? { content: truncate(reply.content, MAX_CONTENT_LENGTH) } : {}),
    embeds: reply.embeds ?? [],
    components: reply.components ?? [],
    files: (reply.files ?? []).map((f) => ({ attachment: f.data, name: f.name, ...(f.description ? { description: f.description } : {}) })),
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * Sends a reply to an interaction, whatever state it is in: a first reply, an edit of a deferred one,
 * or — when a public deferral must turn into a private notice — a private follow-up after removing
 * the "thinking…" message.
 */
export async function respond(interaction: RepliableInteraction, reply: BotReply): Promise<void> {
  const payload = body(reply);
  if (!interaction.deferred && !interaction.replied) {
    const options: InteractionReplyOptions = { ...payload, ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
    await interaction.reply(options);
    return;
  }
  const deferredPrivately = interaction.ephemeral === true;
  if (interaction.deferred && !interaction.replied && (deferredPrivately || !reply.ephemeral)) {
    await interaction.editReply(payload);
    return;
  }
  if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
  await interaction.followUp({ ...payload, ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}

/** The same reply as options for `message.reply` (mentions and DMs). */
export function messageReplyOptions(reply: BotReply): MessageReplyOptions {
  const { content, embeds, components, files, allowedMentions } = body(reply);
  return { ...(content !== undefined ? { content } : {}), embeds, components, files, allowedMentions };
}

/**
 * Edits a button's message in place with a new page. Attachments are replaced, not added to: a new
 * page of /timeline carries its picture again.
 */
export async function updateMessage(interaction: ButtonInteraction, reply: BotReply): Promise<void> {
  const { content, embeds, components, files, allowedMentions } = body(reply);
  await interaction.update({ ...(content !== undefined ? { content } : {}), embeds, components, files, attachments: [], allowedMentions });
}
