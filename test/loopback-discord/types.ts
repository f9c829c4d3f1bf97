/**
 * Public types of the loopback Discord server used by end-to-end tests.
 *
 * Payload shapes follow Discord API v10 loosely: they are plain JSON objects
 * (`Record<string, unknown>`), not discord-api-types, so tests can build and
 * inspect them without depending on discord.js internals.
 */

/** A JSON object as sent or received over the wire. */
export type Json = Record<string, unknown>;

/** A Discord user object (API v10 shape) as produced by {@link makeUser}. */
export interface LoopbackUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot: boolean;
  public_flags: number;
  flags: number;
}

/** A file uploaded in a multipart/form-data request (`files[n]` part). */
export interface CapturedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  /** File name given by the client. */
  name: string;
  /** MIME type given by the client (discord.js sniffs it from the bytes). */
  contentType: string;
  /** Raw bytes. */
  data: Buffer;
}

/** One REST call received by the emulator. */
export interface CapturedRequest {
  /** Upper-case HTTP method. */
  method: string;
  /**
   * Route path after `/api/v10`, URL-decoded, e.g. `/webhooks/123/tok/messages/@original`
   * (discord.js sends `%40original`). Equals `decodeURIComponent(Routes.x(...))`.
   */
  path: string;
  /** Full request path as received (still URL-encoded, with `/api/v10`). */
  rawPath: string;
  /** Query string parameters. */
  query: URLSearchParams;
  /** Lower-cased request headers. */
  headers: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` part of a multipart body; `undefined` when empty. */
  body: unknown;
  /** Files of a multipart body, in order. */
  files: CapturedFile[];
  /** `performance.now()` when the request arrived. */
  at: number;
  /** HTTP status the emulator answered with. */
  status: number;
  /** JSON body the emulator answered with (`undefined` for 204). */
  response: unknown;
}

/** One gateway frame, in either direction. */
export interface GatewayFrame {
  /** `in` = sent by the client, `out` = sent by the emulator. */
  dir: 'in' | 'out';
  op: number;
  /** Dispatch event name for op 0. */
  t?: string;
  /** Sequence number for op 0. */
  s?: number;
  /** Frame payload. */
  d?: unknown;
  /** `performance.now()` when sent/received. */
  at: number;
}

/** A canned REST response used by {@link LoopbackDiscord.failNext}. */
export interface FaultResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON body; omitted for an empty body. */
  body?: unknown;
  /** Wait this long before answering (simulates a slow API). */
  delayMs?: number;
}

/** Identifies a dispatched interaction. */
export interface InteractionRef {
  id: string;
  token: string;
  /** `performance.now()` just before the INTERACTION_CREATE frame was written. */
  sentAt: number;
}

/** Identifies a dispatched MESSAGE_CREATE. */
export interface MessageRef {
  messageId: string;
  channelId: string;
  /** `performance.now()` just before the frame was written. */
  sentAt: number;
  /**
   * False when the client's identify intents exclude this event
   * (GuildMessages for guild messages, DirectMessages for DMs): Discord would not send it, so neither do we.
   */
  delivered: boolean;
}

/** Option values for {@link LoopbackDiscord.sendCommand}. */
export type CommandOptionValues = Record<string, string | number | boolean>;

/** Who sends an interaction and where. */
export interface InteractionOptions {
  /** Invoking user; defaults to {@link LoopbackDiscord.user} (an ordinary, non-owner member). */
  user?: LoopbackUser;
  /** `member.permissions` bitfield string (guild only); defaults to {@link MEMBER_PERMISSIONS}. */
  permissions?: string;
  /** `false` sends the interaction from the user's DM with the bot; default `true`. */
  guild?: boolean;
  /** Guild of a guild interaction (one of {@link LoopbackDiscord.guildIds}); defaults to the first guild. */
  guildId?: string;
  /** Channel id for guild interactions; defaults to the guild's text channel. */
  channelId?: string;
  /** Interaction locale; default `en-US`. */
  locale?: string;
}

/** Extra options for slash commands. */
export interface CommandOptions extends InteractionOptions {
  /** Subcommand name, or `"group sub"` for a subcommand inside a group. */
  subcommand?: string;
  /**
   * Option types by name (see {@link OptionType}), e.g. `{ who: 6 }` for a USER option. Needed only when the
   * command was not registered through the emulator; otherwise the registered declaration is used, and without
   * either the type is guessed from the value (string 3, boolean 5, integer 4, other number 10).
   */
  optionTypes?: Record<string, number>;
}

/** Extra options for button presses. */
export interface ButtonOptions extends InteractionOptions {
  /**
   * Message the button is on. Defaults to the newest stored message with a component having this custom id,
   * else a synthesized bot message carrying the button.
   */
  messageId?: string;
}

/** Extra options for user messages. */
export interface MessageOptions {
  /** Author; defaults to {@link LoopbackDiscord.user}. */
  user?: LoopbackUser;
  /** Guild channel id (mentions only); defaults to the first guild's text channel (see {@link LoopbackDiscord.channelIdOf}). */
  channelId?: string;
}

/** Options of {@link startLoopbackDiscord}. */
export interface StartOptions {
  /** Id of the first guild (default: a fresh snowflake). */
  guildId?: string;
  /**
   * More guilds the bot is in, each with one text channel (see {@link LoopbackDiscord.channelIdOf}). With
   * several shards, a guild's events go only to shard `(guild_id >> 22) % num_shards`.
   */
  extraGuildIds?: string[];
  /**
   * Shards `GET /gateway/bot` recommends (default 1), and the fewest the gateway accepts: an IDENTIFY whose
   * `shard` is `[id, n]` with `n` below it is closed with 4011 (sharding required), as Discord closes a bot
   * past 2,500 servers per shard; a malformed or out-of-range `shard` is closed with 4010 (invalid shard).
   */
  shards?: number;
  /** Guild owner and default user of send* helpers. */
  ownerId?: string;
  /** HELLO heartbeat interval; default 41250 like Discord. */
  heartbeatIntervalMs?: number;
  /**
   * An interaction callback arriving later than this after dispatch gets 404 Unknown interaction (10062),
   * like Discord's 3 s limit. Default 3000; `Infinity` disables it.
   */
  callbackDeadlineMs?: number;
}

/** A running loopback Discord server. */
export interface LoopbackDiscord {
  /** Pass as `rest.api`: `http://127.0.0.1:PORT/api`. */
  apiUrl: string;
  /** Gateway URL returned by /gateway/bot. */
  gatewayUrl: string;
  botUser: LoopbackUser;
  /** Same as the bot user id, like modern Discord applications. */
  applicationId: string;
  /** The first guild. */
  guildId: string;
  /** Every guild the bot is in: {@link guildId} first, then {@link StartOptions.extraGuildIds}. */
  guildIds: readonly string[];
  /** The first guild's text channel. */
  channelId: string;
  /** The text channel of one of {@link guildIds}. */
  channelIdOf(guildId: string): string;
  /** The shard that receives this guild's events with `numShards` shards: `(guild_id >> 22) % numShards`. */
  shardOf(guildId: string, numShards: number): number;
  /** The guild owner (discord.js grants the owner every permission when it computes them itself). */
  owner: LoopbackUser;
  /** Default author/invoker of the send* helpers: an ordinary member named `reader`, not the owner. */
  user: LoopbackUser;
  /** Every REST call, in the order their responses were sent. */
  requests: CapturedRequest[];
  /** Every gateway frame, both directions, in order. */
  gatewayFrames: GatewayFrame[];

