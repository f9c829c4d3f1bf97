/**
 * Permission bitfields (Discord API v10) as decimal strings, the wire format of
 * `member.permissions`, `app_permissions` and role permissions.
 */

/** Individual permission bits used by the emulator's fixtures. */
export const PermissionBit = {
  CreateInstantInvite: 1n << 0n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseExternalEmojis: 1n << 18n,
  Connect: 1n << 20n,
  Speak: 1n << 21n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** OR the given bits together into a permission string. */
export function permissionsOf(...bits: bigint[]): string {
  return bits.reduce((acc, b) => acc | b, 0n).toString();
}

const P = PermissionBit;

/** Permissions of the @everyone role: what an ordinary member can do. */
export const EVERYONE = permissionsOf(
  P.CreateInstantInvite,
  P.AddReactions,
  P.ViewChannel,
  P.SendMessages,
  P.EmbedLinks,
  P.AttachFiles,
  P.ReadMessageHistory,
  P.UseExternalEmojis,
  P.Connect,
  P.Speak,
  P.ChangeNickname,
  P.UseApplicationCommands,
  P.SendMessagesInThreads,
);

/** `member.permissions` of an ordinary member (same as {@link EVERYONE}); the default for interactions. */
export const MEMBER_PERMISSIONS = EVERYONE;

/** An ordinary member plus ManageGuild, ManageMessages and ManageChannels (a moderator/admin without Administrator). */
export const ADMIN_PERMISSIONS = permissionsOf(BigInt(EVERYONE), P.ManageGuild, P.ManageMessages, P.ManageChannels);

/** Administrator: every `has()` check in discord.js passes (it checks Administrator by default). */
export const ADMINISTRATOR_PERMISSIONS = permissionsOf(BigInt(ADMIN_PERMISSIONS), P.Administrator);

/** What the bot's role grants; used as the interactions' `app_permissions`. */
export const BOT_PERMISSIONS = permissionsOf(
  P.AddReactions,
  P.ViewChannel,
  P.SendMessages,
  P.EmbedLinks,
  P.AttachFiles,
  P.ReadMessageHistory,
  P.UseExternalEmojis,
  P.UseApplicationCommands,
  P.SendMessagesInThreads,
);
