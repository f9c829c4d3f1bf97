import { MessageFlags } from 'discord.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PERMISSIONS, makeUser, MEMBER_PERMISSIONS, startLoopbackDiscord } from '../loopback-discord/index.js';
import { createBot } from '../../src/bot/startBot.js';
import { loadConfig } from '../../src/config.js';
import { commandsOf, usage } from '../../src/present/commandTable.js';
import { exampleLine, storyExamples } from '../../src/present/help.js';
import { button, buttonsOf, messageOf, replyTo, startHarness, TEST_TOKEN, type Harness } from './botHarness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ COOLDOWN_QUESTIONS: '100', COOLDOWN_BROWSE: '100', COOLDOWN_PICTURES: '100' });
}, 30_000);

afterAll(async () => {
  await h?.stop();
});

const EPHEMERAL = MessageFlags.Ephemeral;
const asker = makeUser('300000000000000001', 'asker');
const stranger = makeUser('300000000000000002', 'stranger');

describe('slash commands on a loopback Discord', () => {
  it('answers /who with the person in bold inside the backing sentence, a compact citation and link buttons, pinging no one', async () => {
    const ref = await h.discord.sendCommand('who', { question: 'chaired the harbour board' });
    const r = await replyTo(h.discord, ref);
    expect(r.at - ref.sentAt).toBeLessThan(3_000);
    const msg = messageOf(r);
    expect(msg.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(msg.flags ?? 0).toBe(0);
    const embed = msg.embeds![0]!;
    expect(embed.title).toBe('Who: Ada Lind');
    expect(embed.description).toContain('> **Ada Lind**, the chair of the harbour board, said the terminal had lost money for six years.');
    expect(embed.description).toContain(
      '**2.** [Tidewater Post](https://tidewater.example/grain-terminal-vote) · 9 Apr 2031 · also Harbour Ledger',
    );
    expect(embed.description).not.toContain('Harbour board votes to close');
    expect(embed.footer!.text).toMatch(/^\/who chaired the harbour board\nconfidence \d+% · excerpts 1–3 of \d+$/);
    const links = buttonsOf(r).filter((b) => b.url);
    expect(links.map((b) => [b.label, b.url])).toEqual([['1. Tidewater Post', 'https://tidewater.example/grain-terminal-vote']]);
  });

  it('answers /when and /where with a date and a place', async () => {
    const when = messageOf(await replyTo(h.discord, await h.discord.sendCommand('when', { question: 'did the dockworkers protest' })));
    expect(when.embeds![0]!.title).toMatch(/^When: Wednesday\b.*9 Apr(il)? 2031/);
    const where = messageOf(await replyTo(h.discord, await h.discord.sendCommand('where', { question: 'did the dockworkers protest' })));
    expect(where.embeds![0]!.title).toBe('Where: Rotterdam');
  });

  it('answers /ask privately when asked to, and says plainly when the story does not cover a question', async () => {
    const ref = await h.discord.sendCommand('ask', { question: 'What is the capital of Australia?', private: true });
    const msg = messageOf(await replyTo(h.discord, ref));
    expect(msg.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(msg.embeds![0]!.title).toBe("The story doesn't say");
  });

  it('lists the sources privately, with publisher and date', async () => {
    const sources = messageOf(await replyTo(h.discord, await h.discord.sendCommand('sources')));
    expect(sources.embeds![0]!.title).toBe('Sources: 3 articles, 14 sentences');
    expect(sources.embeds![0]!.description).toContain(
      '[Tidewater Post, Harbour board votes to close the old grain terminal](https://tidewater.example/grain-terminal-vote)\n9 Apr 2031 · 6 sentences',
    );
    expect(sources.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('shows help privately with every command, and examples made from the story that answer right when sent', async () => {
    const ref = await h.discord.sendCommand('help');
    const help = messageOf(await replyTo(h.discord, ref));
    // Acknowledged at once, privately (the examples may still be in the making), then filled in.
    const ack = h.discord.requestsFor(ref).find((r) => r.path.endsWith('/callback'))!;
    expect(ack.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(ack.at - ref.sentAt).toBeLessThan(3_000);
    const text = help.embeds![0]!.description!;
    for (const c of commandsOf('discord')) expect(text).toContain(`\`${usage(c, 'discord')}\``);
    const examples = storyExamples(h.bot.ctx.holder.story).filter((x) => x.expect);
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const x of examples) {
      expect(text).toContain(exampleLine(x));
      const answer = messageOf(await replyTo(h.discord, await h.discord.sendCommand(x.command, { question: x.text })));
      expect(answer.embeds![0]!.title, exampleLine(x)).toMatch(new RegExp(`^\\w[\\w ]*: ${x.expect!}( \\(|$)`));
    }
  });

  it('rejects an empty question with a clear private message', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('ask', { question: '   ' })));
    expect(msg.content).toMatch(/^Please type a question/);
    expect(msg.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });
});

describe('answer buttons', () => {
  it('turn pages in place for the asker: Next, then Previous', async () => {
    const first = await replyTo(h.discord, await h.discord.sendCommand('who', { question: 'chaired the harbour board' }, { user: asker }));
    const next = button(first, 'Next ▶');
    expect(button(first, '◀ Prev').disabled).toBe(true);
    const page = await h.discord.sendButton(next.custom_id, { user: asker });
    const update = await h.discord.waitForRequest((r) => h.discord.requestsFor(page).includes(r) && r.path.endsWith('/callback'));
    expect((update.body as { type: number }).type).toBe(7);
    expect(messageOf(update).embeds![0]!.footer!.text).toContain('excerpts 4–6 of');
    expect(messageOf(update).embeds![0]!.description).toMatch(/\n\*\*4\.\*\* /);
    const back = await h.discord.sendButton(button(update, '◀ Prev').custom_id, { user: asker });
    const again = await h.discord.waitForRequest((r) => h.discord.requestsFor(back).includes(r) && r.path.endsWith('/callback'));
    expect(messageOf(again).embeds![0]!.footer!.text).toContain('excerpts 1–3 of');
  });

  it("give anyone else their own private copy and leave the asker's message alone", async () => {
    const ref = await h.discord.sendCommand('who', { question: 'chaired the harbour board' }, { user: asker });
    const first = await replyTo(h.discord, ref);
    const click = await h.discord.sendButton(button(first, 'Next ▶').custom_id, { user: stranger });
    const copy = await replyTo(h.discord, click);
    expect((copy.body as { type: number }).type).toBe(4);
    expect(messageOf(copy).flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(messageOf(copy).embeds![0]!.footer!.text).toContain('excerpts 4–6 of');
    expect(button(copy, 'Next ▶').custom_id).toBe(`pg|who|6|${stranger.id}`);
    expect(h.discord.requestsFor(click).some((r) => r.method === 'PATCH' || (r.body as { type?: number } | undefined)?.type === 7)).toBe(
      false,
    );
  });

  it('show the context of the excerpts privately, to anyone', async () => {
    const first = await replyTo(h.discord, await h.discord.sendCommand('who', { question: 'chaired the harbour board' }, { user: asker }));
    const shown = messageOf(await replyTo(h.discord, await h.discord.sendButton(button(first, 'Context').custom_id, { user: stranger })));
    expect(shown.flags! & EPHEMERAL).toBe(EPHEMERAL);
    const fields = shown.embeds![0]!.fields!;
    expect(fields[0]!.name).toBe('1. Tidewater Post · 9 Apr 2031 · sentence 2');
    expect(fields[0]!.value).toContain('**__Ada Lind__, the chair of the harbour board, said the terminal had lost money for six years.**');
    expect(fields[0]!.value).toContain('The harbour board voted on Tuesday');
  });

  it('let only the asker dismiss an answer, which deletes it', async () => {
    const ref = await h.discord.sendCommand('who', { question: 'chaired the harbour board' }, { user: asker });
    const first = await replyTo(h.discord, ref);
    const dismiss = button(first, '✕');
    const refused = messageOf(await replyTo(h.discord, await h.discord.sendButton(dismiss.custom_id, { user: stranger })));
    expect(refused.content).toBe('Only the person who asked can dismiss this answer.');
    expect(refused.flags! & EPHEMERAL).toBe(EPHEMERAL);
    const own = await h.discord.sendButton(dismiss.custom_id, { user: asker });
    const deleted = await h.discord.waitForRequest((r) => h.discord.requestsFor(own).includes(r) && r.method === 'DELETE');
    expect(deleted.status).toBe(204);
  });

  it('answer unknown buttons with a notice', async () => {
    const stale = messageOf(await replyTo(h.discord, await h.discord.sendButton('old-format-button')));
    expect(stale.content).toBe('This button has expired or the story has changed since. Ask the question again.');
  });
});

describe('mentions and direct messages', () => {
  it('answers a mention and a direct message as replies, without pinging', async () => {
    const mention = await h.discord.sendMention('who chaired the harbour board?');
    const reply = await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${mention.channelId}/messages`);
    const body = reply.body as { embeds: { title: string }[]; allowed_mentions: unknown; message_reference: { message_id: string } };
    expect(body.embeds[0]!.title).toBe('Who: Ada Lind');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.message_reference.message_id).toBe(mention.messageId);

    const dm = await h.discord.sendDirectMessage('Where did the dockworkers protest?');
    const dmReply = await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${dm.channelId}/messages`);
    expect((dmReply.body as { embeds: { title: string }[] }).embeds[0]!.title).toBe('Where: Rotterdam');
  });

  it('answers a direct message whose payload has no channel_type', async () => {
    const user = makeUser('300000000000000077', 'terse');
    const channelId = h.discord.dmChannelIdFor(user.id);
    const id = '1300000000000000001';
    const payload = {
      id,
      channel_id: channelId,
      author: user,
      content: 'Who is the chief engineer of the port?',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
    };
    await h.discord.dispatch('MESSAGE_CREATE', payload);
    const reply = await h.discord.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${channelId}/messages` &&
        (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === id,
    );
    expect((reply.body as { embeds: { title: string }[] }).embeds[0]!.title).toBe('Who: Tomas Brekke');
  });
});

describe('/reindex', () => {
  it('refuses a non-admin at run time', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('reindex', {}, { permissions: MEMBER_PERMISSIONS })));
    expect(msg.content).toBe('Only server admins (Manage Server) may run this command.');
    expect(msg.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('rebuilds for an admin, swaps, and reports what changed and what was skipped', async () => {
    await writeFile(
      join(h.corpusDir, 'zz-new.md'),
      '---\ntitle: "A new article"\nsource: "Test Wire"\n---\n\nThe committee met in Lisbon on Tuesday to discuss the harbour.\n',
    );
    await writeFile(join(h.corpusDir, 'broken.md'), '---\ntitle: [unclosed\n---\n\nBody.\n');
    const ref = await h.discord.sendCommand('reindex', {}, { permissions: ADMIN_PERMISSIONS });
    const deferred = await h.discord.waitForRequest((r) => h.discord.requestsFor(ref).includes(r) && r.path.endsWith('/callback'));
    expect((deferred.body as { type: number; data: { flags: number } }).type).toBe(5);
    expect(deferred.at - ref.sentAt).toBeLessThan(3_000);
    const done = messageOf(await replyTo(h.discord, ref, 15_000));
    const report = done.embeds![0]!.description!;
    expect(report).toContain('Articles: 3 → 4');
    expect(report).toContain('Added: `zz-new`');
    expect(report).toMatch(/• `broken\.md`: front matter is not valid YAML/);
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('where', { question: 'did the committee meet' })));
    expect(msg.embeds![0]!.title).toBe('Where: Lisbon');
  });
});

describe('login', () => {
  it('fails with TokenInvalid on a bad token, and the token is in no log line', async () => {
    const discord = await startLoopbackDiscord();
    discord.rejectTokens();
    const config = loadConfig({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      LOG_LEVEL: 'silent',
    });
    const bot = await createBot({ config: { ...config, discord: config.discord! } });
    await expect(bot.start()).rejects.toMatchObject({ code: 'TokenInvalid' });
    await bot.client.destroy();
    await discord.close();
    expect(h.logs.join('')).not.toContain(TEST_TOKEN);
  });
});
