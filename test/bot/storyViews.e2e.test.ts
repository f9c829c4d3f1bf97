/**
 * The views of a developing story on a loopback Discord: /brief, /differences, the admins' /article add|remove|list
 * (a file, a link served by a loopback HTTP server, and the refusals of links it must not follow) and the
 * "What's new" post to UPDATES_CHANNEL_ID after an article is added.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PERMISSIONS, type CapturedRequest, type InteractionRef } from '../loopback-discord/index.js';
import { ARTICLE_PARAGRAPHS, articlePage, emptyPage } from '../ingest/pages.js';
import { messageOf, replyTo, startHarness, TEST_TOKEN, type Harness } from './botHarness.js';

let h: Harness;
/** The page server the bot may fetch from (its origin is allowed, as a test-only exception). */
let pages: Server;
/** Another loopback server, which is NOT allowed. */
let forbidden: Server;
let origin: string;
let forbiddenOrigin: string;

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );

beforeAll(async () => {
  forbidden = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage()));
  forbiddenOrigin = await listen(forbidden);
  pages = createServer((req, res) => {
    if (req.url === '/news/pier-vote')
      return void res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(articlePage({ canonical: `${origin}/news/pier-vote` }));
    if (req.url === '/sections') return void res.writeHead(200, { 'content-type': 'text/html' }).end(emptyPage());
    if (req.url === '/to-metadata') return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (req.url === '/to-other-port') return void res.writeHead(302, { location: `${forbiddenOrigin}/news` }).end();
    res.writeHead(404).end();
  });
  origin = await listen(pages);
  h = await startHarness({ COOLDOWN_BROWSE: '100' });
  // Test-only: the page server on 127.0.0.1 may be fetched; every other private address is still refused.
  h.bot.ctx.fetchOptions = { allowPrivateOrigins: [origin] };
  // The loopback's channel id is known only once it runs.
  h.bot.ctx.config.updatesChannelId = h.discord.channelId;
}, 60_000);

afterAll(async () => {
  await h?.stop();
  await new Promise((r) => pages?.close(r));
  await new Promise((r) => forbidden?.close(r));
});

const EPHEMERAL = MessageFlags.Ephemeral;
const admin = { permissions: ADMIN_PERMISSIONS };
const articleCommand = (sub: string, values: Record<string, string> = {}, who: { permissions?: string } = admin) =>
  h.discord.sendCommand('article', values, { subcommand: sub, ...who });

/** A file as a member uploads it: posted to the loopback Discord, which serves it as an attachment. */
async function upload(
  name: string,
  text: string,
): Promise<{ id: string; filename: string; size: number; url: string; proxy_url: string; content_type?: string }> {
  const form = new FormData();
  form.append('payload_json', JSON.stringify({ attachments: [{ id: 0, filename: name }] }));
  form.append('files[0]', new Blob([text], { type: 'text/markdown' }), name);
  const res = await fetch(`${h.discord.apiUrl}/v10/channels/${h.discord.channelId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bot ${TEST_TOKEN}` },
    body: form,
  });
  const message = (await res.json()) as { attachments: { id: string; filename: string; size: number; url: string; proxy_url: string }[] };
  return message.attachments[0]!;
}

/** /article add with an attached file (the attachment resolved in the interaction, as Discord sends it). */
async function addFile(name: string, text: string): Promise<InteractionRef> {
  const att = await upload(name, text);
  return h.discord.sendRawInteraction(
    2,
    {
      id: '1500000000000000001',
      name: 'article',
      type: 1,
      options: [{ type: 1, name: 'add', options: [{ name: 'file', type: 11, value: att.id }] }],
      resolved: { attachments: { [att.id]: att } },
    },
    undefined,
    admin,
  );
}

/** An invented article about the harbour, with a mention that must not ping. */
const PIER = [
  '---',
  'title: "Ferry pier plan approved"',
  'source: "Estuary Times"',
  'published: "2031-04-12"',
  '---',
  '',
  'The harbour board approved a new ferry pier at the north quay on Saturday, @everyone. Ada Lind said the pier would open in the spring of 2032 and serve the island ferries that now dock at the old grain terminal.',
  '',
  'The pier will cost 12 million euros, the board said, to be paid from the sale of the terminal land. Dockworkers will be offered jobs building it, a spokesman for the board added.',
  '',
  'Engineers will begin driving piles in the autumn, once the winter storms have passed, and the first ferry is expected to berth at the new pier in May 2032.',
  '',
].join('\n');

