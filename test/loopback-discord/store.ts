/** In-memory state of the emulated Discord: users, channels, messages, interactions, commands. */
import { dmChannel, guildTextChannel, hasCustomId, makeUser, member, type GuildFixture } from './fixtures.js';
import { nextSnowflake } from './snowflake.js';
import type { CapturedFile, Json, LoopbackUser } from './types.js';

/** Server-side record of one dispatched interaction. */
export interface InteractionRecord {
  id: string;
  token: string;
  /** Interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  channelId: string;
  guildId: string | undefined;
  user: LoopbackUser;
  commandName: string | undefined;
  /** `performance.now()` at dispatch (for the callback deadline). */
  dispatchedAt: number;
  /** Callback type once acknowledged. */
  callbackType: number | undefined;
  /** Message `@original` refers to, once there is one. */
  originalMessageId: string | undefined;
  /** Message a component interaction came from. */
  sourceMessageId: string | undefined;
  /** Modal sent with callback type 9, if any. */
  modal: Json | undefined;
}

/** Mutable world state shared by the REST routes and the gateway. */
export class Store {
  readonly bot: LoopbackUser;
  readonly applicationId: string;
  /** The first guild (the one the send* helpers use by default). */
  readonly guildId: string;
  /** Every guild the bot is in, the first one first. */
  readonly guildIds: readonly string[];
  /** The first guild's text channel. */
  readonly channelId: string;
  /** Each guild's text channel, by guild id. */
  readonly textChannels = new Map<string, string>();
  readonly botRoleId: string;
  readonly owner: LoopbackUser;
  /** Default author/invoker of the send* helpers: an ordinary, non-owner member. */
  readonly defaultUser: LoopbackUser;
  readonly users = new Map<string, LoopbackUser>();
  readonly channels = new Map<string, Json>();
  readonly dmByUser = new Map<string, string>();
  readonly messages = new Map<string, Json>();
  readonly attachmentFiles = new Map<string, CapturedFile>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly globalCommands: Json[] = [];
  readonly guildCommands = new Map<string, Json[]>();

  constructor(opts: { guildId?: string | undefined; ownerId?: string | undefined; extraGuildIds?: readonly string[] | undefined }) {
    const botId = nextSnowflake();
    this.bot = { ...makeUser(botId, 'Story Bot', true), username: 'storybot' };
    this.applicationId = botId;
    this.guildId = opts.guildId ?? nextSnowflake();
    this.guildIds = [...new Set([this.guildId, ...(opts.extraGuildIds ?? [])])];
    this.channelId = nextSnowflake();
    this.botRoleId = nextSnowflake();
    this.owner = makeUser(opts.ownerId ?? nextSnowflake(), 'owner');
    this.defaultUser = makeUser(nextSnowflake(), 'reader');
    for (const u of [this.bot, this.owner, this.defaultUser]) this.users.set(u.id, u);
    this.channels.set(this.channelId, guildTextChannel(this.channelId, this.guildId, 'story', 0));
    this.textChannels.set(this.guildId, this.channelId);
    for (const id of this.guildIds.slice(1)) {
      const channelId = nextSnowflake();
      this.channels.set(channelId, guildTextChannel(channelId, id, 'story', 0));
      this.textChannels.set(id, channelId);
    }
  }

  /** Whether the bot is in this guild. */
  hasGuild(id: string): boolean {
    return this.guildIds.includes(id);
  }

  /** Remember a user so REST lookups (GET /users/:id) find it. */
  rememberUser(user: LoopbackUser): LoopbackUser {
    if (!this.users.has(user.id)) this.users.set(user.id, user);
    return user;
  }

  /** The guild fixture for GUILD_CREATE / GET /guilds/:id (default: the first guild). */
  guildFixture(guildId = this.guildId): GuildFixture {
    const channels = [...this.channels.values()].filter((c) => c['guild_id'] === guildId);
    return {
      id: guildId,
      name: 'Story Guild',
      ownerId: this.owner.id,
      botRoleId: this.botRoleId,
      channels: channels.map((c) => {
        const copy: Json = { ...c };
        delete copy['guild_id'];
        return copy;
      }),
      members: [member(this.bot, [this.botRoleId]), member(this.owner)],
    };
  }

  /** The DM channel between the bot and `user`, created on first use. */
  dmChannelFor(user: LoopbackUser): Json {
    this.rememberUser(user);
    let id = this.dmByUser.get(user.id);
    if (!id) {
      id = nextSnowflake();
      this.dmByUser.set(user.id, id);
      this.channels.set(id, dmChannel(id, user));
    }
    return this.channels.get(id) as Json;
  }

  /** A registered command by name: guild commands first, then global. */
  findCommand(name: string, guildId?: string): Json | undefined {
    const guildList = guildId ? (this.guildCommands.get(guildId) ?? []) : [];
    return guildList.find((c) => c['name'] === name) ?? this.globalCommands.find((c) => c['name'] === name);
  }

  /** Newest stored message (optionally in `channelId`) carrying a component with this custom id. */
  newestMessageWithCustomId(customId: string, channelId?: string): Json | undefined {
    const all = [...this.messages.values()].reverse();
    return all.find((m) => (!channelId || m['channel_id'] === channelId) && hasCustomId(m['components'], customId));
  }

  /** Store a message object and bump its channel's last_message_id. */
  saveMessage(msg: Json): Json {
    this.messages.set(msg['id'] as string, msg);
    const channel = this.channels.get(msg['channel_id'] as string);
    if (channel) channel['last_message_id'] = msg['id'];
    return msg;
  }

  /** Find an interaction by its webhook token. */
  interactionByToken(token: string): InteractionRecord | undefined {
    for (const rec of this.interactions.values()) if (rec.token === token) return rec;
    return undefined;
  }
}
