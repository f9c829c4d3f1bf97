/** The REST route table of the loopback Discord API (v10). */
import { member, guildCreatePayload, makeUser } from './fixtures.js';
import { createChannelMessage, editChannelMessage, executeWebhook, interactionCallback, webhookMessage } from './rest-messages.js';
import { Errors, bodyObject, type RestContext, type RestRequest, type RestResult } from './rest-context.js';
import { nextSnowflake } from './snowflake.js';
import type { Json } from './types.js';

type Handler = (ctx: RestContext, req: RestRequest, params: string[]) => RestResult;

interface Route {
  methods: string[];
  pattern: RegExp;
  /** Needs `Authorization: Bot <token>` (interaction callbacks and webhooks do not). */
  auth: boolean;
  handle: Handler;
}

const ID = '([^/]+)';

function route(methods: string, path: string, handle: Handler, auth = true): Route {
  const pattern = new RegExp(`^${path.replaceAll(':id', ID)}$`);
  return { methods: methods.split(','), pattern, auth, handle };
}

/** Store a command (PUT/POST body element) with server-assigned fields. */
function saveCommand(ctx: RestContext, raw: Json, guildId: string | undefined, existing: Json[]): Json {
  const previous = existing.find((c) => c['name'] === raw['name'] && (c['type'] ?? 1) === (raw['type'] ?? 1));
  return {
    type: 1,
    description: '',
    options: [],
    default_member_permissions: null,
    nsfw: false,
    integration_types: [0],
    contexts: null,
    ...raw,
    id: previous?.['id'] ?? nextSnowflake(),
    application_id: ctx.store.applicationId,
    version: nextSnowflake(),
    ...(guildId ? { guild_id: guildId } : {}),
  };
}

function commandList(ctx: RestContext, guildId: string | undefined): Json[] {
  if (!guildId) return ctx.store.globalCommands;
  let list = ctx.store.guildCommands.get(guildId);
  if (!list) ctx.store.guildCommands.set(guildId, (list = []));
  return list;
}

function commandsRoute(ctx: RestContext, req: RestRequest, appId: string, guildId: string | undefined): RestResult {
  if (appId !== ctx.store.applicationId) return Errors.unknownWebhook();
  if (guildId && !ctx.store.hasGuild(guildId)) return Errors.unknownGuild();
  const list = commandList(ctx, guildId);
  if (req.method === 'GET') return { status: 200, body: list };
  if (req.method === 'PUT') {
    const next = (Array.isArray(req.body) ? (req.body as Json[]) : []).map((c) => saveCommand(ctx, c, guildId, list));
    list.splice(0, list.length, ...next);
    return { status: 200, body: list };
  }
  const cmd = saveCommand(ctx, bodyObject(req), guildId, list);
  const at = list.findIndex((c) => c['id'] === cmd['id']);
  if (at >= 0) list[at] = cmd;
  else list.push(cmd);
  return { status: at >= 0 ? 200 : 201, body: cmd };
}

function commandRoute(ctx: RestContext, req: RestRequest, appId: string, guildId: string | undefined, commandId: string): RestResult {
  if (appId !== ctx.store.applicationId) return Errors.unknownWebhook();
  const list = commandList(ctx, guildId);
  const at = list.findIndex((c) => c['id'] === commandId);
  const cmd = list[at];
  if (!cmd) return Errors.unknownCommand();
  if (req.method === 'GET') return { status: 200, body: cmd };
  if (req.method === 'DELETE') {
    list.splice(at, 1);
    return { status: 204 };
  }
  Object.assign(cmd, bodyObject(req), { version: nextSnowflake() });
  return { status: 200, body: cmd };
}

