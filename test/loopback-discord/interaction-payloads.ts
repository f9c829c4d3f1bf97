/** Builders for INTERACTION_CREATE and MESSAGE_CREATE payloads. */
import { buildMessage, memberFields } from './fixtures.js';
import { BOT_PERMISSIONS, MEMBER_PERMISSIONS } from './permissions.js';
import type { Store } from './store.js';
import { isoNow, newToken, nextSnowflake } from './snowflake.js';
import type { CommandOptionValues, InteractionOptions, Json, LoopbackUser } from './types.js';

/** Application command option types. */
export const OptionType = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Mentionable: 9,
  Number: 10,
  Attachment: 11,
} as const;

/** Option type for a value when the command was not registered: string, boolean, integer or number. */
function guessType(value: string | number | boolean): number {
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

function declaredOptions(list: unknown): Json[] {
  return Array.isArray(list) ? (list as Json[]) : [];
}

/** Result of turning option values into the wire `options` tree. */
export interface BuiltOptions {
  options: Json[];
  resolved: Json | undefined;
}

/**
 * Build `data.options` (and `data.resolved` for user/channel options), typed from the registered
 * command's declared options when available, else guessed from the JS value.
 */
export function buildOptions(
  store: Store,
  command: Json | undefined,
  values: CommandOptionValues,
  subcommand: string | undefined,
  focused?: string,
  optionTypes: Record<string, number> = {},
): BuiltOptions {
  const path = subcommand ? subcommand.split(' ') : [];
  let declared = declaredOptions(command?.['options']);
  for (const name of path) declared = declaredOptions(declared.find((o) => o['name'] === name)?.['options']);
  const users: Json = {};
  const members: Json = {};
  const channels: Json = {};
  const leaf = Object.entries(values).map(([name, value]) => {
    const decl = declared.find((o) => o['name'] === name);
    const type =
      optionTypes[name] ?? (typeof decl?.['type'] === 'number' ? decl['type'] : name === focused ? OptionType.String : guessType(value));
    if (type === OptionType.User || type === OptionType.Mentionable) {
      const user = store.users.get(String(value));
      if (user) {
        users[user.id] = user;
        members[user.id] = { ...memberFields(), permissions: MEMBER_PERMISSIONS };
      }
    }
    if (type === OptionType.Channel) {
      const channel = store.channels.get(String(value));
      if (channel) channels[String(value)] = { ...channel, permissions: MEMBER_PERMISSIONS };
    }
    return { name, type, value, ...(name === focused ? { focused: true } : {}) };
  });
  let options: Json[] = leaf;
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const type = i === path.length - 1 ? OptionType.Subcommand : OptionType.SubcommandGroup;
    options = [{ name: path[i], type, options }];
  }
  const resolved: Json = {};
  if (Object.keys(users).length) Object.assign(resolved, { users, members });
  if (Object.keys(channels).length) resolved['channels'] = channels;
  return { options, resolved: Object.keys(resolved).length ? resolved : undefined };
}

/** Where and by whom an interaction happens, resolved against the store. */
export interface InteractionContext {
  user: LoopbackUser;
  guildId: string | undefined;
  channel: Json;
}

/** Resolve user/guild/channel defaults for an interaction. */
export function interactionContext(store: Store, opts: InteractionOptions): InteractionContext {
  const user = store.rememberUser(opts.user ?? store.defaultUser);
  if (opts.guild === false) return { user, guildId: undefined, channel: store.dmChannelFor(user) };
  const guildId = opts.guildId ?? store.guildId;
  if (!store.hasGuild(guildId)) throw new Error(`loopback-discord: the bot is not in guild ${guildId}`);
  const channel = store.channels.get(opts.channelId ?? store.textChannels.get(guildId) ?? store.channelId);
  if (!channel || channel['guild_id'] !== guildId)
    throw new Error(`loopback-discord: unknown channel ${String(opts.channelId)} in guild ${guildId}`);
  return { user, guildId, channel };
}

/** A complete INTERACTION_CREATE `d`, with every field discord.js 14 requires. */
export function interactionPayload(
  store: Store,
  type: number,
  data: Json,
  ctx: InteractionContext,
  opts: InteractionOptions,
  extra: Json = {},
): Json {
  const permissions = opts.permissions ?? MEMBER_PERMISSIONS;
  const base: Json = {
    id: nextSnowflake(),
    application_id: store.applicationId,
    type,
    token: newToken(),
    version: 1,
    data,
    channel: ctx.guildId ? { ...ctx.channel, permissions } : ctx.channel,
    channel_id: ctx.channel['id'],
    app_permissions: BOT_PERMISSIONS,
    locale: opts.locale ?? 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': ctx.guildId ?? '0' },
    context: ctx.guildId ? 0 : 1,
    attachment_size_limit: 10 * 1024 * 1024,
    ...extra,
  };
  if (ctx.guildId) {
    base['guild_id'] = ctx.guildId;
    base['guild'] = { id: ctx.guildId, locale: 'en-US', features: [] };
    base['guild_locale'] = 'en-US';
    base['member'] = { ...memberFields(), user: ctx.user, permissions };
  } else {
    base['user'] = ctx.user;
  }
  return base;
}

/** A user-authored MESSAGE_CREATE `d` (stored, so replies can reference it). */
export function userMessagePayload(store: Store, author: LoopbackUser, channel: Json, content: string, mentionBot: boolean): Json {
  const guildId = channel['guild_id'] as string | undefined;
  const msg = buildMessage({ channelId: channel['id'] as string, guildId, author, payload: { content }, attachments: [] });
  msg['nonce'] = nextSnowflake();
  if (mentionBot) msg['mentions'] = [{ ...store.bot, ...(guildId ? { member: memberFields([store.botRoleId]) } : {}) }];
  store.saveMessage(msg);
  return {
    ...msg,
    channel_type: channel['type'],
    ...(guildId ? { member: memberFields([], isoNow()) } : {}),
  };
}
