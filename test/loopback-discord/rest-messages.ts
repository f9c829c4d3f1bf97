/** REST handlers that create or edit messages: channel messages, interaction callbacks, interaction webhooks. */
import { performance } from 'node:perf_hooks';
import { applyEdit, attachmentFor, buildMessage } from './fixtures.js';
import { Errors, bodyObject, type RestContext, type RestRequest, type RestResult } from './rest-context.js';
import type { InteractionRecord } from './store.js';
import type { Json } from './types.js';
import { validateChoices, validateMessage } from './validate.js';

const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;

/** Build the attachment list for a create/edit from `payload.attachments` and the uploaded files. */
function resolveAttachments(
  ctx: RestContext,
  req: RestRequest,
  channelId: string,
  payload: Json,
  existing: Json[] | null,
): Json[] | undefined {
  const byIndex = new Map<string, (typeof req.files)[number]>();
  req.files.forEach((f, i) => byIndex.set(/^files\[(\d+)\]$/.exec(f.field)?.[1] ?? String(i), f));
  const used = new Set<string>();
  const make = (key: string, extra: Json): Json | undefined => {
    const file = byIndex.get(key);
    if (!file) return undefined;
    used.add(key);
    const att = attachmentFor(file, channelId, ctx.baseUrl, extra);
    ctx.store.attachmentFiles.set(att['id'] as string, file);
    return att;
  };
  const listed = payload['attachments'];
  if (!Array.isArray(listed)) {
    if (req.files.length === 0) return existing ? undefined : [];
    const added = [...byIndex.keys()].map((k) => make(k, {})).filter((a): a is Json => a !== undefined);
    return [...(existing ?? []), ...added];
  }
  const result: Json[] = [];
  for (const entry of listed as Json[]) {
    const id = String(entry['id']);
    const kept = existing?.find((a) => a['id'] === id);
    if (kept) {
      result.push(typeof entry['description'] === 'string' ? { ...kept, description: entry['description'] } : kept);
      continue;
    }
    const made = make(id, entry);
    if (made) result.push(made);
  }
  for (const key of byIndex.keys()) {
    if (!used.has(key)) {
      const made = make(key, {});
      if (made) result.push(made);
    }
  }
  return result;
}

/** POST /channels/:id/messages */
export function createChannelMessage(ctx: RestContext, req: RestRequest, channelId: string): RestResult {
  const { store } = ctx;
  const channel = store.channels.get(channelId);
  if (!channel) return Errors.unknownChannel();
  const payload = bodyObject(req);
  const invalid = validateMessage(payload, { creating: true, fileCount: req.files.length });
  if (invalid) return invalid;
  let referenced: Json | undefined;
  const ref = payload['message_reference'] as Json | undefined;
  if (ref && typeof ref['message_id'] === 'string') {
    referenced = store.messages.get(ref['message_id']);
    if (!referenced && ref['fail_if_not_exists'] !== false) {
      return Errors.invalidForm('message_reference', 'Unknown message');
    }
  }
  const guildId = channel['guild_id'] as string | undefined;
  const msg = buildMessage({
    channelId,
    guildId,
    author: store.bot,
    payload,
    attachments: resolveAttachments(ctx, req, channelId, payload, null) ?? [],
    referencedMessage: referenced,
  });
  return { status: 200, body: store.saveMessage(msg) };
}

/** PATCH /channels/:id/messages/:id (bot's own messages). */
export function editChannelMessage(ctx: RestContext, req: RestRequest, channelId: string, messageId: string): RestResult {
  const msg = ctx.store.messages.get(messageId);
  if (!msg || msg['channel_id'] !== channelId) return Errors.unknownMessage();
  if ((msg['author'] as Json)['id'] !== ctx.store.bot.id) {
    return { status: 403, body: { message: 'Cannot edit a message authored by another user', code: 50005 } };
  }
  const payload = bodyObject(req);
  const invalid = validateMessage(payload, { creating: false, fileCount: req.files.length });
  if (invalid) return invalid;
  applyEdit(msg, payload, resolveAttachments(ctx, req, channelId, payload, msg['attachments'] as Json[]));
  return { status: 200, body: msg };
}

function interactionMetadata(_ctx: RestContext, rec: InteractionRecord): Json {
  return {
    id: rec.id,
    type: rec.type,
    user: rec.user,
    authorizing_integration_owners: rec.guildId ? { '0': rec.guildId } : { '0': '0' },
    ...(rec.commandName ? { name: rec.commandName } : {}),
    ...(rec.sourceMessageId ? { interacted_message_id: rec.sourceMessageId } : {}),
  };
}

function interactionMessage(ctx: RestContext, req: RestRequest, rec: InteractionRecord, payload: Json, extraFlags = 0): Json {
  const msg = buildMessage({
    channelId: rec.channelId,
    guildId: rec.guildId,
    author: ctx.store.bot,
    payload,
    attachments: resolveAttachments(ctx, req, rec.channelId, payload, null) ?? [],
    type: rec.type === 2 ? 20 : 0,
    webhookId: ctx.store.applicationId,
    applicationId: ctx.store.applicationId,
    interactionMetadata: interactionMetadata(ctx, rec),
    extraFlags,
  });
  return ctx.store.saveMessage(msg);
}

