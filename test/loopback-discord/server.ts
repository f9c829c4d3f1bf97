/** `startLoopbackDiscord`: the HTTP (REST v10) + WebSocket (gateway) server on 127.0.0.1. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { buildMessage, guildCreatePayload } from './fixtures.js';
import { Gateway, Intent, shardOf } from './gateway.js';
import { parseBody, sendJson } from './http-body.js';
import { buildOptions, interactionContext, interactionPayload, userMessagePayload } from './interaction-payloads.js';
import type { RestContext, RestRequest, RestResult } from './rest-context.js';
import { handleRest } from './rest-routes.js';
import { Store } from './store.js';
import type {
  ButtonOptions,
  CapturedRequest,
  CommandOptions,
  CommandOptionValues,
  FaultResponse,
  GatewayFrame,
  InteractionRef,
  Json,
  LoopbackDiscord,
  MessageOptions,
  MessageRef,
  StartOptions,
} from './types.js';

interface Fault {
  pred: (method: string, path: string) => boolean;
  response: FaultResponse;
  remaining: number;
}

interface Waiter {
  pred: (r: CapturedRequest) => boolean;
  resolve: (r: CapturedRequest) => void;
  reject: (err: Error) => void;
}

const API_PREFIX = '/api/v10';

/**
 * Start a loopback Discord (REST API v10 + gateway) on a random free port of 127.0.0.1.
 * Point the real discord.js client at it with `new Client({ intents, rest: { api: server.apiUrl } })`.
 */
