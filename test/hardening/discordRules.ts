/**
 * What Discord would accept and what would ping: checks over a reply payload, shared by the property
 * tests, the end-to-end hardening tests and scripts/fuzz.ts.
 *
 * A payload may be the options the bot hands discord.js (`allowedMentions`, camelCase) or the wire body
 * the loopback Discord captured (`allowed_mentions`, snake_case); both are read.
 */
import {
  MAX_BUTTON_LABEL_LENGTH,
  MAX_BUTTONS_PER_ROW,
  MAX_CONTENT_LENGTH,
  MAX_CUSTOM_ID_LENGTH,
  MAX_EMBED_AUTHOR_LENGTH,
  MAX_EMBED_DESCRIPTION_LENGTH,
  MAX_EMBED_FIELD_NAME_LENGTH,
  MAX_EMBED_FIELD_VALUE_LENGTH,
  MAX_EMBED_FIELDS,
  MAX_EMBED_FOOTER_LENGTH,
  MAX_EMBED_TITLE_LENGTH,
  MAX_EMBEDS,
  MAX_EMBEDS_TOTAL_LENGTH,
} from '../../src/bot/reply/limits.js';

type Json = Record<string, unknown>;

/**
 * Mentions Discord would turn into a ping or a rendered mention: @everyone, @here, <@id>, <@!id>,
 * <@&id>, <#id>. A zero-width space anywhere inside breaks them, which is what escapeText does.
 */
const LIVE_MENTION = /@(?:everyone|here)|<@[!&]?\d+>|<#\d+>/gi;

/** The live mentions in a text (empty when there are none). The target of a masked link is not shown, so it is not looked at. */
export function liveMentions(text: string): string[] {
  return text.replace(/\]\(https?:\/\/[^\s)]*\)/g, '](…)').match(LIVE_MENTION) ?? [];
}

/** Every piece of user-visible text in a payload, with where it sits. */
export function visibleTexts(payload: unknown): { at: string; text: string }[] {
  const p = (payload ?? {}) as Json;
  const out: { at: string; text: string }[] = [];
  const add = (at: string, v: unknown) => {
    if (typeof v === 'string') out.push({ at, text: v });
  };
  add('content', p['content']);
  const embeds = Array.isArray(p['embeds']) ? (p['embeds'] as Json[]) : [];
  embeds.forEach((e, i) => {
    add(`embeds.${i}.title`, e['title']);
    add(`embeds.${i}.description`, e['description']);
    add(`embeds.${i}.footer.text`, (e['footer'] as Json | undefined)?.['text']);
    add(`embeds.${i}.author.name`, (e['author'] as Json | undefined)?.['name']);
    const fields = Array.isArray(e['fields']) ? (e['fields'] as Json[]) : [];
    fields.forEach((f, j) => {
      add(`embeds.${i}.fields.${j}.name`, f['name']);
      add(`embeds.${i}.fields.${j}.value`, f['value']);
    });
  });
  const rows = Array.isArray(p['components']) ? (p['components'] as Json[]) : [];
  rows.forEach((row, i) => {
    const buttons = Array.isArray(row['components']) ? (row['components'] as Json[]) : [];
    buttons.forEach((b, j) => add(`components.${i}.components.${j}.label`, b['label']));
  });
  return out;
}

/** Live mentions anywhere in a payload's visible text, as `where: mention`. */
export function payloadMentions(payload: unknown): string[] {
  return visibleTexts(payload).flatMap(({ at, text }) => liveMentions(text).map((m) => `${at}: ${JSON.stringify(m)}`));
}

/**
 * Why Discord would refuse this message payload (empty when it would accept it), or why it could ping:
 * every limit in src/bot/reply/limits.ts, a non-empty message, and `allowed_mentions: { parse: [] }`.
 */
