import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf, replyTo, startHarness, type Harness } from './botHarness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ COOLDOWN_QUESTIONS: '100' });
}, 30_000);

afterAll(async () => {
  await h?.stop();
});

describe('actors and events on a loopback Discord', () => {
  it('lists the people with their main role, paged', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('actors')));
    const embed = msg.embeds![0]!;
    expect(embed.title).toBe('People in the story');
    expect(embed.description).toMatch(/^\*\*1\.\*\* Marco Rubio — Secretary of State · in 5 of 5 articles/);
    expect(embed.footer!.text).toMatch(/^page 1 of 2 · 16 people/);
    const next = msg.components![0]!.components.find((b) => b.label === 'Next')!;
    const page = await h.discord.sendButton(next.custom_id);
    const update = await h.discord.waitForRequest((r) => h.discord.requestsFor(page).includes(r) && r.path.endsWith('/callback'));
    expect(messageOf(update).embeds![0]!.footer!.text).toMatch(/^page 2 of 2/);
  });

  it('filters people by role', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('actors', { filter: 'spokes' })));
    expect(msg.embeds![0]!.description).toContain('Dmitry Peskov — Kremlin spokesman');
    expect(msg.embeds![0]!.description).toContain('Maria Zakharova');
  });

  it('autocompletes a person from a role prefix, within 25 choices', async () => {
    const ref = await h.discord.sendAutocomplete('actor', 'name', 'kreml');
    const r = await h.discord.waitForRequest((x) => h.discord.requestsFor(ref).includes(x));
    expect((r.body as { type: number }).type).toBe(8);
    const choices = messageOf(r).choices!;
    expect(choices[0]).toEqual({ name: 'Dmitry Peskov — Kremlin spokesman', value: 'Dmitry Peskov' });
    expect(r.at - ref.sentAt).toBeLessThan(3_000);
    const all = messageOf(await replyTo(h.discord, await h.discord.sendAutocomplete('actor', 'name', '')));
    expect(all.choices).toHaveLength(16);
  });

  it('shows a profile with roles, quotes and citations', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('actor', { name: 'Zelensky' })));
    const embed = msg.embeds![0]! as { title: string; fields: { name: string; value: string }[] };
    expect(embed.title).toBe('Volodymyr Zelenskyy');
    expect(embed.fields.map((f) => f.name)).toEqual(['Roles', 'Said', 'Appears most with', 'First and last mention']);
    expect(embed.fields[1]!.value).toContain('sentence');
  });

  it('explains when no one matches', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('actor', { name: 'Qwxzv Plorb' })));
    expect(msg.content).toBe('No one called "Qwxzv Plorb" appears in the story. Try /actors to see everyone.');
  });

  it('draws the timeline as a PNG attachment after deferring, filtered by person', async () => {
    const ref = await h.discord.sendCommand('timeline', { actor: 'Putin' });
    const deferred = await h.discord.waitForRequest((r) => h.discord.requestsFor(ref).includes(r) && r.path.endsWith('/callback'));
    expect((deferred.body as { type: number }).type).toBe(5);
    const edit = await replyTo(h.discord, ref, 10_000);
    const png = edit.files.find((f) => f.name === 'timeline.png')!;
    expect(png.data.subarray(1, 4).toString()).toBe('PNG');
    expect(png.data.readUInt32BE(16)).toBe(800);
    const embed = messageOf(edit).embeds![0]! as { title: string; description: string; image: { url: string } };
    expect(embed.title).toBe('Timeline with Putin');
    expect(embed.image.url).toBe('attachment://timeline.png');
    expect(embed.description).toContain('Thu 27 Nov 2025');
  });

  it('pages the timeline in place, replacing the picture rather than adding one', async () => {
    const first = messageOf(await replyTo(h.discord, await h.discord.sendCommand('timeline'), 10_000));
    const next = first.components![0]!.components.find((b) => b.label === 'Next')!;
    const page = await h.discord.sendButton(next.custom_id);
    const update = await h.discord.waitForRequest((r) => h.discord.requestsFor(page).includes(r) && r.path.endsWith('/callback'), 10_000);
    expect((update.body as { type: number }).type).toBe(7);
    expect(update.files.map((f) => f.name)).toEqual(['timeline.png']);
    expect((update.body as { data: { attachments: unknown[] } }).data.attachments).toHaveLength(1);
    expect(messageOf(update).embeds![0]!.footer!.text).toMatch(/^page 2 of \d+/);
  });

  it('rejects a malformed date range with a clear message', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('timeline', { from: 'yesterday' })));
    expect(msg.content).toBe('`from` must be a date like 2025, 2025-11 or 2025-11-30.');
  });

  it('finds events by words, with their dates', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('event', { query: 'resignation' })));
    expect(msg.embeds![0]!.title).toBe('Events matching “resignation”');
    expect(msg.embeds![0]!.description).toContain('Fri 28 Nov 2025');
  });
});