export async function startLoopbackDiscord(opts: StartOptions = {}): Promise<LoopbackDiscord> {
  const store = new Store({ guildId: opts.guildId, ownerId: opts.ownerId, extraGuildIds: opts.extraGuildIds });
  const shards = opts.shards ?? 1;
  if (!Number.isSafeInteger(shards) || shards < 1)
    throw new Error(`loopback-discord: shards must be a whole number of at least 1, got ${String(opts.shards)}`);
  const requests: CapturedRequest[] = [];
  const gatewayFrames: GatewayFrame[] = [];
  const faults: Fault[] = [];
  let waiters: Waiter[] = [];
  let tokensRejected = false;

  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  const ctx: RestContext = {
    store,
    baseUrl,
    gatewayUrl,
    tokensRejected: () => tokensRejected,
    callbackDeadlineMs: opts.callbackDeadlineMs ?? 3000,
    shards,
  };

  const gateway = new Gateway({
    heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250,
    frames: gatewayFrames,
    tokensRejected: () => tokensRejected,
    resumeUrl: `ws://127.0.0.1:${port}/gateway/resume`,
    requiredShards: shards,
    guildIds: () => store.guildIds,
    readyPayload: (guildIds) => ({
      v: 10,
      user: { ...store.bot, verified: true, mfa_enabled: false, email: null },
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      application: { id: store.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['loopback'],
      user_settings: {},
      session_type: 'normal',
      _trace: ['loopback'],
    }),
    guildCreatePayload: (guildId) => guildCreatePayload(store.guildFixture(guildId)),
  });

  function capture(r: CapturedRequest): void {
    requests.push(r);
    const pending = waiters;
    waiters = [];
    for (const w of pending) {
      if (w.pred(r)) w.resolve(r);
      else waiters.push(w);
    }
  }

  function takeFault(method: string, path: string): FaultResponse | undefined {
    const i = faults.findIndex((f) => f.pred(method, path));
    const fault = faults[i];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(i, 1);
    return fault.response;
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(req.url ?? '/', baseUrl);
    if (url.pathname.startsWith('/attachments/')) {
      const file = store.attachmentFiles.get(url.pathname.split('/')[3] ?? '');
      if (!file) return sendJson(res, 404, { message: '404: Not Found', code: 0 });
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.data.length) });
      res.end(file.data);
      return;
    }
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) return sendJson(res, 404, { message: '404: Not Found', code: 0 });
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const rest: RestRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: decodeURIComponent(url.pathname.slice(API_PREFIX.length)),
      query: url.searchParams,
      headers,
      body: undefined,
      files: [],
    };
    let result: RestResult;
    try {
      Object.assign(rest, await parseBody(req));
      const fault = takeFault(rest.method, rest.path);
      if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      result = fault ? { status: fault.status, body: fault.body, headers: fault.headers ?? {} } : handleRest(ctx, rest);
    } catch (err) {
      result = { status: 400, body: { message: `The request body contains invalid JSON. (${String(err)})`, code: 50109 } };
    }
    capture({
      method: rest.method,
      path: rest.path,
      rawPath: url.pathname,
      query: rest.query,
      headers,
      body: rest.body,
      files: rest.files,
      at,
      status: result.status,
      response: result.status === 204 ? undefined : result.body,
    });
    sendJson(res, result.status, result.body, result.headers);
  }

  http.on('request', (req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { message: `loopback-discord: ${String(err)}`, code: 0 });
    });
  });
  http.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '').startsWith('/gateway')) gateway.handleUpgrade(req, socket, head);
    else socket.destroy();
  });

  async function sendInteraction(
    type: number,
    data: Json,
    o: CommandOptions | ButtonOptions,
    extra: Json = {},
    edit?: (d: Json) => void,
  ): Promise<InteractionRef> {
    const ictx = interactionContext(store, o);
    await gateway.waitForLive(10_000, ictx.guildId);
    const d = interactionPayload(store, type, data, ictx, o, extra);
    edit?.(d);
    const id = d['id'] as string;
    const token = d['token'] as string;
    store.interactions.set(id, {
      id,
      token,
      type,
      channelId: ictx.channel['id'] as string,
      guildId: ictx.guildId,
      user: ictx.user,
      commandName: typeof data['name'] === 'string' ? data['name'] : undefined,
      dispatchedAt: performance.now(),
      callbackType: undefined,
      originalMessageId: undefined,
      sourceMessageId: extra['message'] ? ((extra['message'] as Json)['id'] as string) : undefined,
      modal: undefined,
    });
    const { sentAt } = await gateway.dispatch('INTERACTION_CREATE', d, 0, 10_000, ictx.guildId);
    const rec = store.interactions.get(id);
    if (rec) rec.dispatchedAt = sentAt;
    return { id, token, sentAt };
  }

  function commandData(name: string, values: CommandOptionValues, o: CommandOptions, focused?: string): Json {
    const guildId = o.guild === false ? undefined : (o.guildId ?? store.guildId);
    const command = store.findCommand(name, guildId);
    const { options, resolved } = buildOptions(store, command, values, o.subcommand, focused, o.optionTypes);
    return {
      id: (command?.['id'] as string | undefined) ?? `${BigInt(store.applicationId) + 1n}`,
      name,
      type: 1,
      options,
      ...(resolved ? { resolved } : {}),
      ...(command?.['guild_id'] ? { guild_id: command['guild_id'] } : {}),
    };
  }

  async function sendUserMessage(text: string, o: MessageOptions, dm: boolean): Promise<MessageRef> {
    const author = store.rememberUser(o.user ?? store.defaultUser);
    const channel = dm ? store.dmChannelFor(author) : store.channels.get(o.channelId ?? store.channelId);
    if (!channel) throw new Error(`loopback-discord: unknown channel ${String(o.channelId)}`);
    const guildId = channel['guild_id'] as string | undefined;
    await gateway.waitForLive(10_000, guildId);
    const content = dm ? text : `<@${store.bot.id}> ${text}`;
    const d = userMessagePayload(store, author, channel, content, !dm);
    const { sentAt, delivered } = await gateway.dispatch(
      'MESSAGE_CREATE',
      d,
      dm ? Intent.DirectMessages : Intent.GuildMessages,
      10_000,
      guildId,
    );
    return { messageId: d['id'] as string, channelId: channel['id'] as string, sentAt, delivered };
  }

  const server: LoopbackDiscord = {
    apiUrl: `${baseUrl}/api`,
    gatewayUrl,
    botUser: store.bot,
    applicationId: store.applicationId,
    guildId: store.guildId,
    guildIds: store.guildIds,
    channelId: store.channelId,
    channelIdOf(guildId) {
      const id = store.textChannels.get(guildId);
      if (id === undefined) throw new Error(`loopback-discord: the bot is not in guild ${guildId}`);
      return id;
    },
    shardOf,
    owner: store.owner,
    user: store.defaultUser,
    requests,
    gatewayFrames,

    sendCommand: (name, values = {}, o = {}) => sendInteraction(2, commandData(name, values, o), o),

    sendAutocomplete: (name, focused, value, other = {}, o = {}) =>
      sendInteraction(4, commandData(name, { ...other, [focused]: value }, o, focused), o),

    sendButton(customId, o = {}) {
      const guildId = o.guild === false ? undefined : (o.guildId ?? store.guildId);
      const channelId =
        guildId === undefined
          ? (store.dmChannelFor(o.user ?? store.defaultUser)['id'] as string)
          : (o.channelId ?? store.textChannels.get(guildId) ?? store.channelId);
      let message = o.messageId ? store.messages.get(o.messageId) : store.newestMessageWithCustomId(customId, channelId);
      if (!message) {
        message = buildMessage({
          channelId,
          guildId,
          author: store.bot,
          payload: {
            content: 'Choose:',
            components: [{ type: 1, components: [{ type: 2, style: 1, label: customId, custom_id: customId }] }],
          },
          attachments: [],
        });
        if (o.messageId) message['id'] = o.messageId;
        store.saveMessage(message);
      }
      return sendInteraction(3, { custom_id: customId, component_type: 2 }, o, { message });
    },

    sendRawInteraction: (type, data, edit, o = {}) => sendInteraction(type, data, o, {}, edit),

    sendMention: (text, o = {}) => sendUserMessage(text, o, false),
    sendDirectMessage: (text, o = {}) => sendUserMessage(text, o, true),

    async dispatch(t, d) {
      const guildId =
        d !== null && typeof d === 'object' && typeof (d as Json)['guild_id'] === 'string'
          ? ((d as Json)['guild_id'] as string)
          : undefined;
      return (await gateway.dispatch(t, d, 0, 10_000, guildId)).sentAt;
    },

    waitForRequest(pred, timeoutMs = 5000) {
      const found = requests.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`loopback-discord: no matching request within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter: Waiter = {
          pred,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
          reject: (err) => {
            clearTimeout(timer);
            reject(err);
          },
        };
        waiters.push(waiter);
      });
    },

    requestsFor({ id, token }) {
      const callback = `/interactions/${id}/${token}/`;
      const webhook = `/webhooks/${store.applicationId}/${token}`;
      return requests.filter((r) => r.path.startsWith(callback) || r.path === webhook || r.path.startsWith(`${webhook}/`));
    },

    getMessage: (id) => store.messages.get(id),
    dmChannelIdFor: (userId) => store.dmChannelFor(store.users.get(userId) ?? { ...store.defaultUser, id: userId })['id'] as string,
    waitForSession: (timeoutMs = 10_000, guildId?: string) => gateway.waitForLive(timeoutMs, guildId ?? null),

    closeGateway: (code, reason) => gateway.closeLive(code, reason),
    requestReconnect: () => gateway.requestReconnect(),
    failNext(pred, response, times = 1) {
      faults.push({ pred, response, remaining: times });
    },
    rejectTokens() {
      tokensRejected = true;
    },

    async close() {
      const pending = waiters;
      waiters = [];
      for (const w of pending) w.reject(new Error('loopback-discord: server closed while waiting for a request'));
      await gateway.close();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
    },
  };
  return server;
}

/** A 429 response for {@link LoopbackDiscord.failNext}, with the headers @discordjs/rest reads. */
export function rateLimited(
  retryAfterSeconds: number,
  opts: { global?: boolean; scope?: 'user' | 'global' | 'shared' } = {},
): FaultResponse {
  const headers: Record<string, string> = {
    'retry-after': String(retryAfterSeconds),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset-after': String(retryAfterSeconds),
    'x-ratelimit-reset': String(Date.now() / 1000 + retryAfterSeconds),
    'x-ratelimit-bucket': 'loopback',
    'x-ratelimit-scope': opts.scope ?? (opts.global ? 'global' : 'user'),
  };
  // @discordjs/rest treats the mere presence of X-RateLimit-Global as global, whatever its value.
  if (opts.global) headers['x-ratelimit-global'] = 'true';
  return {
    status: 429,
    headers,
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: opts.global ?? false },
  };
}
