/**
 * Questions while /reindex rebuilds the index. The bot runs in its own process, so the loopback Discord
 * keeps sending while the bot's event loop is busy with the (synchronous) build, as Discord would: every
 * question must be answered — none lost, each within Discord's 3 s — from the old index until the swap
 * and from the new one after.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PERMISSIONS, type InteractionRef } from '../loopback-discord/index.js';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';
import { replyFor, spawnBotProcess, userId, type BotProcessHarness } from './harness.js';
import { makeUser } from '../loopback-discord/index.js';

/** Copies of the invented fixture corpus under other ids, so the build takes long enough to be hit by questions. */
const COPIES = 60;

let p: BotProcessHarness;

beforeAll(async () => {
  p = await spawnBotProcess({
    env: { COOLDOWN_QUESTIONS: '100' },
    corpus: FIXTURE_CORPUS,
    prepare: async ({ corpusDir }) => {
      for (const name of await readdir(corpusDir)) {
        const text = await readFile(join(corpusDir, name), 'utf8');
        for (let i = 1; i <= COPIES; i += 1) await writeFile(join(corpusDir, `copy${i}-${name}`), text);
      }
    },
  });
}, 60_000);

afterAll(async () => {
  await p?.stop();
});

const QUESTION = { question: 'did the harbour committee meet' };

describe('questions while /reindex rebuilds', () => {
  it('are all answered, none lost, each within 3 s; old index until the swap, new index after', async () => {
    await writeFile(
      join(p.corpusDir, 'zz-committee.md'),
      '---\ntitle: "Harbour committee"\nsource: "Test Wire"\n---\n\nThe harbour committee met in Lisbon on Tuesday to discuss the dredging.\n',
    );
    const before = await replyFor(p.discord, await p.discord.sendCommand('where', QUESTION));
    expect(titleOf(before.body)).not.toBe('Where: Lisbon');

    const reindex = await p.discord.sendCommand('reindex', {}, { permissions: ADMIN_PERMISSIONS });
    const report = replyFor(p.discord, reindex, 20_000);
    let reported = false;
    void report.then(() => (reported = true));
    // One question right after /reindex, then one every 15 ms (from 10 users) until the report is in.
    const during: InteractionRef[] = [];
    do {
      during.push(
        await p.discord.sendCommand('where', QUESTION, { user: makeUser(userId(during.length % 10), `user${during.length % 10}`) }),
      );
      await new Promise((r) => setTimeout(r, 15));
    } while (!reported && during.length < 1_000);
    const done = await report;
    expect(titleOf(done.body)).toBe('Reindexed');
    // The build yields to the event loop, so questions keep arriving and being answered while it runs.
    expect(during.length).toBeGreaterThan(3);

    const replies = await Promise.all(during.map((ref) => replyFor(p.discord, ref, 5_000)));
    const latencies = replies.map((r, i) => r.at - during[i]!.sentAt);
    // The loopback Discord answers a callback later than 3 s after dispatch with 404 Unknown interaction.
    expect(replies.map((r) => r.status).filter((s) => s >= 300)).toEqual([]);
    expect(Math.max(...latencies)).toBeLessThan(3_000);
    const titles = replies.map((r) => titleOf(r.body));
    expect(titles[0]).not.toBe('Where: Lisbon');
    // Old index until the swap, the new one from then on: both halves are checked, whichever is empty.
    const firstNew = titles.indexOf('Where: Lisbon');
    const swap = firstNew < 0 ? titles.length : firstNew;
    expect(titles.slice(0, swap).every((t) => t !== undefined && t !== 'Where: Lisbon')).toBe(true);
    expect(titles.slice(swap).every((t) => t === 'Where: Lisbon')).toBe(true);

    const after = await replyFor(p.discord, await p.discord.sendCommand('where', QUESTION));
    expect(titleOf(after.body)).toBe('Where: Lisbon');

    const took = p.logs.map((l) => JSON.parse(l) as { msg: string; ms?: number }).find((l) => l.msg === 'reindexed')?.ms;
    const sorted = [...latencies].sort((a, b) => a - b);
    console.info(
      `[reindex while asking] rebuild ${Math.round(took ?? NaN)} ms; ${during.length} questions sent during it, all answered; ` +
        `latency p50 ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms, max ${Math.round(sorted[sorted.length - 1]!)} ms; ` +
        `${firstNew < 0 ? 'all' : firstNew} answered from the old index, ${firstNew < 0 ? 0 : titles.length - firstNew} from the new`,
    );
  });
});

function titleOf(body: unknown): string | undefined {
  const b = body as { data?: { embeds?: { title?: string }[] }; embeds?: { title?: string }[] };
  return (b.data?.embeds ?? b.embeds)?.[0]?.title;
}
