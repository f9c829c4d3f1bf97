/**
 * End-to-end tests of the loopback Discord server with the REAL discord.js client (no mocks).
 */
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordjsErrorCodes,
  Events,
  GatewayIntentBits,
  Partials,
  Routes,
  type BitFieldResolvable,
  type GatewayIntentsString,
  type Interaction,
  type Message,
} from 'discord.js';
import {
  ADMIN_PERMISSIONS,
  makeUser,
  rateLimited,
  startLoopbackDiscord,
  type CapturedRequest,
  type LoopbackDiscord,
  type StartOptions,
} from './index.js';

const ALL_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

interface Harness {
  discord: LoopbackDiscord;
  client: Client;
  /** Errors thrown by handlers registered through `on`. */
  errors: unknown[];
  onInteraction(handler: (i: Interaction) => Promise<unknown>): void;
  onMessage(handler: (m: Message) => Promise<unknown>): void;
}

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function newClient(discord: LoopbackDiscord, intents: BitFieldResolvable<GatewayIntentsString, number> = ALL_INTENTS): Client {
  const client = new Client({ intents, partials: [Partials.Channel], rest: { api: discord.apiUrl } });
  cleanups.push(() => client.destroy());
  return client;
}

async function startServer(opts?: StartOptions): Promise<LoopbackDiscord> {
  const discord = await startLoopbackDiscord(opts);
  cleanups.push(() => discord.close());
  return discord;
}

/** Start a server and a logged-in, ready client. */
async function start(opts?: StartOptions, intents?: BitFieldResolvable<GatewayIntentsString, number>): Promise<Harness> {
  const discord = await startServer(opts);
  const client = newClient(discord, intents);
  const errors: unknown[] = [];
  const ready = once(client, Events.ClientReady);
  await client.login('loopback.test.token');
  await ready;
  const guard =
    <T>(handler: (x: T) => Promise<unknown>) =>
    (x: T): void => {
      handler(x).catch((err: unknown) => errors.push(err));
    };
  return {
    discord,
    client,
    errors,
    onInteraction: (h) => client.on(Events.InteractionCreate, guard(h)),
    onMessage: (h) => client.on(Events.MessageCreate, guard(h)),
  };
}

const isCallback = (i: { id: string; token: string }) => (r: CapturedRequest) =>
  r.method === 'POST' && r.path === Routes.interactionCallback(i.id, i.token) && r.status < 300;

