import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';

/**
 * A reply as the bot composes it, before Discord: every reply goes through `respond`, which adds
 * `allowed_mentions: { parse: [] }` and the ephemeral flag.
 */
export interface BotReply {
  content?: string;
  embeds?: APIEmbed[];
  /** Rows of buttons: interaction buttons and link buttons. */
  components?: APIActionRowComponent<APIButtonComponent>[];
  files?: { name: string; data: Buffer; description?: string }[];
  /** Only the person who asked sees it. */
  ephemeral?: boolean;
}

/** A reply of plain text, ephemeral by default: for notices and expected failures. */
export function notice(text: string, ephemeral = true): BotReply {
  return { content: text, ephemeral };
}