  /** Dispatch a chat-input INTERACTION_CREATE (type 2). Waits for a live gateway session first. */
  sendCommand(name: string, options?: CommandOptionValues, opts?: CommandOptions): Promise<InteractionRef>;
  /** Dispatch an autocomplete INTERACTION_CREATE (type 4) with `focused` holding `value`. */
  sendAutocomplete(
    name: string,
    focused: string,
    value: string,
    other?: CommandOptionValues,
    opts?: CommandOptions,
  ): Promise<InteractionRef>;
  /** Dispatch a button INTERACTION_CREATE (type 3, component_type 2). */
  sendButton(customId: string, opts?: ButtonOptions): Promise<InteractionRef>;
  /**
   * Dispatch an INTERACTION_CREATE of any `type` with this `data`, registered like the others (so its
   * callback is accepted), after `edit` has changed the complete payload — for malformed interactions.
   */
  sendRawInteraction(type: number, data: Json, edit?: (d: Json) => void, opts?: CommandOptions): Promise<InteractionRef>;
  /** Dispatch a guild MESSAGE_CREATE `"<@bot> text"` that mentions the bot. */
  sendMention(text: string, opts?: MessageOptions): Promise<MessageRef>;
  /** Dispatch a DM MESSAGE_CREATE (no guild_id, channel_type 1) from the user to the bot. */
  sendDirectMessage(text: string, opts?: MessageOptions): Promise<MessageRef>;
  /** Dispatch any event (to the shard of `d.guild_id` when it has one, else shard 0); returns the time the frame was written. */
  dispatch(t: string, d: unknown): Promise<number>;

  /** Resolve with the first captured request (already captured or future) matching `pred`; reject after `timeoutMs` (default 5000). */
  waitForRequest(pred: (r: CapturedRequest) => boolean, timeoutMs?: number): Promise<CapturedRequest>;
  /** Requests belonging to an interaction (its callback, webhook edits, follow-ups), in order. */
  requestsFor(interaction: { id: string; token: string }): CapturedRequest[];
  /** The stored message (as the emulator last returned it) with this id. */
  getMessage(id: string): Json | undefined;
  /** Id of the DM channel between the bot and this user (created on demand). */
  dmChannelIdFor(userId: string): string;
  /**
   * Resolve once a client has a live (identified or resumed) gateway session — with `guildId`, the session of
   * the shard that receives that guild's events; reject after `timeoutMs`.
   */
  waitForSession(timeoutMs?: number, guildId?: string): Promise<void>;

  /** Close the client's gateway socket with this code. 4009 also invalidates the session, so a RESUME gets op 9. */
  closeGateway(code: number, reason?: string): void;
  /** Send op 7 RECONNECT; the client should reconnect and resume. */
  requestReconnect(): void;
  /** Answer the next `times` (default 1) REST calls matching `pred` with `response` instead of handling them. */
  failNext(pred: (method: string, path: string) => boolean, response: FaultResponse, times?: number): void;
  /** From now on /gateway/bot (and every authenticated route) answers 401 and IDENTIFY is closed with 4004. */
  rejectTokens(): void;
  /** Stop the server, terminating gateway sockets and keep-alive HTTP connections. */
  close(): Promise<void>;
}
