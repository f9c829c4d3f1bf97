import { MessageFlags } from 'discord.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf, replyTo, startHarness, type Harness } from './botHarness.js';

let h: Harness;

/** An invented article naming an agency by its full name and acronym, a company with and without its suffix, and a court. */
const AUDIT = [
  '---',
  'title: "Auditors question the grain terminal accounts"',
  'source: "Harbour Ledger"',
  'published: "2031-04-12"',
  '---',
  '',
  'The Coastal Freight Authority (CFA) said on Saturday that Brightwater Holdings Ltd had overstated the grain terminal losses. Brightwater Holdings denied it.',
  '',
  'The CFA asked the Maritime Court to review the accounts. Ada Lind said the board would help the CFA.',
  '',
].join('\n');

beforeAll(async () => {
  h = await startHarness({ COOLDOWN_BROWSE: '100' }, (dir) => writeFile(join(dir, '05-audit.md'), AUDIT));
}, 30_000);

afterAll(async () => {
  await h?.stop();
});

const EPHEMERAL = MessageFlags.Ephemeral;

describe('organisations on a loopback Discord', () => {
  it('lists the organisations, most named first, each with its spellings', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('organisations')));
    const embed = msg.embeds![0]!;
    expect(embed.title).toBe('Organisations in the story');
    expect(embed.description!.split('\n')[0]).toBe('**1.** Coastal Freight Authority (also: CFA) · 3 mentions in 1 of 4 articles');
    expect(embed.description).toContain('Brightwater Holdings Ltd (also: Brightwater Holdings) · 2 mentions in 1 of 4 articles');
    expect(embed.description).not.toContain('Ada Lind');
    expect(embed.footer!.text).toBe('3 organisations · /organisations name for one, with its excerpts');
  });

  it('shows one organisation found by its acronym, with the sentences that name it, cited', async () => {
    const msg = messageOf(await replyTo(h.discord, await h.discord.sendCommand('organisations', { name: 'cfa' })));
    const embed = msg.embeds![0]!;
    expect(embed.title).toBe('Coastal Freight Authority');
    expect(embed.description).toContain('Also written: CFA');
    const excerpts = embed.description!.split('\n\n').slice(1);
    expect(excerpts.map((e) => e.split('\n')[0])).toEqual([
      '> The Coastal Freight Authority (CFA) said on Saturday that Brightwater Holdings Ltd had overstated the grain terminal losses.',
      '> The CFA asked the Maritime Court to review the accounts.',
      '> Ada Lind said the board would help the CFA.',
    ]);
    expect(excerpts[1]).toMatch(/^> .*\n— Harbour Ledger.* · sentence 3$/);
  });

  it('autocompletes an organisation from the start of a word', async () => {
    const ref = await h.discord.sendAutocomplete('organisations', 'name', 'marit');
    const r = await h.discord.waitForRequest((x) => h.discord.requestsFor(ref).includes(x));
    expect(messageOf(r).choices).toEqual([{ name: 'Maritime Court', value: 'Maritime Court' }]);
  });

  it('says privately, with suggestions, when no organisation has the name', async () => {
    const msg = messageOf(
      await replyTo(h.discord, await h.discord.sendCommand('organisations', { name: 'Qwxzv [x](https://evil.example)' })),
    );
    expect(msg.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(msg.content).toBe(
      'No organisation called “Qwxzv \\[x](https://evil.example)” appears in the story. Did you mean Coastal Freight Authority, Brightwater Holdings Ltd or Maritime Court? /organisations lists them.',
    );
  });
});
