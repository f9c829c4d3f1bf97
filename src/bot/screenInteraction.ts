/**
 * Malformed interactions, caught before discord.js reads them: a payload that would make discord.js
 * throw while building its interaction object (a component interaction without its message, permissions
 * that are not a number, no user) never reaches a handler, so it would otherwise vanish or crash the
 * process. The dispatcher refuses it politely through the interaction's callback and logs it.
 */

const DIGITS = /^\d{1,40}$/;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What is wrong with an INTERACTION_CREATE payload, or undefined when discord.js can read it.
 *
 * @example screenInteraction({ id: '1', token: 't', type: 3, data: { custom_id: 'x' }, user: { id: '2' } }) // → 'a component interaction without its message'
 */
export function screenInteraction(d: Json): string | undefined {
  if (typeof d['id'] !== 'string' || typeof d['token'] !== 'string') return 'no id or token';
  const member = d['member'];
  const user = isObject(member) ? member['user'] : d['user'];
  if (!isObject(user) || typeof user['id'] !== 'string') return 'no user';
  if (isObject(member) && member['permissions'] !== undefined && !DIGITS.test(String(member['permissions'])))
    return 'member permissions that are not a number';
  if (d['app_permissions'] !== undefined && !DIGITS.test(String(d['app_permissions']))) return 'app permissions that are not a number';
  const channel = d['channel'];
  if (isObject(channel) && channel['permissions'] !== undefined && !DIGITS.test(String(channel['permissions'])))
    return 'channel permissions that are not a number';
  const data = d['data'];
  if (d['type'] !== 1 && !isObject(data)) return 'no data';
  if (isObject(data) && data['options'] !== undefined && !Array.isArray(data['options'])) return 'options that are not a list';
  if (d['type'] === 3 && (!isObject(d['message']) || typeof d['message']['id'] !== 'string'))
    return 'a component interaction without its message';
  return undefined;
}