const routes: Route[] = [
  route('GET', '/gateway/bot', (ctx) => ({
    status: 200,
    body: {
      url: ctx.gatewayUrl,
      shards: ctx.shards,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    },
  })),
  route('GET', '/gateway', (ctx) => ({ status: 200, body: { url: ctx.gatewayUrl } }), false),
  route('POST', '/interactions/:id/:id/callback', (ctx, req, [id, token]) => interactionCallback(ctx, req, id!, token!), false),
  route('POST', '/webhooks/:id/:id', (ctx, req, [app, token]) => executeWebhook(ctx, req, app!, token!), false),
  route(
    'GET,PATCH,DELETE',
    '/webhooks/:id/:id/messages/:id',
    (ctx, req, [app, token, mid]) => webhookMessage(ctx, req, app!, token!, mid!),
    false,
  ),
  route('GET', '/users/@me', (ctx) => ({ status: 200, body: { ...ctx.store.bot, verified: true, mfa_enabled: false } })),
  route('POST', '/users/@me/channels', (ctx, req) => {
    const recipient = bodyObject(req)['recipient_id'];
    if (typeof recipient !== 'string') return Errors.invalidForm('recipient_id', 'This field is required');
    const user = ctx.store.users.get(recipient) ?? makeUser(recipient, `user${recipient.slice(-4)}`);
    return { status: 200, body: ctx.store.dmChannelFor(user) };
  }),
  route('GET', '/users/:id', (ctx, _req, [id]) => {
    const user = ctx.store.users.get(id!);
    return user ? { status: 200, body: user } : Errors.unknownUser();
  }),
  route('GET', '/applications/@me', (ctx) => ({
    status: 200,
    body: {
      id: ctx.store.applicationId,
      name: 'Story Bot',
      icon: null,
      description: '',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      owner: ctx.store.owner,
      team: null,
      bot: ctx.store.bot,
      approximate_guild_count: ctx.store.guildIds.length,
      integration_types_config: { '0': {} },
    },
  })),
  route('GET,PUT,POST', '/applications/:id/commands', (ctx, req, [app]) => commandsRoute(ctx, req, app!, undefined)),
  route('GET,PATCH,DELETE', '/applications/:id/commands/:id', (ctx, req, [app, cid]) => commandRoute(ctx, req, app!, undefined, cid!)),
  route('GET,PUT,POST', '/applications/:id/guilds/:id/commands', (ctx, req, [app, gid]) => commandsRoute(ctx, req, app!, gid!)),
  route('GET,PATCH,DELETE', '/applications/:id/guilds/:id/commands/:id', (ctx, req, [app, gid, cid]) =>
    commandRoute(ctx, req, app!, gid!, cid!),
  ),
  route('GET', '/channels/:id', (ctx, _req, [cid]) => {
    const channel = ctx.store.channels.get(cid!);
    return channel ? { status: 200, body: channel } : Errors.unknownChannel();
  }),
  route('POST', '/channels/:id/messages', (ctx, req, [cid]) => createChannelMessage(ctx, req, cid!)),
  route('GET', '/channels/:id/messages', (ctx, req, [cid]) => {
    if (!ctx.store.channels.has(cid!)) return Errors.unknownChannel();
    const limit = Number(req.query.get('limit') ?? 50);
    const list = [...ctx.store.messages.values()]
      .filter((m) => m['channel_id'] === cid)
      .reverse()
      .slice(0, limit);
    return { status: 200, body: list };
  }),
  route('GET,PATCH,DELETE', '/channels/:id/messages/:id', (ctx, req, [cid, mid]) => {
    if (req.method === 'PATCH') return editChannelMessage(ctx, req, cid!, mid!);
    const msg = ctx.store.messages.get(mid!);
    if (!msg || msg['channel_id'] !== cid) return Errors.unknownMessage();
    if (req.method === 'DELETE') ctx.store.messages.delete(mid!);
    return req.method === 'GET' ? { status: 200, body: msg } : { status: 204 };
  }),
  route('POST', '/channels/:id/typing', (ctx, _req, [cid]) => (ctx.store.channels.has(cid!) ? { status: 204 } : Errors.unknownChannel())),
  route('PUT,DELETE', '/channels/:id/messages/:id/reactions/:id/:id', (ctx, _req, [, mid]) =>
    ctx.store.messages.has(mid!) ? { status: 204 } : Errors.unknownMessage(),
  ),
  route('GET', '/guilds/:id', (ctx, _req, [gid]) => {
    if (!ctx.store.hasGuild(gid!)) return Errors.unknownGuild();
    const full = guildCreatePayload(ctx.store.guildFixture(gid));
    for (const k of ['members', 'channels', 'threads', 'presences', 'voice_states', 'joined_at', 'large', 'member_count']) delete full[k];
    return { status: 200, body: full };
  }),
  route('GET', '/guilds/:id/channels', (ctx, _req, [gid]) =>
    ctx.store.hasGuild(gid!)
      ? { status: 200, body: [...ctx.store.channels.values()].filter((c) => c['guild_id'] === gid) }
      : Errors.unknownGuild(),
  ),
  route('GET', '/guilds/:id/roles', (ctx, _req, [gid]) =>
    ctx.store.hasGuild(gid!) ? { status: 200, body: guildCreatePayload(ctx.store.guildFixture(gid))['roles'] } : Errors.unknownGuild(),
  ),
  route('GET', '/guilds/:id/members/:id', (ctx, _req, [gid, uid]) => {
    if (!ctx.store.hasGuild(gid!)) return Errors.unknownGuild();
    const user = ctx.store.users.get(uid!);
    if (!user) return Errors.unknownMember();
    return { status: 200, body: member(user, user.id === ctx.store.bot.id ? [ctx.store.botRoleId] : []) };
  }),
];

/** Route a decoded request; unknown routes get 404 `{code: 0}` like Discord. */
export function handleRest(ctx: RestContext, req: RestRequest): RestResult {
  for (const r of routes) {
    const m = r.pattern.exec(req.path);
    if (!m) continue;
    if (!r.methods.includes(req.method)) return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
    if (r.auth) {
      const auth = req.headers['authorization'] ?? '';
      if (!/^Bot \S+/.test(auth) || ctx.tokensRejected()) return Errors.unauthorized();
    }
    return r.handle(ctx, req, m.slice(1));
  }
  return Errors.notFound();
}
