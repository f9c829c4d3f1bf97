/**
 * Faults on the loopback Discord: the gateway closing mid-session (1000, 4000, 4009), REST 429s and
 * 500s on interaction callbacks, on message replies and on the /reindex follow-up. (Questions arriving while
 * /reindex rebuilds: reindexLive.e2e.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERIC_ERROR } from '../../src/bot/userError.js';
import { ADMIN_PERMISSIONS, rateLimited, type InteractionRef } from '../loopback-discord/index.js';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';
import { replyFor, replyMessage, replyToMessage, startHardHarness, type HardHarness } from './harness.js';

let h: HardHarness;
/** A second bot, for the second close that needs a new session (see the gateway tests). */
let h2: HardHarness;

beforeAll(async () => {
  [h, h2] = await Promise.all([
    startHardHarness({ env: { COOLDOWN_QUESTIONS: '100' }, corpus: FIXTURE_CORPUS }),
    startHardHarness({ env: { COOLDOWN_QUESTIONS: '100' }, corpus: FIXTURE_CORPUS }),
  ]);
}, 30_000);

afterAll(async () => {
  await Promise.all([h?.stop(), h2?.stop()]);
});

const isCallback = (method: string, path: string) => method === 'POST' && path.endsWith('/callback');

/** Gateway frames the client sent since `from`: how many IDENTIFY (op 2) and RESUME (op 6). */
function sentSince(from: number, on = h): { identify: number; resume: number } {
  const frames = on.discord.gatewayFrames.slice(from).filter((f) => f.dir === 'in');
  return { identify: frames.filter((f) => f.op === 2).length, resume: frames.filter((f) => f.op === 6).length };
}

async function expectAnswered(ref: InteractionRef, title = 'Who: Ada Lind', on = h): Promise<void> {
  const msg = await replyMessage(on.discord, ref, 10_000);
  expect(msg.embeds?.[0]?.title).toBe(title);
}

describe('REST faults on replies', () => {
  it('a 429 with Retry-After on the interaction callback: waited out, retried, answered, logged', async () => {
    h.discord.failNext(isCallback, rateLimited(1), 1);
    const ref = await h.discord.sendCommand('who', { question: 'chaired the harbour board' });
    await expectAnswered(ref);
    const calls = h.discord.requestsFor(ref).filter((r) => r.path.endsWith('/callback'));
    expect(calls.map((r) => r.status)).toEqual([429, 204]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
    expect(calls[1]!.at - ref.sentAt).toBeLessThan(3_000);
    expect(
      h
        .logsAt(40)
        .some((l) => l.msg.startsWith('discord rate limited') && l['status'] === 429 && l['route'] === '/interactions/:id/:token/callback'),
    ).toBe(true);
  });

  it('500s on the interaction callback: retried by discord.js, answered, logged', async () => {
    h.discord.failNext(isCallback, { status: 500, body: { message: 'Internal Server Error', code: 0 } }, 2);
    const ref = await h.discord.sendCommand('who', { question: 'chaired the harbour board' });
    await expectAnswered(ref);
    expect(h.discord.requestsFor(ref).map((r) => r.status)).toEqual([500, 500, 204]);
    expect(h.logsAt(40).filter((l) => l.msg.startsWith('discord answered with a server error')).length).toBeGreaterThanOrEqual(2);
  });

  it('500s past discord.js retries: no crash, the failure is logged, the user gets the generic notice, the next command works', async () => {
    h.discord.failNext(isCallback, { status: 502, body: { message: 'Bad Gateway', code: 0 } }, 4);
    const ref = await h.discord.sendCommand('who', { question: 'chaired the harbour board' });
    const msg = await replyMessage(h.discord, ref, 8_000);
    expect(msg.content).toBe(GENERIC_ERROR);
    expect(h.discord.requestsFor(ref).map((r) => r.status)).toEqual([502, 502, 502, 502, 204]);
    const failed = h.logsAt(50).filter((l) => l.msg === 'command failed');
    expect(failed.length).toBe(1);
    expect(failed[0]!['command']).toBe('who');
    await expectAnswered(await h.discord.sendCommand('who', { question: 'chaired the harbour board' }));
  });

  it('a 429 on a mention reply (channel message) is waited out and the reply still lands', async () => {
    h.discord.failNext((m, p) => m === 'POST' && /^\/channels\/\d+\/messages$/.test(p), rateLimited(0.3), 1);
    const ref = await h.discord.sendMention('who chaired the harbour board?');
    const reply = await replyToMessage(h.discord, ref, 8_000);
    expect((reply.body as { embeds: { title: string }[] }).embeds[0]!.title).toBe('Who: Ada Lind');
    const posts = h.discord.requests.filter((r) => r.path === `/channels/${ref.channelId}/messages` && r.at >= ref.sentAt);
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(250);
  });

  it('a 429 on the /reindex follow-up edit is waited out and the report still lands', async () => {
    h.discord.failNext((m, p) => m === 'PATCH' && p.startsWith('/webhooks/'), rateLimited(0.3), 1);
    const ref = await h.discord.sendCommand('reindex', {}, { permissions: ADMIN_PERMISSIONS });
    const msg = await replyMessage(h.discord, ref, 15_000);
    expect(msg.embeds?.[0]?.title).toBe('Reindexed');
  });
});

// 4000 (and op 7) resume the session. 1000 and 4009 need a new session, and discord.js (like Discord)
// leaves 5 s between two IDENTIFYs: the two run at once, on two bots, after the REST tests, so that
// neither waits long.
describe('the gateway closes mid-session', () => {
  it('close 4000: resumes the session (RESUME), and the next command is answered', async () => {
    await replyFor(h.discord, await h.discord.sendCommand('help'));
    const from = h.discord.gatewayFrames.length;
    h.discord.closeGateway(4000, 'hardening test');
    await expectAnswered(await h.discord.sendCommand('who', { question: 'chaired the harbour board' }));
    expect(sentSince(from)).toEqual({ identify: 0, resume: 1 });
  });

  it('a reconnect request (op 7): resumes too', async () => {
    const from = h.discord.gatewayFrames.length;
    h.discord.requestReconnect();
    await new Promise((r) => setTimeout(r, 50));
    await expectAnswered(await h.discord.sendCommand('who', { question: 'chaired the harbour board' }));
    expect(sentSince(from)).toEqual({ identify: 0, resume: 1 });
  });

  it.concurrent.each([
    [1000, 'reconnects with a new session (IDENTIFY)', { identify: 1, resume: 0 }, () => h],
    [4009, 'tries to resume, is refused (op 9), and identifies afresh', { identify: 1, resume: 1 }, () => h2],
  ] as const)('close %i: %s, and the next command is answered', async (code, _what, expected, bot) => {
    const on = bot();
    const errorsBefore = on.logsAt(50).length;
    await replyFor(on.discord, await on.discord.sendCommand('help'));
    const from = on.discord.gatewayFrames.length;
    on.discord.closeGateway(code, 'hardening test');
    await expectAnswered(await on.discord.sendCommand('who', { question: 'chaired the harbour board' }), 'Who: Ada Lind', on);
    expect(sentSince(from, on)).toEqual(expected);
    expect(on.logsAt(50).slice(errorsBefore)).toEqual([]);
  });
});
