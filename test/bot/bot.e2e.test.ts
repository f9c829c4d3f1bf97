import { MessageFlags } from 'discord.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PERMISSIONS, makeUser, MEMBER_PERMISSIONS, startLoopbackDiscord } from '../loopback-discord/index.js';
import { createBot } from '../../src/bot/startBot.js';
import { loadConfig } from '../../src/config.js';
import { messageOf, replyTo, startHarness, TEST_TOKEN, type Harness } from './botHarness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ COOLDOWN_QUESTIONS: '100' });
}, 30_000);

afterAll(async () => {
  await h?.stop();
});

describe('slash commands on a loopback Discord', () => {
  it('answers /who with the person, the backing sentence and its citation, pinging no one', async () => {
    const ref = await h.discord.sendCommand('who', { question: 'led the Ukrainian delegation' });
    const r = await replyTo(h.discord, ref);
    expect(r.at - ref.sentAt).toBeLessThan(3_000);
    const msg = messageOf(r);
    expect(msg.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(msg.flags ?? 0).toBe(0);
    const embed = msg.embeds![0]!;
    expect(embed.title).toBe('Who: Rustem Umerov');
    expect(embed.description).toContain('led the delegation from Kyiv');
    expect(embed.description).toContain('also reported by');
    expect(embed.footer!.text.split('\n')[0]).toBe('/who led the Ukrainian delegation');
    expect(embed.footer!.text).toMatch(/confidence \d+%/);
  });

  it('answers /when and /where with a date and a place', async () => {
    const when = messageOf(await replyTo(h.discord, await h.discord.sendCommand('when', { question: 'did Zelenskyy give his nightly address' })));
    expect(when.embeds![0]!.title).toBe('When: Saturday (Sat 29 Nov 2025)');
    const where = messageOf(await replyTo(h.discord, await h.discord.sendCommand('where', { question: 'did the 20-point proposal lead to a ceasefire' })));
    expect(where.embeds![0]!.title).toBe('Where: Gaza');
  });

  it('answers /ask privately when asked to, and says plainly when the story does not cover a question', async () => {
    const ref = await h.discord.sendCommand('ask', { question: 'What is the capital of Australia?', private: true });
    const msg = messageOf(await replyTo(h.discord, ref));
    expect(msg.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(msg.embeds![0]!.title).toBe("The story doesn't say");
  });

  it('lists the sources and shows help, privately', async () => {
    const sources = messageOf(await replyTo(h.discord, await h.discord.sendCommand('sources')));
    expect(sources.embeds![0]!.title).toBe('Sources: 5 articles, 175 sentences');
    expect(sources.embeds![0]!.description).toContain('Newsmax');
    expect(sources.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const help = messageOf(await replyTo(h.discord, await h.discord.sendCommand('help')));
    expect(help.embeds![0]!.description).toContain('/who');
  });

  it('pages with More, editing the same message, and shows Context privately', async () => {
    const ref = await h.discord.sendCommand('ask', { question: 'What did Rubio say about the talks?' });
    const first = messageOf(await replyTo(h.discord, ref));
    const buttons = first.components![0]!.components;
    const more = buttons.find((b) => b.label === 'More')!;
    expect(more.custom_id.length).toBeLessThanOrEqual(100);
    const page = await h.discord.sendButton(more.custom_id);
    const update = await h.discord.waitForRequest((r) => h.discord.requestsFor(page).includes(r) && r.path.endsWith('/callback'));
    expect((update.body as { type: number }).type).toBe(7);
    const updated = messageOf(update);
    expect(updated.embeds![0]!.footer!.text).toContain('excerpts 4–6');
    expect(updated.embeds![0]!.description).toMatch(/^\*\*4\.\*\*/);

    const context = buttons.find((b) => b.label === 'Context 1')!;
    const ctxRef = await h.discord.sendButton(context.custom_id);
    const shown = messageOf(await replyTo(h.discord, ctxRef));
    expect(shown.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(shown.embeds![0]!.title).toMatch(/^Context of sentence \d+$/);
  });

  it('lets only the asker page a private answer, and answers unknown buttons with a notice', async () => {
    const asker = makeUser('300000000000000001', 'asker');
    const ref = await h.discord.sendCommand('ask', { question: 'What did Rubio say about the talks?', private: true }, { user: asker });
    const more = messageOf(await replyTo(h.discord, ref)).components![0]!.components.find((b) => b.label === 'More')!;
    expect(more.custom_id).toContain(asker.id);
    const other = await h.discord.sendButton(more.custom_id, { user: makeUser('300000000000000002', 'other') });
    const refused = messageOf(await replyTo(h.discord, other));
    expect(refused.content).toBe('Only the person who asked can page this answer.');
    expect(refused.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);

    const stale = messageOf(await replyTo(h.discord, await h.discord.sendButton('old-format-button')));
    expect(stale.content).toBe('This button has expired or the story has changed since. Ask the question again.');
  });

  it('answers a mention and a direct message as replies, without pinging', async () => {
    const mention = await h.discord.sendMention('who led the Ukrainian delegation?');
    const reply = await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${mention.channelId}/messages`);
    const body = reply.body as { embeds: { title: string }[]; allowed_mentions: unknown; message_reference: { message_id: string } };
    expect(body.embeds[0]!.title).toBe('Who: Rustem Umerov');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.message_reference.message_id).toBe(mention.messageId);

    const dm = await h.discord.sendDirectMessage('How many people were wounded in Vyshhorod?');
    const dmReply = await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${dm.channelId}/messages`);
    expect((dmReply.body as { embeds: { title: string }[] }).embeds[0]!.title).toBe('How many: 19');
  });

  it('rejects an empty question with a clear private message', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('ask', { question: '   ' })));
    expect(msg.content).toBe('Please type a question, for example "who led the delegation?"');
    expect(msg.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });
});

describe('/reindex', () => {
  it('refuses a non-admin at run time', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('reindex', {}, { permissions: MEMBER_PERMISSIONS })));
    expect(msg.content).toBe('Only server admins (Manage Server) may run this command.');
    expect(msg.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('rebuilds for an admin, swaps, and reports what changed and what was skipped', async () => {
    await writeFile(join(h.corpusDir, 'zz-new.md'), '---\ntitle: "A new article"\nsource: "Test Wire"\n---\n\nThe committee met in Lisbon on Tuesday to discuss the harbour.\n');
    await writeFile(join(h.corpusDir, 'broken.md'), '---\ntitle: [unclosed\n---\n\nBody.\n');
    const ref = await h.discord.sendCommand('reindex', {}, { permissions: ADMIN_PERMISSIONS });
    const deferred = await h.discord.waitForRequest((r) => h.discord.requestsFor(ref).includes(r) && r.path.endsWith('/callback'));
    expect((deferred.body as { type: number; data: { flags: number } }).type).toBe(5);
    expect(deferred.at - ref.sentAt).toBeLessThan(3_000);
    const done = messageOf(await replyTo(h.discord, ref, 15_000));
    const report = done.embeds![0]!.description!;
    expect(report).toContain('Articles: 5 → 6');
    expect(report).toContain('Added: `zz-new`');
    expect(report).toContain('• `broken.md`: front matter is not valid YAML');
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('where', { question: 'did the committee meet' })));
    expect(msg.embeds![0]!.title).toBe('Where: Lisbon');
  });
});

describe('login', () => {
  it('fails with TokenInvalid on a bad token, and the token is in no log line', async () => {
    const discord = await startLoopbackDiscord();
    discord.rejectTokens();
    const config = loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'silent' });
    const bot = await createBot({ config: { ...config, discord: config.discord! } });
    await expect(bot.start()).rejects.toMatchObject({ code: 'TokenInvalid' });
    await bot.client.destroy();
    await discord.close();
    expect(h.logs.join('')).not.toContain(TEST_TOKEN);
  });
});
