import { MessageFlags } from 'discord.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { button, messageOf, replyTo, startHarness, type Harness } from './botHarness.js';

let h: Harness;

/** An invented article with a dozen dated events, so /timeline has two pages. */
const CALENDAR = [
  '---',
  'title: "A year of meetings at the harbour"',
  'source: "Harbour Ledger"',
  'published: "2031-12-30"',
  '---',
  '',
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map(
    (month, i) =>
      `On ${i + 3} ${month} 2031 the harbour board met to discuss ${['dredging', 'cranes', 'tariffs', 'pilots', 'ferries', 'moorings', 'lighthouses', 'tugboats', 'warehouses', 'customs', 'bridges', 'beacons'][i]}.`,
  ),
  '',
].join('\n');

beforeAll(async () => {
  h = await startHarness({ COOLDOWN_QUESTIONS: '100', COOLDOWN_BROWSE: '100', COOLDOWN_PICTURES: '100' }, (dir) =>
    writeFile(join(dir, '04-calendar.md'), CALENDAR),
  );
}, 30_000);

afterAll(async () => {
  await h?.stop();
});

const EPHEMERAL = MessageFlags.Ephemeral;

describe('actors and events on a loopback Discord', () => {
  it('lists the people with their main role', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('actors')));
    const embed = msg.embeds![0]!;
    expect(embed.title).toBe('People in the story');
    expect(embed.description).toContain("Tomas Brekke — port's chief engineer · in 2 of 4 articles");
    expect(embed.footer!.text).toMatch(/^page 1 of 1 · 3 people/);
  });

  it('filters people by role', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('actors', { filter: 'spokes' })));
    expect(msg.embeds![0]!.description).toContain("Nadia Osei — spokeswoman for the dockworkers' union");
    expect(msg.embeds![0]!.description).not.toContain('Brekke');
  });

  it('autocompletes a person from a role prefix, within 25 choices', async () => {
    const ref = await h.discord.sendAutocomplete('actor', 'name', 'engin');
    const r = await h.discord.waitForRequest((x) => h.discord.requestsFor(ref).includes(x));
    expect((r.body as { type: number }).type).toBe(8);
    expect(messageOf(r).choices![0]).toEqual({ name: "Tomas Brekke — port's chief engineer", value: 'Tomas Brekke' });
    expect(r.at - ref.sentAt).toBeLessThan(3_000);
  });

  it('shows a profile with roles and citations', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('actor', { name: 'Brekke' })));
    const embed = msg.embeds![0]!;
    expect(embed.title).toBe('Tomas Brekke');
    expect(embed.fields!.map((f) => f.name)).toContain('Roles');
    expect(embed.fields![0]!.value).toContain('sentence 4');
  });

  it('says privately, with suggestions, when no one matches, and shows typed links as text', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('actor', { name: 'Qwxzv [click](https://evil.example)' })));
    expect(msg.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(msg.content).toBe(
      'No one called “Qwxzv \\[click](https://evil.example)” appears in the story. Did you mean Ada Lind, Tomas Brekke or Nadia Osei? /actors lists everyone.',
    );
    expect(msg.content).not.toMatch(/(?<!\\)\[[^\]]*\]\(https?:/); // no live masked link
    const nobody = messageOf(await replyTo(h.discord, await h.discord.sendCommand('timeline', { actor: 'Nobody' })));
    expect(nobody.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(nobody.content).toBe('No dated events name “Nobody”. Did you mean Ada Lind, Tomas Brekke or Nadia Osei?');
    const none = messageOf(await replyTo(h.discord, await h.discord.sendCommand('actors', { filter: 'zzz' })));
    expect(none.flags! & EPHEMERAL).toBe(EPHEMERAL);
    const noEvent = messageOf(await replyTo(h.discord, await h.discord.sendCommand('event', { query: 'volcano' })));
    expect(noEvent.content).toBe('No dated event matches “volcano”. /timeline lists them all.');
    expect(noEvent.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('draws the timeline page as a PNG attachment after deferring, filtered by person', async () => {
    const ref = await h.discord.sendCommand('timeline', { actor: 'Brekke' });
    const deferred = await h.discord.waitForRequest((r) => h.discord.requestsFor(ref).includes(r) && r.path.endsWith('/callback'));
    expect((deferred.body as { type: number }).type).toBe(5);
    expect(deferred.at - ref.sentAt).toBeLessThan(3_000);
    const edit = await replyTo(h.discord, ref, 10_000);
    const png = edit.files.find((f) => f.name === 'timeline.png')!;
    expect(png.data.subarray(1, 4).toString()).toBe('PNG');
    const embed = messageOf(edit).embeds![0]!;
    expect(embed.title).toBe('Timeline with Brekke');
    expect(embed.image!.url).toBe('attachment://timeline.png');
    expect(embed.description).toContain('Thu 10 Apr 2031');
  });

  it('pages the timeline in place, with a picture of that page replacing the last one', async () => {
    const first = await replyTo(h.discord, await h.discord.sendCommand('timeline'), 10_000);
    const firstPng = first.files.find((f) => f.name === 'timeline.png')!.data;
    const page = await h.discord.sendButton(button(first, 'Next').custom_id);
    const ack = await h.discord.waitForRequest((r) => h.discord.requestsFor(page).includes(r) && r.path.endsWith('/callback'), 10_000);
    expect((ack.body as { type: number }).type).toBe(6);
    const update = await h.discord.waitForRequest((r) => h.discord.requestsFor(page).includes(r) && r.method === 'PATCH', 10_000);
    expect(update.files.map((f) => f.name)).toEqual(['timeline.png']);
    expect(update.files[0]!.data.equals(firstPng)).toBe(false);
    expect((update.body as { attachments: unknown[] }).attachments).toHaveLength(1);
    expect(messageOf(update).embeds![0]!.footer!.text).toMatch(/^page 2 of 2 · 16 events/);
  });

  it('rejects a malformed date range with a clear message', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('timeline', { from: 'yesterday' })));
    expect(msg.content).toBe('`from` must be a date like YYYY, YYYY-MM or YYYY-MM-DD.');
  });

  it('finds events by words, with their dates', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('event', { query: 'quay report' })));
    expect(msg.embeds![0]!.title).toBe('Events matching “quay report”');
    expect(msg.embeds![0]!.description).toContain('Thu 10 Apr 2031');
  });
});
