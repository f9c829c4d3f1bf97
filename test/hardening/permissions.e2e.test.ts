/**
 * Who may do what: /reindex is checked at run time (a server that loosens the command's default
 * permissions gains nothing), ADMIN_USER_IDS works without the permission, the per-user cooldown
 * (COOLDOWN_QUESTIONS / COOLDOWN_SECONDS) and the global ceiling on answers in flight
 * (MAX_CONCURRENT_ANSWERS) hold end to end.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PERMISSIONS, ADMINISTRATOR_PERMISSIONS, makeUser, MEMBER_PERMISSIONS, PermissionBit, permissionsOf, EVERYONE } from '../loopback-discord/index.js';
import { replyFor, replyMessage, replyToMessage, startHardHarness, userId, type HardHarness } from './harness.js';

const LISTED_ADMIN = makeUser('500000000000000001', 'listed-admin');
const REFUSED = 'Only server admins (Manage Server) may run this command.';

let h: HardHarness;

beforeAll(async () => {
  // Default cooldown (5 questions per 30 s) and MAX_CONCURRENT_ANSWERS=2.
  h = await startHardHarness({ env: { ADMIN_USER_IDS: LISTED_ADMIN.id, MAX_CONCURRENT_ANSWERS: '2' } });
}, 30_000);

afterAll(async () => {
  await h?.stop();
});

const reindexes = () => h.logs.filter((l) => l.includes('"msg":"reindexed"')).length;

describe('/reindex: who may run it', () => {
  it.each([
    ['an ordinary member', MEMBER_PERMISSIONS],
    ['a moderator with Manage Messages and Manage Channels but not Manage Server', permissionsOf(BigInt(EVERYONE), PermissionBit.ManageMessages, PermissionBit.ManageChannels)],
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
    const msg = await replyMessage(h.discord, await h.discord.sendCommand('reindex', {}, { guild: false, user: makeUser(userId(2), 'dm-user') }));
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

describe('per-user cooldown (5 questions per 30 s by default)', () => {
  it('answers five questions, then tells the sixth, privately, to try again in N s; others are not held back', async () => {
    const user = makeUser(userId(10), 'quick');
    for (let i = 0; i < 5; i += 1) {
      const msg = await replyMessage(h.discord, await h.discord.sendCommand('who', { question: 'led the Ukrainian delegation' }, { user }));
      expect(msg.embeds?.[0]?.title).toBe('Who: Rustem Umerov');
    }
    const sixth = await replyMessage(h.discord, await h.discord.sendCommand('ask', { question: 'who led the delegation?' }, { user }));
    expect(sixth.content).toMatch(/^You're asking quickly — 5 questions per 30 s\. Try again in (\d+) s\.$/);
    const wait = Number(/in (\d+) s/.exec(sixth.content!)![1]);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(30);
    expect(sixth.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(sixth.embeds ?? []).toEqual([]);

    // The same user's mention counts against the same budget.
    const mention = await replyToMessage(h.discord, await h.discord.sendMention('who led the Ukrainian delegation?', { user }));
    expect((mention.body as { content?: string }).content).toMatch(/Try again in \d+ s\.$/);
    // Commands that answer no question are not limited.
    expect((await replyMessage(h.discord, await h.discord.sendCommand('help', {}, { user }))).embeds?.[0]?.title).toBe('Story Bot');
    // Another user is not affected.
    const other = await replyMessage(h.discord, await h.discord.sendCommand('who', { question: 'led the Ukrainian delegation' }, { user: makeUser(userId(11), 'other') }));
    expect(other.embeds?.[0]?.title).toBe('Who: Rustem Umerov');
  });
});

describe('global ceiling on answers in flight (MAX_CONCURRENT_ANSWERS=2)', () => {
  it('never has more than 2 replies in flight, however many questions arrive at once, and answers them all', async () => {
    const DELAY = 150;
    const isCallback = (m: string, p: string) => m === 'POST' && p.endsWith('/callback');
    // Slow replies: every callback takes 150 ms, so questions pile up behind the ceiling.
    h.discord.failNext(isCallback, { status: 204, delayMs: DELAY }, 8);
    const refs = await Promise.all(Array.from({ length: 8 }, (_, i) => h.discord.sendCommand('who', { question: 'led the Ukrainian delegation' }, { user: makeUser(userId(100 + i), `u${i}`) })));
    const calls = await Promise.all(refs.map((ref) => replyFor(h.discord, ref, 10_000)));
    // `at` is when each callback reached the server (before the 150 ms delay): at most 2 within any 150 ms.
    const arrivals = calls.map((c) => c.at).sort((a, b) => a - b);
    const inFlight = arrivals.map((t) => arrivals.filter((u) => u >= t && u < t + DELAY - 5).length);
    expect(Math.max(...inFlight)).toBeLessThanOrEqual(2);
    expect(arrivals[arrivals.length - 1]! - arrivals[0]!).toBeGreaterThanOrEqual(3 * (DELAY - 10));
    // Once the last two slow replies are through, every slot is free again.
    await expect.poll(() => h.bot.ctx.answers.active, { timeout: 2_000 }).toBe(0);
  });
});
