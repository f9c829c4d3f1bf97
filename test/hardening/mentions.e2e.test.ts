/**
 * No reply ever pings: hostile questions and a hostile article in the corpus (mentions, markdown, a
 * code fence, a masked link), through every way the bot answers — slash commands, mentions, DMs, "More",
 * "Context", /sources, /reindex — and every captured payload is checked: allowed_mentions parse [] and
 * not one live mention in any visible text.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PERMISSIONS } from '../loopback-discord/index.js';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';
import { capturedMessages, replyFor, replyMessage, replyToMessage, startHardHarness, type HardHarness } from './harness.js';
import { liveMentions, messageBody, payloadMentions, payloadProblems } from './discordRules.js';

const HOSTILE_ARTICLE = `---
title: "@everyone <@123456789012345678> **Breaking**: harbour [click](https://evil.example) news"
source: "<@&987654321098765432> Wire @here"
url: https://example.com/harbour
---

# @here Harbour news <#123456789012345678>

The harbour committee met in Lisbon on Tuesday, said <@123456789012345678> and <@&987654321098765432> to @everyone in <#123456789012345678>.

\`\`\`js
alert("@everyone the harbour committee")
\`\`\`

**The** harbour __committee__ voted ~~against~~ the ||plan|| to dredge the port, @here and <@!123456789012345678> said.
- The harbour committee chair, <@123456789012345678>, resigned on Wednesday.
1. The harbour committee will meet again in Porto next month.
> [Official harbour statement](https://evil.example/phish) from the committee.
`;

const SECOND_HOSTILE = `Harbour dredging @everyone update <@&111111111111111111>
The dredging of the harbour began on Friday @here, the committee <@222222222222222222> said in Lisbon.
`;

let h: HardHarness;

beforeAll(async () => {
  h = await startHardHarness({
    corpus: FIXTURE_CORPUS,
    env: { COOLDOWN_QUESTIONS: '100' },
    prepare: async ({ corpusDir }) => writeFile(join(corpusDir, 'zz-hostile.md'), HOSTILE_ARTICLE),
  });
}, 30_000);

afterAll(async () => {
  await h?.stop();
});

const HOSTILE_QUESTIONS: [string, string][] = [
  ['who', '@everyone who chaired the meeting'],
  ['who', '<@&123> who chaired the harbour board'],
  ['ask', '<@123456789012345678> where did the harbour committee meet?'],
  ['where', '@here did the harbour committee meet <#123456789012345678>'],
  ['ask', '```js\n@everyone``` what did the harbour committee vote **against**?'],
  ['when', '<@!123456789012345678> when did the harbour committee chair resign'],
  ['ask', '[click](https://evil.example) @everyone what is the official harbour statement'],
];

/** The custom ids of a reply's enabled buttons, all rows, but Dismiss (which deletes the message) and links. */
function pressable(msg: { components?: { components: { custom_id: string; disabled?: boolean }[] }[] }): string[] {
  return (msg.components ?? [])
    .flatMap((row) => row.components)
    .filter((b) => b.custom_id && !b.disabled && !b.custom_id.startsWith('rm|'))
    .map((b) => b.custom_id);
}

describe('no reply ever pings', () => {
  it('answers hostile questions, about a hostile article, through commands, mentions, DMs and buttons', async () => {
    for (const [command, question] of HOSTILE_QUESTIONS) {
      const ref = await h.discord.sendCommand(command, { question });
      const msg = await replyMessage(h.discord, ref);
      expect(msg.allowed_mentions).toEqual({ parse: [], replied_user: false });
      // Press every enabled button of the answer but Dismiss: Next/Previous edit the message, Context answers privately.
      for (const id of pressable(msg)) await replyFor(h.discord, await h.discord.sendButton(id));
    }
    for (const [, question] of HOSTILE_QUESTIONS.slice(0, 4)) {
      await replyToMessage(h.discord, await h.discord.sendMention(question));
      await replyToMessage(h.discord, await h.discord.sendDirectMessage(question));
    }
    await replyFor(h.discord, await h.discord.sendCommand('sources'));
    // The catalogues: people, one person, events, the timeline (and their buttons), with hostile input.
    const catalogue: [string, Record<string, string>][] = [
      ['actors', {}],
      ['actors', { filter: '@everyone' }],
      ['actor', { name: 'Lind' }],
      ['actor', { name: '<@123456789012345678>' }],
      ['actor', { name: '@here committee chair' }],
      ['event', { query: '@everyone harbour committee' }],
      ['event', { query: 'resigned <@&987654321098765432>' }],
      ['timeline', {}],
      ['timeline', { actor: '@everyone' }],
    ];
    for (const [command, options] of catalogue) {
      const msg = await replyMessage(h.discord, await h.discord.sendCommand(command, options), 10_000);
      for (const id of pressable(msg)) await replyFor(h.discord, await h.discord.sendButton(id), 10_000);
    }
    await replyFor(h.discord, await h.discord.sendCommand('ask', { question: '@everyone' }));
    await replyFor(h.discord, await h.discord.sendCommand('ask', { question: '   ' }));
    await replyToMessage(h.discord, await h.discord.sendMention(''));

    // The hostile article was quoted, with its mentions broken.
    const harbour = await replyMessage(h.discord, await h.discord.sendCommand('where', { question: 'did the harbour committee meet' }));
    expect(harbour.embeds![0]!.description).toContain('harbour committee');
    expect(harbour.embeds![0]!.description).toMatch(/<@\u200b123456789012345678>|@\u200beveryone/);
  });

  it('after a /reindex that brings in another hostile article, answers stay inert', async () => {
    await writeFile(join(h.corpusDir, 'zz-hostile-2.txt'), SECOND_HOSTILE);
    const ref = await h.discord.sendCommand('reindex', {}, { permissions: ADMIN_PERMISSIONS });
    const report = await replyMessage(h.discord, ref, 15_000);
    expect(report.embeds![0]!.description).toContain('Added: `zz-hostile-2`');
    const msg = await replyMessage(
      h.discord,
      await h.discord.sendCommand('when', { question: '@everyone when did the dredging of the harbour begin' }),
    );
    expect(msg.embeds![0]!.description).toContain('dredging');
    for (const id of pressable(msg)) await replyFor(h.discord, await h.discord.sendButton(id));
    await replyFor(h.discord, await h.discord.sendCommand('sources'));
  });

  it('every captured payload of the run: accepted by Discord, allowed_mentions parse [], no live mention', () => {
    const messages = capturedMessages(h.discord);
    expect(messages.length).toBeGreaterThan(40);
    const faults = messages.flatMap((r) =>
      [...payloadProblems(messageBody(r)), ...payloadMentions(messageBody(r))].map((p) => `${r.method} ${r.path}: ${p}`),
    );
    expect(faults).toEqual([]);
    expect(messages.every((r) => r.status < 300)).toBe(true);
    // And the raw hostile strings did reach the payloads, only broken.
    const all = JSON.stringify(messages.map((r) => messageBody(r)));
    expect(all).toContain('@\\u200beveryone'.replace('\\u200b', '\u200b'));
    expect(liveMentions(all.replace(/\\n/g, ' '))).toEqual([]);
    // The article's masked link was escaped: shown as text, not as a link.
    expect(all).not.toMatch(/(?<!\\\\)\[Official harbour statement\]\(https:\/\/evil/);
  });
});