describe('loopback Discord with the real discord.js client', () => {
  it('logs in, becomes ready with the guild cached, and heartbeats are acknowledged', async () => {
    const { discord, client } = await start({ heartbeatIntervalMs: 100 });
    expect(client.user?.id).toBe(discord.botUser.id);
    expect(client.guilds.cache.get(discord.guildId)?.name).toBe('Story Guild');
    expect(client.channels.cache.has(discord.channelId)).toBe(true);
    expect(discord.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', status: 200 });
    const seq = discord.gatewayFrames.map((f) => `${f.dir}:${f.op}${f.t ? `:${f.t}` : ''}`);
    expect(seq.slice(0, 4)).toEqual(['out:10', 'in:2', 'out:0:READY', 'out:0:GUILD_CREATE']);
    const identify = discord.gatewayFrames[1]?.d as { token: string; intents: number };
    expect(identify.token).toBe('loopback.test.token');
    // Jittered first heartbeat (< 100 ms), then every 100 ms; each needs an op 11 ACK.
    await expect.poll(() => discord.gatewayFrames.filter((f) => f.op === 11).length, { timeout: 2000 }).toBeGreaterThanOrEqual(2);
    expect(discord.gatewayFrames.filter((f) => f.dir === 'in' && f.op === 2)).toHaveLength(1);
  });

  it('answers a registered slash command with interaction.reply (callback type 4)', async () => {
    const h = await start();
    const registered = await h.client.application!.commands.set([
      {
        name: 'ask',
        description: 'Ask the story',
        options: [
          { name: 'question', description: 'q', type: 3, required: true },
          { name: 'chapter', description: 'c', type: 10 },
        ],
      },
    ]);
    expect(registered.first()?.id).toMatch(/^\d{17,19}$/);
    expect(h.discord.requests.at(-1)).toMatchObject({ method: 'PUT', path: Routes.applicationCommands(h.discord.applicationId) });

    h.onInteraction(async (i) => {
      if (!i.isChatInputCommand()) return;
      // chapter was declared as NUMBER (10) and is sent with that type although 3 is an integer.
      await i.reply({ content: `Q: ${i.options.getString('question', true)} ch ${i.options.getNumber('chapter')}` });
    });
    const sent = await h.discord.sendCommand('ask', { question: 'who chaired the meeting?', chapter: 3 });
    const cb = await h.discord.waitForRequest(isCallback(sent));
    expect(cb.status).toBe(204);
    expect(cb.query.get('with_response')).toBe('false');
    expect(cb.headers['authorization']).toBeUndefined();
    expect(cb.body).toMatchObject({ type: 4, data: { content: 'Q: who chaired the meeting? ch 3' } });
    expect(cb.at).toBeGreaterThan(sent.sentAt);
    expect(h.errors).toEqual([]);
  });

  it('supports deferReply + editReply (PATCH @original)', async () => {
    const h = await start();
    h.onInteraction(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      const msg = await i.editReply({ content: 'The delegation was led by Ada.' });
      await i.followUp({ content: `edited ${msg.id}` });
    });
    const sent = await h.discord.sendCommand('ask', { question: 'who?' });
    await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === Routes.webhook(h.discord.applicationId, sent.token));
    const reqs = h.discord.requestsFor(sent);
    expect(reqs.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 204', 'PATCH 200', 'POST 200']);
    expect(reqs[0]?.body).toMatchObject({ type: 5 });
    const patch = reqs[1]!;
    // discord-api-types' Routes URL-encode '@original'; `path` is decoded, `rawPath` is as sent.
    expect(patch.path).toBe(`/webhooks/${h.discord.applicationId}/${sent.token}/messages/@original`);
    expect(patch.rawPath).toBe(`/api/v10${Routes.webhookMessage(h.discord.applicationId, sent.token, '@original')}`);
    expect(patch.body).toMatchObject({ content: 'The delegation was led by Ada.' });
    const edited = patch.response as { id: string; flags: number; content: string; author: { id: string } };
    expect(edited.flags & 128).toBe(0); // no longer "thinking"
    expect(edited.author.id).toBe(h.discord.botUser.id);
    expect(reqs[2]?.query.get('wait')).toBe('true');
    expect(reqs[2]?.body).toMatchObject({ content: `edited ${edited.id}` });
    expect(h.errors).toEqual([]);
  });

  it('updates the message of a pressed button (callback type 7)', async () => {
    const h = await start();
    h.onInteraction(async (i) => {
      if (i.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('story:next').setLabel('Next').setStyle(ButtonStyle.Primary),
        );
        await i.reply({ content: 'Page 1', components: [row] });
      } else if (i.isButton()) {
        expect(i.message.content).toBe('Page 1');
        await i.update({ content: `Page 2 (${i.customId})`, components: [] });
      }
    });
    const cmd = await h.discord.sendCommand('story');
    await h.discord.waitForRequest(isCallback(cmd));
    const press = await h.discord.sendButton('story:next', { permissions: ADMIN_PERMISSIONS });
    const cb = await h.discord.waitForRequest(isCallback(press));
    expect(cb.body).toMatchObject({ type: 7, data: { content: 'Page 2 (story:next)', components: [] } });
    const original = h.discord.requestsFor(cmd)[0]!;
    expect(original.body).toMatchObject({ data: { components: [{ components: [{ custom_id: 'story:next' }] }] } });
    expect(h.errors).toEqual([]);
  });

  it('answers autocomplete with respond (callback type 8)', async () => {
    const h = await start();
    h.onInteraction(async (i) => {
      if (!i.isAutocomplete()) return;
      const focused = i.options.getFocused(true);
      await i.respond([{ name: `${focused.name}: ${focused.value}…`, value: `${focused.value}-1` }]);
    });
    const sent = await h.discord.sendAutocomplete('ask', 'question', 'dele', { chapter: 2 });
    const cb = await h.discord.waitForRequest(isCallback(sent));
    expect(cb.body).toMatchObject({ type: 8, data: { choices: [{ name: 'question: dele…', value: 'dele-1' }] } });
  });

  it('answers a guild mention with message.reply', async () => {
    const h = await start();
    h.onMessage(async (m) => {
      if (m.author.bot || !m.mentions.has(h.client.user!)) return;
      await m.reply(`You asked: ${m.content.replace(/<@\d+>\s*/, '')}`);
    });
    const asker = makeUser('123456789012345678', 'asker');
    const sent = await h.discord.sendMention('who chaired the meeting?', { user: asker });
    expect(sent.delivered).toBe(true);
    const post = await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === Routes.channelMessages(h.discord.channelId));
    expect(post.body).toMatchObject({
      content: 'You asked: who chaired the meeting?',
      message_reference: { message_id: sent.messageId },
    });
    expect(post.response).toMatchObject({ type: 19, referenced_message: { author: { id: asker.id } } });
    expect(h.errors).toEqual([]);
  });

  it('answers a DM (DirectMessages intent + Channel partial)', async () => {
    const h = await start();
    let channelType: number | undefined;
    h.onMessage(async (m) => {
      if (m.author.bot) return;
      channelType = m.channel.type;
      await m.reply(`DM: ${m.content}`);
    });
    const sent = await h.discord.sendDirectMessage('hello bot');
    expect(sent.channelId).toBe(h.discord.dmChannelIdFor(h.discord.user.id));
    const post = await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === Routes.channelMessages(sent.channelId));
    expect(post.body).toMatchObject({ content: 'DM: hello bot', message_reference: { message_id: sent.messageId } });
    expect(channelType).toBe(1);
  });

  it('does not deliver guild messages without the GuildMessages intent', async () => {
    const h = await start(undefined, [GatewayIntentBits.Guilds]);
    const sent = await h.discord.sendMention('anyone?');
    expect(sent.delivered).toBe(false);
  });

  it('captures a follow-up with a file attachment (multipart)', async () => {
    const h = await start();
    const text = Buffer.from('Chapter 1\nThe delegation arrived at dawn.\n');
    h.onInteraction(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('Here it comes');
      await i.followUp({ content: 'Attached', files: [{ attachment: text, name: 'chapter-1.txt', description: 'text' }] });
    });
    const sent = await h.discord.sendCommand('export');
    const follow = await h.discord.waitForRequest(
      (r) => r.method === 'POST' && r.path === Routes.webhook(h.discord.applicationId, sent.token),
    );
    expect(follow.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(follow.body).toMatchObject({ content: 'Attached', attachments: [{ id: '0', description: 'text' }] });
    expect(follow.files).toHaveLength(1);
    expect(follow.files[0]).toMatchObject({ field: 'files[0]', name: 'chapter-1.txt' });
    expect(follow.files[0]?.data.equals(text)).toBe(true);
    const att = (follow.response as { attachments: { url: string; size: number }[] }).attachments[0]!;
    expect(att.size).toBe(text.length);
    expect(Buffer.from(await (await fetch(att.url)).arrayBuffer()).equals(text)).toBe(true);
  });

  it('rejects a bad token: login() fails with TokenInvalid', async () => {
    const discord = await startServer();
    discord.rejectTokens();
    const client = newClient(discord);
    await expect(client.login('revoked.token.value')).rejects.toMatchObject({ code: DiscordjsErrorCodes.TokenInvalid });
    expect(discord.requests.at(-1)).toMatchObject({
      path: '/gateway/bot',
      status: 401,
      response: { message: '401: Unauthorized', code: 0 },
    });
  });

  it('resumes after gateway close 4000 and still answers the next command', async () => {
    const h = await start();
    h.onInteraction(async (i) => {
      if (i.isChatInputCommand()) await i.reply('still here');
    });
    const readyFrame = h.discord.gatewayFrames.find((f) => f.t === 'READY')!;
    const sessionId = (readyFrame.d as { session_id: string }).session_id;
    const lastSeq = Math.max(...h.discord.gatewayFrames.map((f) => f.s ?? 0));
    const resumed = once(h.client, Events.ShardResume);
    h.discord.closeGateway(4000);
    // Dispatch waits for the resumed session, like Discord buffering events for a resume.
    const sent = await h.discord.sendCommand('ask', { question: 'after resume' });
    await resumed;
    const cb = await h.discord.waitForRequest(isCallback(sent));
    expect(cb.body).toMatchObject({ type: 4, data: { content: 'still here' } });
    const resume = h.discord.gatewayFrames.find((f) => f.dir === 'in' && f.op === 6);
    expect(resume?.d).toMatchObject({ session_id: sessionId, seq: lastSeq, token: 'loopback.test.token' });
    expect(h.discord.gatewayFrames.filter((f) => f.dir === 'in' && f.op === 2)).toHaveLength(1);
    expect(h.discord.gatewayFrames.some((f) => f.t === 'RESUMED')).toBe(true);
    expect(h.errors).toEqual([]);
  });

  it('re-identifies after 4009: RESUME is refused with op 9 and the client IDENTIFYs again', async () => {
    const h = await start();
    h.onInteraction(async (i) => {
      if (i.isChatInputCommand()) await i.reply('new session');
    });
    h.discord.closeGateway(4009);
    // discord.js first tries RESUME on 4009; the session is gone, so op 9 (d:false) forces a new IDENTIFY,
    // which @discordjs/ws throttles to one per 5 s (+ up to 1.5 s jitter).
    await expect
      .poll(() => h.discord.gatewayFrames.filter((f) => f.dir === 'in' && f.op === 2).length, { timeout: 9000, interval: 100 })
      .toBe(2);
    const ops = h.discord.gatewayFrames.map((f) => `${f.dir}:${f.op}`);
    expect(ops.indexOf('in:6')).toBeGreaterThan(0);
    expect(ops.indexOf('out:9')).toBeGreaterThan(ops.indexOf('in:6'));
    const sent = await h.discord.sendCommand('ask', { question: 'after re-identify' });
    const cb = await h.discord.waitForRequest(isCallback(sent));
    expect(cb.body).toMatchObject({ type: 4, data: { content: 'new session' } });
  }, 15_000);

  it('retries an interaction callback after a 500 and after a 429 without crashing', async () => {
    const h = await start();
    const replies: string[] = [];
    h.onInteraction(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply(`ok ${i.commandName}`);
      replies.push(i.commandName);
    });
    const callbackPath = (method: string, path: string) => method === 'POST' && path.endsWith('/callback');

    h.discord.failNext(callbackPath, { status: 500, body: { message: '500: Internal Server Error', code: 0 } });
    const first = await h.discord.sendCommand('first');
    await h.discord.waitForRequest(isCallback(first));
    expect(h.discord.requestsFor(first).map((r) => r.status)).toEqual([500, 204]);

    h.discord.failNext(callbackPath, rateLimited(0.2));
    const second = await h.discord.sendCommand('second');
    const ok = await h.discord.waitForRequest(isCallback(second));
    const [limited] = h.discord.requestsFor(second);
    expect(limited?.status).toBe(429);
    expect(ok.at - limited!.at).toBeGreaterThanOrEqual(150);

    await expect.poll(() => replies).toEqual(['first', 'second']);
    expect(h.errors).toEqual([]);
  });

  it('rejects a second acknowledgement and over-long content like Discord', async () => {
    const h = await start();
    h.onInteraction(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('x'.repeat(2001)).catch(async (err: { code?: number }) => {
        await i.reply(`too long: ${err.code}`);
      });
    });
    const sent = await h.discord.sendCommand('long');
    const ok = await h.discord.waitForRequest(isCallback(sent));
    expect(ok.body).toMatchObject({ data: { content: 'too long: 50035' } });
    expect(h.discord.requestsFor(sent).map((r) => r.status)).toEqual([400, 204]);
    await expect(
      h.client.rest.post(Routes.interactionCallback(sent.id, sent.token), { body: { type: 4, data: { content: 'again' } }, auth: false }),
    ).rejects.toMatchObject({ code: 40060, status: 400 });
    expect(h.errors).toEqual([]);
  });
});
