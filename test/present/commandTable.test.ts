import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { Command } from '../../src/answer/answerKind.js';
import { discordPayload } from '../../src/bot/commandPayload.js';
import { helpReply } from '../../src/bot/helpReply.js';
import { consoleReply } from '../../src/cli/consoleCommands.js';
import { COMMAND_TABLE, commandSpec, commandsOf, usage } from '../../src/present/commandTable.js';
import { consoleHelp, exampleLine, storyExamples } from '../../src/present/help.js';
import type { Story } from '../../src/story/story.js';
import { fixtureStory } from './storyFixture.js';

let story: Story;
beforeAll(async () => {
  story = await fixtureStory();
}, 60_000);

describe('the command table', () => {
  it('is the Discord command list, in order, each payload built from its spec', () => {
    expect(commands.map((c) => c.data.name)).toEqual(COMMAND_TABLE.map((c) => c.name));
    for (const c of commands) {
      expect(c.spec).toBe(COMMAND_TABLE.find((s) => s.name === c.data.name));
      expect(c.data).toEqual(discordPayload(c.spec));
    }
    expect(commands.find((c) => c.data.name === 'reindex')!.data.default_member_permissions).toBe('0');
    expect(commands.find((c) => c.data.name === 'article')!.data.default_member_permissions).toBe('0');
  });

  it('registers /brief with a bounded whole number and /article with its three subcommands', () => {
    expect(commands.find((c) => c.data.name === 'brief')!.data.options).toEqual([
      { type: 4, name: 'sentences', description: 'How many sentences, 5 to 8 (default 6)', required: false, min_value: 5, max_value: 8 },
    ]);
    const article = commands.find((c) => c.data.name === 'article')!.data;
    expect(
      article.options!.map((o) => [o.type, o.name, ('options' in o ? (o.options ?? []) : []).map((x) => [x.type, x.name, x.required])]),
    ).toEqual([
      [
        1,
        'add',
        [
          [11, 'file', false],
          [3, 'url', false],
        ],
      ],
      [1, 'remove', [[3, 'id', true]]],
      [1, 'list', []],
    ]);
    expect(article.contexts).toEqual([0]);
    expect(usage(commandSpec('article'), 'discord')).toBe('/article add|remove|list');
    expect(usage(commandSpec('brief'), 'console')).toBe('/brief [sentences]');
  });

  it('puts every Discord command in /help and every console command in the console help', async () => {
    const discordHelp = (await helpReply(story)).embeds![0]!.description!;
    for (const c of commandsOf('discord')) expect(discordHelp).toContain(`\`${usage(c, 'discord')}\``);
    const console = consoleHelp(storyExamples(story));
    for (const c of commandsOf('console')) expect(console).toContain(`  ${usage(c, 'console')} `);
    expect(await consoleReply(story, '/help')).toBe(console);
  });

  it('gives the console a handler for every console command', async () => {
    for (const c of commandsOf('console')) expect(await consoleReply(story, `/${c.name} Lind`)).not.toMatch(/^Unknown command/);
    expect(await consoleReply(story, '/reindex')).toBe('Unknown command /reindex. Type /help for the list.');
    expect(await consoleReply(story, '/article list')).toBe('Unknown command /article. Type /help for the list.');
  });
});

describe('help examples', () => {
  it('are made from the loaded story and each question gets the answer it was made from', () => {
    const examples = storyExamples(story);
    expect(examples.map((x) => x.command)).toEqual(expect.arrayContaining(['who', 'when', 'where', 'ask', 'actor', 'timeline', 'event']));
    for (const x of examples.filter((e) => e.expect)) {
      const a = answerQuestion(story, x.text, { command: x.command as Command });
      expect(a.answer?.text, exampleLine(x)).toBe(x.expect);
    }
    expect(examples.find((x) => x.command === 'who')).toEqual({
      command: 'who',
      text: "is the port's chief engineer",
      expect: 'Tomas Brekke',
    });
    expect(examples.find((x) => x.command === 'where')!.expect).toBe('Rotterdam');
    expect(examples.find((x) => x.command === 'when')!.expect).toMatch(/^Tuesday/);
  });

  it('show in both help texts', async () => {
    const discordHelp = (await helpReply(story)).embeds![0]!.description!;
    const console = consoleHelp(storyExamples(story));
    for (const x of storyExamples(story)) {
      expect(console).toContain(exampleLine(x));
      expect(discordHelp).toContain(`\`${exampleLine(x).replace(/'/g, "'")}\``);
    }
  });

  it('change with the story, and a story with nothing to ask about offers none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storybot-other-'));
    writeFileSync(
      join(dir, 'a.md'),
      '---\ntitle: "Orchard"\nsource: "Valley Gazette"\npublished: "2030-02-03"\n---\n\n' +
        "Milo Varga, the orchard's head gardener, said the trees would be planted in spring. The council met in Lisbon on Monday to approve the orchard. Varga said forty trees had arrived.\n",
    );
    const other = await fixtureStory(dir);
    const examples = storyExamples(other);
    expect(examples.find((x) => x.command === 'who')).toEqual({
      command: 'who',
      text: "is the orchard's head gardener",
      expect: 'Milo Varga',
    });
    expect(examples.find((x) => x.command === 'actor')).toEqual({ command: 'actor', text: 'Varga' });
    const empty = await fixtureStory(mkdtempSync(join(tmpdir(), 'storybot-empty-')));
    expect(storyExamples(empty)).toEqual([]);
    expect(consoleHelp([])).not.toContain('Try, on this story');
  });
});