/** Interaction types allowed to use each callback type. */
const CALLBACK_ALLOWED: Record<number, number[]> = {
  1: [1],
  4: [2, 3, 5],
  5: [2, 3, 5],
  6: [3, 5],
  7: [3, 5],
  8: [4],
  9: [2, 3],
};

/** POST /interactions/:id/:token/callback */
export function interactionCallback(ctx: RestContext, req: RestRequest, id: string, token: string): RestResult {
  const { store } = ctx;
  const rec = store.interactions.get(id);
  if (!rec || rec.token !== token) return Errors.unknownInteraction();
  if (performance.now() - rec.dispatchedAt > ctx.callbackDeadlineMs) return Errors.unknownInteraction();
  if (rec.callbackType !== undefined) return Errors.alreadyAcknowledged();
  const body = bodyObject(req);
  const type = body['type'];
  const data = (body['data'] ?? {}) as Json;
  if (typeof type !== 'number' || !CALLBACK_ALLOWED[type]?.includes(rec.type)) {
    return Errors.invalidForm('type', `Interaction response type ${String(type)} is not valid for interaction type ${rec.type}`);
  }
  let message: Json | undefined;
  switch (type) {
    case 4: {
      const invalid = validateMessage(data, { creating: true, fileCount: req.files.length });
      if (invalid) return invalid;
      message = interactionMessage(ctx, req, rec, data);
      rec.originalMessageId = message['id'] as string;
      break;
    }
    case 5:
      message = interactionMessage(ctx, req, rec, { flags: typeof data['flags'] === 'number' ? data['flags'] : 0 }, LOADING);
      rec.originalMessageId = message['id'] as string;
      break;
    case 6:
      message = rec.sourceMessageId ? store.messages.get(rec.sourceMessageId) : undefined;
      rec.originalMessageId = rec.sourceMessageId;
      break;
    case 7: {
      const invalid = validateMessage(data, { creating: false, fileCount: req.files.length });
      if (invalid) return invalid;
      message = rec.sourceMessageId ? store.messages.get(rec.sourceMessageId) : undefined;
      if (message) {
        applyEdit(message, data, resolveAttachments(ctx, req, rec.channelId, data, message['attachments'] as Json[]));
      }
      rec.originalMessageId = rec.sourceMessageId;
      break;
    }
    case 8: {
      const invalid = validateChoices(data);
      if (invalid) return invalid;
      break;
    }
    case 9:
      rec.modal = data;
      break;
    default:
      break;
  }
  rec.callbackType = type;
  if (req.query.get('with_response') !== 'true') return { status: 204 };
  const flags = message && typeof message['flags'] === 'number' ? message['flags'] : 0;
  return {
    status: 200,
    body: {
      interaction: {
        id: rec.id,
        type: rec.type,
        ...(message
          ? {
              response_message_id: message['id'],
              response_message_loading: (flags & LOADING) !== 0,
              response_message_ephemeral: (flags & EPHEMERAL) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message ? { message } : {}) },
    },
  };
}

function webhookInteraction(ctx: RestContext, appId: string, token: string): InteractionRecord | undefined {
  if (appId !== ctx.store.applicationId) return undefined;
  return ctx.store.interactionByToken(token);
}

/** POST /webhooks/:app/:token (interaction follow-up). */
export function executeWebhook(ctx: RestContext, req: RestRequest, appId: string, token: string): RestResult {
  const rec = webhookInteraction(ctx, appId, token);
  if (!rec || rec.callbackType === undefined) return Errors.unknownWebhook();
  const payload = bodyObject(req);
  const invalid = validateMessage(payload, { creating: true, fileCount: req.files.length });
  if (invalid) return invalid;
  const message = interactionMessage(ctx, req, rec, payload);
  return req.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
}

/** GET/PATCH/DELETE /webhooks/:app/:token/messages/:id|@original */
export function webhookMessage(ctx: RestContext, req: RestRequest, appId: string, token: string, messageId: string): RestResult {
  const rec = webhookInteraction(ctx, appId, token);
  if (!rec) return Errors.unknownWebhook();
  const id = messageId === '@original' ? rec.originalMessageId : messageId;
  const msg = id ? ctx.store.messages.get(id) : undefined;
  if (!msg) return Errors.unknownMessage();
  if (req.method === 'GET') return { status: 200, body: msg };
  if (req.method === 'DELETE') {
    ctx.store.messages.delete(id as string);
    return { status: 204 };
  }
  const payload = bodyObject(req);
  const invalid = validateMessage(payload, { creating: false, fileCount: req.files.length });
  if (invalid) return invalid;
  const wasLoading = typeof msg['flags'] === 'number' && (msg['flags'] & LOADING) !== 0;
  if (wasLoading) {
    // The first edit of a deferred reply must leave a non-empty message, as on Discord.
    const empty = validateMessage(payload, { creating: true, fileCount: req.files.length });
    if (empty) return empty;
  }
  applyEdit(msg, payload, resolveAttachments(ctx, req, msg['channel_id'] as string, payload, msg['attachments'] as Json[]), LOADING);
  return { status: 200, body: msg };
}