export function payloadProblems(payload: unknown, opts: { requireNoPings?: boolean } = {}): string[] {
  const p = (payload ?? {}) as Json;
  const problems: string[] = [];
  const len = (at: string, v: unknown, max: number) => {
    if (typeof v === 'string' && v.length > max) problems.push(`${at} is ${v.length} > ${max}`);
  };
  len('content', p['content'], MAX_CONTENT_LENGTH);
  const embeds = Array.isArray(p['embeds']) ? (p['embeds'] as Json[]) : [];
  if (embeds.length > MAX_EMBEDS) problems.push(`${embeds.length} embeds > ${MAX_EMBEDS}`);
  let total = 0;
  const count = (v: unknown) => {
    if (typeof v === 'string') total += v.length;
  };
  embeds.forEach((e, i) => {
    const footer = (e['footer'] ?? {}) as Json;
    const author = (e['author'] ?? {}) as Json;
    len(`embeds.${i}.title`, e['title'], MAX_EMBED_TITLE_LENGTH);
    len(`embeds.${i}.description`, e['description'], MAX_EMBED_DESCRIPTION_LENGTH);
    len(`embeds.${i}.footer.text`, footer['text'], MAX_EMBED_FOOTER_LENGTH);
    len(`embeds.${i}.author.name`, author['name'], MAX_EMBED_AUTHOR_LENGTH);
    for (const v of [e['title'], e['description'], footer['text'], author['name']]) count(v);
    const fields = Array.isArray(e['fields']) ? (e['fields'] as Json[]) : [];
    if (fields.length > MAX_EMBED_FIELDS) problems.push(`embeds.${i} has ${fields.length} fields > ${MAX_EMBED_FIELDS}`);
    fields.forEach((f, j) => {
      len(`embeds.${i}.fields.${j}.name`, f['name'], MAX_EMBED_FIELD_NAME_LENGTH);
      len(`embeds.${i}.fields.${j}.value`, f['value'], MAX_EMBED_FIELD_VALUE_LENGTH);
      count(f['name']);
      count(f['value']);
    });
  });
  if (total > MAX_EMBEDS_TOTAL_LENGTH) problems.push(`embeds total ${total} > ${MAX_EMBEDS_TOTAL_LENGTH}`);
  const rows = Array.isArray(p['components']) ? (p['components'] as Json[]) : [];
  if (rows.length > 5) problems.push(`${rows.length} action rows > 5`);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const buttons = Array.isArray(row['components']) ? (row['components'] as Json[]) : [];
    if (buttons.length > MAX_BUTTONS_PER_ROW) problems.push(`row ${i} has ${buttons.length} buttons > ${MAX_BUTTONS_PER_ROW}`);
    if (buttons.length === 0) problems.push(`row ${i} is empty`);
    buttons.forEach((b, j) => {
      const at = `components.${i}.components.${j}`;
      const id = b['custom_id'];
      if (b['style'] === 5) {
        // A link button: a url (http or https, at most 512 characters) and no custom_id.
        const url = b['url'];
        if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url) || url.length > 512)
          problems.push(`${at}.url ${JSON.stringify(url)} is not a valid link`);
        if (id !== undefined) problems.push(`${at} is a link button with a custom_id`);
      } else if (typeof id !== 'string' || id.length === 0) problems.push(`${at}.custom_id is missing`);
      else {
        len(`${at}.custom_id`, id, MAX_CUSTOM_ID_LENGTH);
        if (ids.has(id)) problems.push(`${at}.custom_id ${JSON.stringify(id)} is repeated`);
        ids.add(id);
      }
      len(`${at}.label`, b['label'], MAX_BUTTON_LABEL_LENGTH);
      if (typeof b['label'] !== 'string' || b['label'].trim() === '') problems.push(`${at}.label is empty`);
    });
  });
  const hasContent = typeof p['content'] === 'string' && p['content'].trim().length > 0;
  if (!hasContent && embeds.length === 0 && rows.length === 0) problems.push('the message is empty');
  if (opts.requireNoPings ?? true) {
    const allowed = (p['allowedMentions'] ?? p['allowed_mentions']) as Json | undefined;
    const parse = allowed?.['parse'];
    if (!Array.isArray(parse) || parse.length > 0) problems.push(`allowed_mentions.parse is ${JSON.stringify(parse)}, not []`);
    for (const key of ['users', 'roles']) {
      const list = allowed?.[key];
      if (Array.isArray(list) && list.length > 0) problems.push(`allowed_mentions.${key} lists ${JSON.stringify(list)}`);
    }
    const replied = allowed?.['repliedUser'] ?? allowed?.['replied_user'];
    if (replied === true) problems.push('allowed_mentions.replied_user is true');
  }
  return problems;
}

/** The message of a captured request: a callback's `data`, or a webhook / channel message body. */
export function messageBody(r: { path: string; body: unknown }): Json {
  const body = (r.body ?? {}) as Json;
  return (r.path.endsWith('/callback') ? (body['data'] ?? {}) : body) as Json;
}

/** Whether a captured request carries a message (a reply, edit, follow-up or channel message), not a bare ack. */
export function carriesMessage(r: { method: string; path: string; body: unknown }): boolean {
  if (r.path.endsWith('/callback')) {
    const type = ((r.body ?? {}) as Json)['type'];
    return type === 4 || type === 7;
  }
  if (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)) return true;
  return (r.method === 'PATCH' || r.method === 'POST') && r.path.startsWith('/webhooks/');
}
