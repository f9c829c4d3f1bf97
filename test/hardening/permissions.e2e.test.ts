/**
 * Who may do what: /reindex is checked at run time (a server that loosens the command's default
 * permissions gains nothing), ADMIN_USER_IDS works without the permission, the per-user limits
 * (questions, browsing, pictures) hold end to end and say which limit was hit, and the global ceiling
 * on answers (MAX_CONCURRENT_ANSWERS) is never held while waiting on Discord.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PERMISSIONS,
  ADMINISTRATOR_PERMISSIONS,
  makeUser,
  MEMBER_PERMISSIONS,
  PermissionBit,
  permissionsOf,
  EVERYONE,
} from '../loopback-discord/index.js';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';
import { replyFor, replyMessage, replyToMessage, startHardHarness, userId, type HardHarness } from './harness.js';

const LISTED_ADMIN = makeUser('500000000000000001', 'listed-admin');
const REFUSED = 'Only server admins (Manage Server) may run this command.';

let h: HardHarness;

beforeAll(async () => {
  // Default limits (5 questions, 30 lists and page turns, 6 pictures per 30 s) and MAX_CONCURRENT_ANSWERS=2.
  h = await startHardHarness({ env: { ADMIN_USER_IDS: LISTED_ADMIN.id, MAX_CONCURRENT_ANSWERS: '2' }, corpus: FIXTURE_CORPUS });
}, 30_000);

afterAll(async () => {
  await h?.stop();
});

const reindexes = () => h.logs.filter((l) => l.includes('"msg":"reindexed"')).length;

describe('/reindex: who may run it', () => {
  it.each([
    ['an ordinary member', MEMBER_PERMISSIONS],
    [
      'a moderator with Manage Messages and Manage Channels but not Manage Server',
      permissionsOf(BigInt(EVERYONE), PermissionBit.ManageMessages, PermissionBit.ManageChannels),
    ],
    ['a member with no permissions at all', '0'],
  ])('refuses %s, though the server let the command through', async (_who, permissions) => {
    const before = reindexes();
    const ref = await h.discord.sendCommand('reindex', {}, { permissions, user: makeUser(userId(1), 'member') });
    const msg = await replyMessage(h.discord, ref);
    expect(msg.content).toBe(REFUSED);
    expect(msg.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    // Refused before anything ran: no defer, no rebuild.
    expect(h.discord.requestsFor(ref).map((r) => (r.body as { type?: number }).type)).toEqual([4]);
    expect(reindexes()).toBe(before);
    expect(h.bot.ctx.holder.reindexing).toBe(false);
  });

  it('refuses an unlisted user in a direct message', async () => {
    const msg = await replyMessage(
      h.discord,
      await h.discord.sendCommand('reindex', {}, { guild: false, user: makeUser(userId(2), 'dm-user') }),
    );
    expect(msg.content).toBe(REFUSED);
  });

  it.each([
    ['a member with Manage Server', ADMIN_PERMISSIONS, {}],
    ['a member with Administrator', ADMINISTRATOR_PERMISSIONS, {}],
    ['a user in ADMIN_USER_IDS without the permission', MEMBER_PERMISSIONS, { user: LISTED_ADMIN }],
    ['a user in ADMIN_USER_IDS in a direct message', undefined, { user: LISTED_ADMIN, guild: false }],
  ] as const)('allows %s', async (_who, permissions, who) => {
    const before = reindexes();
    const ref = await h.discord.sendCommand('reindex', {}, { ...(permissions ? { permissions } : {}), ...who });
    const msg = await replyMessage(h.discord, ref, 15_000);
    expect(msg.embeds?.[0]?.title).toBe('Reindexed');
    expect(reindexes()).toBe(before + 1);
  });
});

describe('per-user limits (default: 5 questions, 30 lists and page turns, 6 pictures per 30 s)', () => {
  it('answers five questions, then tells the sixth, privately, which limit it hit and when to try again; browsing is not held back', async () => {
    const user = makeUser(userId(10), 'quick');
    for (let i = 0; i < 5; i += 1) {
      const msg = await replyMessage(h.discord, await h.discord.sendCommand('who', { question: 'chaired the harbour board' }, { user }));
      expect(msg.embeds?.[0]?.title).toBe('Who: Ada Lind');
    }
    const sixth = await replyMessage(h.discord, await h.discord.sendCommand('ask', { question: 'who chaired the board?' }, { user }));
    expect(sixth.content).toMatch(/^You're asking quickly: the limit is 5 questions per 30 s\. Try again in (\d+) s\.$/);
    const wait = Number(/in (\d+) s/.exec(sixth.content!)![1]);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(30);
    expect(sixth.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(sixth.embeds ?? []).toEqual([]);

    // The same user's mention is a question: it counts against the same budget.
    const mention = await replyToMessage(h.discord, await h.discord.sendMention('who chaired the harbour board?', { user }));
    expect((mention.body as { content?: string }).content).toMatch(/^You're asking quickly: .* Try again in \d+ s\.$/);
    // Browsing is not a question: lists, profiles, events, the timeline, sources and help all still answer.
    expect((await replyMessage(h.discord, await h.discord.sendCommand('help', {}, { user }))).embeds?.[0]?.title).toBe('Story Bot');
    expect((await replyMessage(h.discord, await h.discord.sendCommand('sources', {}, { user }))).embeds?.[0]?.title).toMatch(/^Sources: /);
    expect((await replyMessage(h.discord, await h.discord.sendCommand('actors', {}, { user }))).embeds?.[0]?.title).toBe(
      'People in the story',
    );
    expect((await replyMessage(h.discord, await h.discord.sendCommand('actor', { name: 'Lind' }, { user }))).embeds?.[0]?.title).toBe(
      'Ada Lind',
    );
    expect((await replyMessage(h.discord, await h.discord.sendCommand('event', { query: 'quay' }, { user }))).embeds?.[0]?.title).toMatch(
      /^Events matching/,
    );
    expect((await replyMessage(h.discord, await h.discord.sendCommand('timeline', {}, { user }), 10_000)).embeds?.[0]?.title).toBe(
      'Timeline',
    );
    // Another user is not affected.
    const other = await replyMessage(
      h.discord,
      await h.discord.sendCommand('who', { question: 'chaired the harbour board' }, { user: makeUser(userId(11), 'other') }),
    );
    expect(other.embeds?.[0]?.title).toBe('Who: Ada Lind');
  });

  it('limits browsing and pictures on their own, saying which limit was hit', async () => {
    const user = makeUser(userId(12), 'browser');
    for (let i = 0; i < 30; i += 1) await replyMessage(h.discord, await h.discord.sendCommand('actors', {}, { user }));
    const refused = await replyMessage(h.discord, await h.discord.sendCommand('actor', { name: 'Lind' }, { user }));
    expect(refused.content).toMatch(
      /^You're browsing quickly: the limit is 30 lists, profiles and page turns per 30 s\. Try again in \d+ s\.$/,
    );
    // Questions are a separate budget.
    expect(
      (await replyMessage(h.discord, await h.discord.sendCommand('who', { question: 'chaired the harbour board' }, { user }))).embeds?.[0]
        ?.title,
    ).toBe('Who: Ada Lind');

    const painter = makeUser(userId(13), 'painter');
    for (let i = 0; i < 6; i += 1) await replyMessage(h.discord, await h.discord.sendCommand('timeline', {}, { user: painter }), 10_000);
    const seventh = await replyMessage(h.discord, await h.discord.sendCommand('timeline', {}, { user: painter }), 10_000);
    expect(seventh.content).toMatch(/^Timeline pictures are limited to 6 per 30 s\. Try again in \d+ s\.$/);
    expect(seventh.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });
});

describe('the answer ceiling (MAX_CONCURRENT_ANSWERS=2) and a Discord that hangs', () => {
  it('holds no answer slot while waiting on Discord: with 8 replies hanging, 20 more questions are each answered within 3 s', async () => {
    const isCallback = (m: string, p: string) => m === 'POST' && p.endsWith('/callback');
    h.discord.failNext(isCallback, { status: 204, delayMs: 6_000 }, 8);
    const hanging = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        h.discord.sendCommand('who', { question: 'chaired the harbour board' }, { user: makeUser(userId(100 + i), `h${i}`) }),
      ),
    );
    expect(hanging).toHaveLength(8);
    // Let their 8 callbacks reach Discord (and hang there) before the others arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const refs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.discord.sendCommand('who', { question: 'chaired the harbour board' }, { user: makeUser(userId(200 + i), `q${i}`) }),
      ),
    );
    const replies = await Promise.all(refs.map((ref) => replyFor(h.discord, ref, 5_000)));
    for (const [i, r] of replies.entries()) expect(r.at - refs[i]!.sentAt).toBeLessThan(3_000);
    expect(replies.every((r) => r.status < 300)).toBe(true);
    await expect.poll(() => h.bot.ctx.answers.active, { timeout: 2_000 }).toBe(0);
  }, 30_000);
});
