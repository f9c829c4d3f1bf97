import {
  MessageFlags,
  type InteractionReplyOptions,
  type ButtonInteraction,
  type MessageCreateOptions,
  type MessageReplyOptions,
  type RepliableInteraction,
} from 'discord.js';
import { truncate } from '../../present/truncate.js';
import type { BotReply } from './botReply.js';
import { MAX_CONTENT_LENGTH } from './limits.js';

/** No reply of this bot may ping anyone: not users, roles, @everyone, nor the person replied to. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

/** Interactions acknowledged with deferUpdate: their "reply" is the message the button sits on. */
const deferredUpdates = new WeakSet<RepliableInteraction>();

function body(reply: BotReply) {
  return {
    ...(reply.content !== undefined ? { content: truncate(reply.content, MAX_CONTENT_LENGTH) } : {}),
    embeds: reply.embeds ?? [],
    components: reply.components ?? [],
    files: (reply.files ?? []).map((f) => ({ attachment: f.data, name: f.name, ...(f.description ? { description: f.description } : {}) })),
    allowedMentions: NO_MENTIONS,
  };
}

const flags = (reply: BotReply) => (reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {});

/**
 * Acknowledges an interaction at once, before any work: a "thinking…" reply (private when the answer
 * will be), or for a button that will edit its own message, a silent deferUpdate.
 */
export async function acknowledge(interaction: RepliableInteraction, how: { update: boolean; ephemeral: boolean }): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  if (how.update && interaction.isMessageComponent()) {
    await interaction.deferUpdate();
    deferredUpdates.add(interaction);
    return;
  }
  await interaction.deferReply(how.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

/**
 * Sends a reply to an interaction, whatever state it is in: a first reply, an edit of a deferred one,
 * or — when a public deferral must turn into a private notice — a private follow-up after removing the
 * "thinking…" message. After a button's deferUpdate, a reply is a private follow-up: the message the
 * button sits on is left alone.
 */
export async function respond(interaction: RepliableInteraction, reply: BotReply): Promise<void> {
  const payload = body(reply);
  if (!interaction.deferred && !interaction.replied) {
    const options: InteractionReplyOptions = { ...payload, ...flags(reply) };
    await interaction.reply(options);
    return;
  }
  if (deferredUpdates.has(interaction)) {
    await interaction.followUp({ ...payload, ...flags(reply) });
    return;
  }
  const deferredPrivately = interaction.ephemeral === true;
  if (interaction.deferred && !interaction.replied && (deferredPrivately || !reply.ephemeral)) {
    await interaction.editReply(payload);
    return;
  }
  if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
  await interaction.followUp({ ...payload, ...flags(reply) });
}

/** The same reply as options for `message.reply` (mentions and DMs). */
export function messageReplyOptions(reply: BotReply): MessageReplyOptions {
  const { content, embeds, components, files, allowedMentions } = body(reply);
  return { ...(content !== undefined ? { content } : {}), embeds, components, files, allowedMentions };
}

/** The same reply as options for `channel.send` (the "What's new" post): never pings anyone. */
export function messageCreateOptions(reply: BotReply): MessageCreateOptions {
  const { content, embeds, components, files, allowedMentions } = body(reply);
  return { ...(content !== undefined ? { content } : {}), embeds, components, files, allowedMentions: { parse: allowedMentions.parse } };
}

/**
 * Edits a button's message in place with a new page (after a deferUpdate, through the interaction's
 * webhook). Attachments are replaced, not added to: a new page of /timeline carries its own picture.
 */
export async function updateMessage(interaction: ButtonInteraction, reply: BotReply): Promise<void> {
  const { content, embeds, components, files, allowedMentions } = body(reply);
  const edit = { ...(content !== undefined ? { content } : {}), embeds, components, files, attachments: [], allowedMentions };
  if (deferredUpdates.has(interaction)) await interaction.editReply(edit);
  else await interaction.update(edit);
}

/** Removes the message a button sits on (the asker's "Dismiss"). */
export async function removeMessage(interaction: ButtonInteraction): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.deferUpdate();
    deferredUpdates.add(interaction);
  }
  await interaction.deleteReply();
}
