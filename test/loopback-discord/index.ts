/**
 * Loopback Discord: a small Discord API v10 server (REST + gateway) on 127.0.0.1 that the real
 * discord.js v14 client connects to, for end-to-end tests without network access.
 *
 * ```ts
 * const discord = await startLoopbackDiscord();
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
 * const ready = once(client, Events.ClientReady);
 * await client.login('any-token');
 * await ready;
 * const i = await discord.sendCommand('ping');
 * await discord.waitForRequest((r) => r.path === Routes.interactionCallback(i.id, i.token));
 * await client.destroy();
 * await discord.close();
 * ```
 * @packageDocumentation
 */
export { startLoopbackDiscord, rateLimited } from './server.js';
export { makeUser } from './fixtures.js';
export {
  ADMIN_PERMISSIONS,
  ADMINISTRATOR_PERMISSIONS,
  BOT_PERMISSIONS,
  EVERYONE,
  MEMBER_PERMISSIONS,
  PermissionBit,
  permissionsOf,
} from './permissions.js';
export { Intent } from './gateway.js';
export { OptionType } from './interaction-payloads.js';
export type * from './types.js';