/** Whether the deferral of an interaction (a slow command's first answer) was private. */
function deferredPrivately(ref: InteractionRef): boolean {
  const deferral = h.discord.requestsFor(ref).find((r) => r.path.endsWith('/callback') && (r.body as { type?: number }).type === 5);
  return ((deferral?.body as { data?: { flags?: number } } | undefined)?.data?.flags ?? 0) === EPHEMERAL;
}

const isUpdatePost = (r: CapturedRequest) =>
  r.method === 'POST' &&
  r.path === `/channels/${h.discord.channelId}/messages` &&
  (r.body as { embeds?: { title?: string }[] })?.embeds?.[0]?.title === "What's new in the story";

describe('/brief and /differences', () => {
  it('sums the story up in the asked number of cited lines, saying how many outlets report each', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('brief', { sentences: 5 })));
    const embed = msg.embeds![0]!;
    expect(embed.title).toBe('The story so far, in 5 sentences');
    expect(embed.description!.match(/^\*\*\d\.\*\* /gm)).toHaveLength(5);
    expect(embed.description).toContain(
      '> The harbour board voted on Tuesday to close the old grain terminal in Rotterdam by the end of the year.\n**1.** [Tidewater Post](https://tidewater.example/grain-terminal-vote) · 9 Apr 2031 · sentence 1 · reported by 2 outlets',
    );
    expect(msg.allowed_mentions).toMatchObject({ parse: [] });
    expect(msg.flags ?? 0).toBe(0);
  });

  it('says the articles agree when no two disagree', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('differences')));
    expect(msg.embeds![0]!.description).toBe('The articles agree: no number, date, place or name is reported differently by two of them.');
  });
});

