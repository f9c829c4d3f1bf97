/**
 * A story whose outlets disagree, on a loopback Discord: an answer about the disputed value says "Sources differ"
 * (slash command and mention), /differences lists it with its citations, and with WATCH_CORPUS=true a file
 * dropped into the corpus folder is indexed and announced in the updates channel without pinging anyone.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FERRY_FILES } from '../present/ferryCorpus.js';
import { messageOf, replyTo, startHarness, type Harness } from './botHarness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ COOLDOWN_QUESTIONS: '100', COOLDOWN_BROWSE: '100', WATCH_CORPUS: 'true' }, async (dir) => {
    for (const [name, text] of Object.entries(FERRY_FILES)) await writeFile(join(dir, name), text);
  });
  // The loopback's channel id is known only once it runs.
  h.bot.ctx.config.updatesChannelId = h.discord.channelId;
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

const SIX_OR_THREE = 'Sources differ on how long: roughly six hours (Bay Herald), three-hour (Coast Wire; Island Post)';

describe('answers where the sources differ', () => {
  it('say so under the excerpts of a slash command answer', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('ask', { question: 'How long did the talks last?' })));
    expect(msg.embeds![0]!.description!.endsWith(`\n\n⚖ ${SIX_OR_THREE}`)).toBe(true);
  });

  it('say so in a mention reply', async () => {
    const ref = await h.discord.sendMention('How long did the talks last?');
    const r = await h.discord.waitForRequest(
      (x) =>
        x.method === 'POST' &&
        x.path === `/channels/${ref.channelId}/messages` &&
        (x.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === ref.messageId,
    );
    expect((r.body as { embeds: { description: string }[] }).embeds[0]!.description).toContain(`⚖ ${SIX_OR_THREE}`);
  });

  it('do not when the sources agree on the answered value', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('who', { question: 'chaired the harbour board' })));
    expect(msg.embeds![0]!.description).not.toContain('Sources differ');
  });

  it('are listed by /differences with the articles that give each value, linked', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('differences')));
    const embed = msg.embeds![0]!;
    expect(embed.title).toBe('Where the sources differ (1)');
    expect(embed.description).toContain(`**1.** ${SIX_OR_THREE}`);
    expect(embed.description).toContain(
      '• **roughly six hours** — [Bay Herald, Ferry talks end without a deal](https://bay-herald.example/ferry-talks) · sentence 1',
    );
    expect(embed.description).toContain(
      '• **three-hour** — [Coast Wire, No deal after ferry meeting](https://coast-wire.example/ferry-meeting) · sentence 1; [Island Post, Ferry strike talks stall](https://island-post.example/strike-talks) · sentence 1',
    );
  });
});

describe('WATCH_CORPUS=true', () => {
  it('indexes a file dropped into the corpus folder and posts what is new, pinging no one', async () => {
    await writeFile(
      join(h.corpusDir, 'quay-lights.md'),
      '---\ntitle: "New lights for the north quay"\nsource: "Estuary Times"\npublished: "2031-05-19"\n---\n\nThe harbour board installed forty new floodlights along the north quay on Sunday, so that night crews can unload the island ferries safely.\n',
    );
    const post = await h.discord.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${h.discord.channelId}/messages` &&
        (r.body as { embeds?: { title?: string }[] }).embeds?.[0]?.title === "What's new in the story",
      15_000,
    );
    const body = post.body as { embeds: { description: string }[]; allowed_mentions: { parse: string[] } };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]!.description).toContain('• Estuary Times, *New lights for the north quay* · 19 May 2031');
    expect(body.embeds[0]!.description).toContain('> The harbour board installed forty new floodlights along the north quay on Sunday');
    expect(h.bot.ctx.holder.story.articles.map((a) => a.id)).toContain('quay-lights');
  });
});
