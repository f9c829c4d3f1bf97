/**
 * Discord's documented payload limits, enforced so tests catch messages real Discord would reject
 * (400 code 50035 "Invalid Form Body" / 50006 "Cannot send an empty message").
 */
import type { Json } from './types.js';

/** A Discord error body. */
export interface ApiError {
  status: number;
  body: Json;
}

type Problems = Record<string, string>;

function maxLen(problems: Problems, path: string, value: unknown, max: number, min = 0): void {
  if (typeof value !== 'string') return;
  if (value.length > max) problems[path] = `Must be ${max} or fewer in length.`;
  else if (value.length < min) problems[path] = `Must be ${min} or more in length.`;
}

function embedProblems(problems: Problems, embeds: unknown): void {
  if (!Array.isArray(embeds)) return;
  if (embeds.length > 10) problems['embeds'] = 'Must be 10 or fewer in length.';
  let total = 0;
  embeds.forEach((raw, i) => {
    const e = (raw ?? {}) as Json;
    const p = `embeds.${i}`;
    const footer = (e['footer'] ?? {}) as Json;
    const author = (e['author'] ?? {}) as Json;
    maxLen(problems, `${p}.title`, e['title'], 256);
    maxLen(problems, `${p}.description`, e['description'], 4096);
    maxLen(problems, `${p}.footer.text`, footer['text'], 2048);
    maxLen(problems, `${p}.author.name`, author['name'], 256);
    for (const v of [e['title'], e['description'], footer['text'], author['name']]) {
      if (typeof v === 'string') total += v.length;
    }
    const fields = Array.isArray(e['fields']) ? (e['fields'] as Json[]) : [];
    if (fields.length > 25) problems[`${p}.fields`] = 'Must be 25 or fewer in length.';
    fields.forEach((f, j) => {
      maxLen(problems, `${p}.fields.${j}.name`, f['name'], 256, 1);
      maxLen(problems, `${p}.fields.${j}.value`, f['value'], 1024, 1);
      for (const v of [f['name'], f['value']]) if (typeof v === 'string') total += v.length;
    });
  });
  if (total > 6000) problems['embeds'] = 'Embed size exceeds maximum size of 6000';
}

function componentProblems(problems: Problems, components: unknown, flags: number): void {
  if (!Array.isArray(components)) return;
  const isV2 = (flags & (1 << 15)) !== 0;
  if (!isV2 && components.length > 5) problems['components'] = 'Must be 5 or fewer in length.';
  const walk = (c: unknown, path: string): void => {
    if (!c || typeof c !== 'object') return;
    const o = c as Json;
    maxLen(problems, `${path}.custom_id`, o['custom_id'], 100, 1);
    if (o['type'] === 2) maxLen(problems, `${path}.label`, o['label'], 80);
    if (o['type'] === 2 && o['style'] !== 5 && o['style'] !== 6 && typeof o['custom_id'] !== 'string') {
      problems[`${path}.custom_id`] = 'A custom id is required';
    }
    if (Array.isArray(o['components'])) o['components'].forEach((x, i) => walk(x, `${path}.components.${i}`));
  };
  components.forEach((c, i) => walk(c, `components.${i}`));
}

function formError(problems: Problems): ApiError {
  const errors: Json = {};
  for (const [path, message] of Object.entries(problems)) {
    let node = errors;
    for (const part of path.split('.')) {
      node[part] ??= {};
      node = node[part] as Json;
    }
    node['_errors'] = [{ code: 'BASE_TYPE_INVALID', message }];
  }
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

/**
 * Validate a message create/edit payload. `creating` also rejects empty messages;
 * `fileCount` counts uploaded files as content.
 */
export function validateMessage(payload: unknown, opts: { creating: boolean; fileCount: number }): ApiError | null {
  const p = (payload && typeof payload === 'object' ? payload : {}) as Json;
  const problems: Problems = {};
  maxLen(problems, 'content', p['content'], 2000);
  embedProblems(problems, p['embeds']);
  componentProblems(problems, p['components'], typeof p['flags'] === 'number' ? p['flags'] : 0);
  if (Object.keys(problems).length) return formError(problems);
  if (opts.creating) {
    const hasContent = typeof p['content'] === 'string' && p['content'].trim().length > 0;
    const has = (k: string): boolean => Array.isArray(p[k]) && (p[k] as unknown[]).length > 0;
    if (!hasContent && !has('embeds') && !has('components') && !has('sticker_ids') && !p['poll'] && opts.fileCount === 0) {
      return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
    }
  }
  return null;
}

/** Validate autocomplete choices (at most 25; name 1-100 chars; string value at most 100 chars). */
export function validateChoices(data: unknown): ApiError | null {
  const choices = ((data ?? {}) as Json)['choices'];
  const problems: Problems = {};
  if (!Array.isArray(choices)) return formError({ choices: 'This field is required' });
  if (choices.length > 25) problems['choices'] = 'Must be 25 or fewer in length.';
  choices.forEach((c: Json, i) => {
    maxLen(problems, `choices.${i}.name`, c['name'], 100, 1);
    maxLen(problems, `choices.${i}.value`, c['value'], 100);
  });
  return Object.keys(problems).length ? formError(problems) : null;
}