describe('/article (admins)', () => {
  it('refuses members, privately, before doing anything', async () => {
    const msg = messageOf(await replyTo(h.discord, await articleCommand('list', {}, {})));
    expect(msg.content).toBe('Only server admins (Manage Server) may run this command.');
    expect(msg.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('lists the articles with their ids', async () => {
    const ref = await articleCommand('list');
    const msg = messageOf(await replyTo(h.discord, ref));
    expect(msg.embeds![0]!.title).toBe('Articles in the index (3)');
    expect(msg.embeds![0]!.description).toContain(
      "`03-quay-report` — Tidewater Post · Engineer's report finds cracks in the quay walls · 11 Apr 2031",
    );
    expect(deferredPrivately(ref)).toBe(true);
  });

  it('adds an attached file, rebuilds with the /reindex report, and posts what is new to the updates channel without pinging', async () => {
    const ref = await addFile('pier.md', PIER);
    const msg = messageOf(await replyTo(h.discord, ref, 20_000));
    const embed = msg.embeds![0]!;
    expect(embed.title).toBe('Article added');
    expect(embed.description).toMatch(
      /^Saved as `ferry-pier-plan-approved-[0-9a-f]{8}` — Estuary Times · Ferry pier plan approved\.\n\nArticles: 3 → 4 · sentences: \d+ → \d+\nAdded: `ferry-pier-plan-approved-[0-9a-f]{8}`\nRemoved: none\nChanged: none/,
    );
    expect(deferredPrivately(ref)).toBe(true);

    const post = await h.discord.waitForRequest(isUpdatePost, 10_000);
    const body = post.body as { embeds: { description: string }[]; allowed_mentions: { parse: string[] } };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]!.description).toContain('**New article**\n• Estuary Times, *Ferry pier plan approved* · 12 Apr 2031');
    expect(body.embeds[0]!.description).toContain('**What they report that no earlier article did**');
    expect(body.embeds[0]!.description).toContain(
      'The harbour board approved a new ferry pier at the north quay on Saturday, @\u200beveryone.',
    );
    // The brief and the answers now come from the new story.
    expect(h.bot.ctx.holder.story.articles).toHaveLength(4);
  });

  it('refuses a duplicate, privately, and posts nothing', async () => {
    const posts = h.discord.requests.filter(isUpdatePost).length;
    const ref = await addFile('pier-again.md', PIER);
    const msg = messageOf(await replyTo(h.discord, ref, 10_000));
    expect(msg.content).toMatch(/^Could not add the article: .*already/);
    expect(deferredPrivately(ref)).toBe(true);
    expect(h.discord.requests.filter(isUpdatePost)).toHaveLength(posts);
  });

  it('adds an article from a link, with what the page states and nothing invented, and posts it', async () => {
    const posts = h.discord.requests.filter(isUpdatePost).length;
    const msg = messageOf(await replyTo(h.discord, await articleCommand('add', { url: `${origin}/news/pier-vote` }), 20_000));
    expect(msg.embeds![0]!.title).toBe('Article added');
    expect(msg.embeds![0]!.description).toMatch(
      /^Saved as `ferry-strike-ends-after-six-hour-talks-[0-9a-f]{8}` — The Island Herald · Ferry strike ends after six-hour talks\./,
    );
    const added = h.bot.ctx.holder.story.articles.find((a) => a.title === 'Ferry strike ends after six-hour talks')!;
    expect(added).toMatchObject({ source: 'The Island Herald', url: `${origin}/news/pier-vote` });
    expect(h.bot.ctx.holder.story.sentences.some((s) => s.articleId === added.id && s.text === ARTICLE_PARAGRAPHS[0])).toBe(true);
    await h.discord.waitForRequest((r) => isUpdatePost(r) && h.discord.requests.filter(isUpdatePost).length > posts, 10_000);
  });

  it.each([
    ['a redirect to the metadata address', () => `${origin}/to-metadata`, /^Could not add the article: refused .*169\.254\.169\.254/],
    ['a page on 127.0.0.1 that is not allowed', () => `${forbiddenOrigin}/news`, /^Could not add the article: refused .*127\.0\.0\.1/],
    ['a redirect to another loopback port', () => `${origin}/to-other-port`, /^Could not add the article: refused .*127\.0\.0\.1/],
    [
      'a page with no article text',
      () => `${origin}/sections`,
      /^Could not add the article: the page at http:\/\/127\.0\.0\.1:\d+\/sections does not look like an article/,
    ],
    ['a file: link', () => 'file:///etc/passwd', /^Could not add the article: /],
  ])('refuses %s, privately, and changes nothing', async (_what, url, message) => {
    const before = h.bot.ctx.holder.story;
    const ref = await articleCommand('add', { url: url() });
    const msg = messageOf(await replyTo(h.discord, ref, 15_000));
    expect(msg.content).toMatch(message);
    expect(deferredPrivately(ref)).toBe(true);
    expect(h.bot.ctx.holder.story).toBe(before);
  });

  it('asks for a file or a link, not both and not neither', async () => {
    const msg = messageOf(await replyTo(h.discord, await articleCommand('add')));
    expect(msg.content).toBe('Attach the article as a .md, .txt or .html file, or give its link: one of the two.');
  });

  it('removes an article by id and rebuilds, posting nothing (nothing is new); an unknown id is a clear refusal', async () => {
    const posts = h.discord.requests.filter(isUpdatePost).length;
    const msg = messageOf(await replyTo(h.discord, await articleCommand('remove', { id: '03-quay-report' }), 20_000));
    expect(msg.embeds![0]!.title).toBe('Article removed');
    expect(msg.embeds![0]!.description).toContain('Removed `03-quay-report.md`.\n\nArticles: 5 → 4');
    expect(msg.embeds![0]!.description).toContain('Removed: `03-quay-report`');
    expect(h.bot.ctx.holder.story.articles.map((a) => a.id)).not.toContain('03-quay-report');
    const reindexed = messageOf(await replyTo(h.discord, await h.discord.sendCommand('reindex', {}, admin), 20_000));
    expect(reindexed.embeds![0]!.title).toBe('Reindexed');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.discord.requests.filter(isUpdatePost)).toHaveLength(posts);
    const ref = await articleCommand('remove', { id: 'no-such-article' });
    const missing = messageOf(await replyTo(h.discord, ref));
    expect(missing.content).toBe('Could not remove the article: the corpus has no article "no-such-article"');
    expect(deferredPrivately(ref)).toBe(true);
  });
});
