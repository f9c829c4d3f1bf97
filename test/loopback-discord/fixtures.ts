/** Builders for Discord API v10 objects (users, guild, channels, members, messages). */
import { isoNow, nextSnowflake } from './snowflake.js';
import { BOT_PERMISSIONS, EVERYONE } from './permissions.js';
import type { CapturedFile, Json, LoopbackUser } from './types.js';

/** Channel types used here. */
export const ChannelKind = { GuildText: 0, DM: 1 } as const;

/** A user object; `bot` defaults to false. `name` is both username and global_name. */
export function makeUser(id: string, name: string, bot = false): LoopbackUser {
  return {
    id,
    username: name,
    global_name: bot ? null : name,
    discriminator: '0',
    avatar: null,
    bot,
    public_flags: 0,
    flags: 0,
  };
}

/** A guild member object without `user` (the MESSAGE_CREATE `member` shape). */
export function memberFields(roles: string[] = [], joinedAt = isoNow()): Json {
  return {
    roles,
    nick: null,
    avatar: null,
    banner: null,
    premium_since: null,
    joined_at: joinedAt,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

/** A guild member object with `user`. */
export function member(user: LoopbackUser, roles: string[] = []): Json {
  return { ...memberFields(roles), user };
}

/** A guild text channel. */
export function guildTextChannel(id: string, guildId: string, name: string, position = 0): Json {
  return {
    id,
    type: ChannelKind.GuildText,
    guild_id: guildId,
    name,
    position,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [],
    flags: 0,
  };
}

/** A DM channel between the bot and `recipient`. */
export function dmChannel(id: string, recipient: LoopbackUser): Json {
  return { id, type: ChannelKind.DM, last_message_id: null, flags: 0, recipients: [recipient] };
}

/** A role object. */
export function role(id: string, name: string, permissions: string, position: number, managed = false): Json {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions,
    managed,
    mentionable: false,
    flags: 0,
  };
}

/** Static description of the emulated guild. */
export interface GuildFixture {
  id: string;
  name: string;
  ownerId: string;
  botRoleId: string;
  channels: Json[];
  members: Json[];
}

/** The full GUILD_CREATE payload for the emulated guild. */
export function guildCreatePayload(g: GuildFixture): Json {
  return {
    id: g.id,
    name: g.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: g.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [role(g.id, '@everyone', EVERYONE, 0), role(g.botRoleId, 'Story Bot', BOT_PERMISSIONS, 1, true)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    max_members: 500000,
    max_video_channel_users: 25,
    joined_at: isoNow(),
    large: false,
    unavailable: false,
    member_count: g.members.length,
    voice_states: [],
    members: g.members,
    channels: g.channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    lazy: true,
  };
}

/** Attachment object for an uploaded file, served back at `${baseUrl}/attachments/...`. */
export function attachmentFor(file: CapturedFile, channelId: string, baseUrl: string, extra: Json = {}): Json {
  const id = nextSnowflake();
  const filename = typeof extra['filename'] === 'string' ? extra['filename'] : file.name;
  const url = `${baseUrl}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
  return {
    id,
    filename,
    size: file.data.length,
    url,
    proxy_url: url,
    content_type: file.contentType,
    ...(typeof extra['description'] === 'string' ? { description: extra['description'] } : {}),
  };
}

/** Fields a message gets from a create/edit payload. */
const MESSAGE_PAYLOAD_KEYS = ['content', 'embeds', 'components', 'tts', 'poll', 'sticker_ids'] as const;

/** Arguments of {@link buildMessage}. */
export interface BuildMessageArgs {
  channelId: string;
  guildId?: string | undefined;
  author: LoopbackUser;
  payload: Json;
  attachments: Json[];
  /** Message type; 0 default, 19 reply, 20 chat input command. */
  type?: number;
  webhookId?: string | undefined;
  applicationId?: string | undefined;
  interactionMetadata?: Json | undefined;
  referencedMessage?: Json | undefined;
  extraFlags?: number;
}

/** A full message object as the REST API returns it. */
export function buildMessage(a: BuildMessageArgs): Json {
  const p = a.payload;
  const flags = (typeof p['flags'] === 'number' ? p['flags'] : 0) | (a.extraFlags ?? 0);
  const msg: Json = {
    id: nextSnowflake(),
    type: a.referencedMessage ? 19 : (a.type ?? 0),
    channel_id: a.channelId,
    author: a.author,
    content: typeof p['content'] === 'string' ? p['content'] : '',
    timestamp: isoNow(),
    edited_timestamp: null,
    tts: p['tts'] === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    mention_channels: [],
    attachments: a.attachments,
    embeds: Array.isArray(p['embeds']) ? p['embeds'] : [],
    components: Array.isArray(p['components']) ? p['components'] : [],
    reactions: [],
    pinned: false,
    flags,
  };
  if (a.guildId) msg['guild_id'] = a.guildId;
  if (a.webhookId) msg['webhook_id'] = a.webhookId;
  if (a.applicationId) msg['application_id'] = a.applicationId;
  if (a.interactionMetadata) msg['interaction_metadata'] = a.interactionMetadata;
  if (p['poll'] !== undefined) msg['poll'] = p['poll'];
  if (p['nonce'] !== undefined) msg['nonce'] = p['nonce'];
  if (a.referencedMessage) {
    msg['message_reference'] = {
      type: 0,
      message_id: a.referencedMessage['id'],
      channel_id: a.referencedMessage['channel_id'],
      ...(a.guildId ? { guild_id: a.guildId } : {}),
    };
    msg['referenced_message'] = a.referencedMessage;
  }
  return msg;
}

/** Apply an edit payload in place; `attachments` replaces the list when given. */
export function applyEdit(msg: Json, payload: Json, attachments: Json[] | undefined, clearFlags = 0): Json {
  for (const key of MESSAGE_PAYLOAD_KEYS) {
    if (payload[key] !== undefined && payload[key] !== null) msg[key] = payload[key];
  }
  if (typeof payload['flags'] === 'number') {
    // Ephemeral (64) and loading (128) cannot be changed by an edit.
    const keep = typeof msg['flags'] === 'number' ? msg['flags'] & (64 | 128) : 0;
    msg['flags'] = keep | (payload['flags'] & ~(64 | 128));
  }
  if (clearFlags && typeof msg['flags'] === 'number') msg['flags'] = msg['flags'] & ~clearFlags;
  if (attachments) msg['attachments'] = attachments;
  msg['edited_timestamp'] = isoNow();
  return msg;
}

/** True when `components` (any nesting) contains an element with this custom_id. */
export function hasCustomId(components: unknown, customId: string): boolean {
  if (Array.isArray(components)) return components.some((c) => hasCustomId(c, customId));
  if (components && typeof components === 'object') {
    const c = components as Json;
    if (c['custom_id'] === customId) return true;
    return hasCustomId(c['components'], customId) || hasCustomId(c['accessory'], customId);
  }
  return false;
}
