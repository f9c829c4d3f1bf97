import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consoleReply } from '../../src/cli/consoleCommands.js';
import type { Story } from '../../src/story/story.js';
import { FIXTURE_CORPUS, fixtureStory } from '../present/storyFixture.js';
import { runAsk } from '../../src/cli/ask.js';
import { cliInProcess } from './cliInProcess.js';

/** The fixture story (no organisations in it) plus an invented article naming a union and a ministry. */
const withOrganisations = mkdtempSync(join(tmpdir(), 'storybot-orgs-'));
cpSync(FIXTURE_CORPUS, withOrganisations, { recursive: true });
writeFileSync(
  join(withOrganisations, '05-strike.md'),
  '---\ntitle: "Strike vote"\nsource: "Harbour Ledger"\npublished: "2031-04-12"\n---\n\n' +
    'The Dockworkers Union of Rotterdam (DUR) voted to strike on Monday. The Transport Ministry said it would meet the DUR.\n',
);

const env = { ...process.env, CACHE_DIR: mkdtempSync(join(tmpdir(), 'storybot-cli-orgs-')), DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' };
/** `npm run -s ask -- …args` run here (test/cli/cli.test.ts spawns the script). */
const ask = (...args: string[]) => cliInProcess((io) => runAsk(args, io), env);

describe('npm run ask -- --organisations', () => {
  it('prints the organisations as JSON, most named first, an acronym merged with its name', async () => {
    const r = await ask('--organisations', '--json', '--corpus', withOrganisations);
    expect(r.code).toBe(0);
    const { organisations } = JSON.parse(r.out) as { organisations: { name: string; aliases: string[]; mentions: number }[] };
    expect(organisations.map((o) => [o.name, o.aliases, o.mentions])).toEqual([
      ['Dockworkers Union of Rotterdam', ['DUR'], 2],
      ['Transport Ministry', [], 1],
    ]);
  });

  it('says so when the story names none, and refuses a question beside it', async () => {
    expect((await ask('--organisations', '--corpus', FIXTURE_CORPUS)).out).toBe('The story names no organisations.\n');
    expect((await ask('--organisations', 'who')).err).toBe(
      'ask: --organisations takes no question, got "who" (npm run -s ask -- --help lists the options)\n',
    );
  });
});

describe('the console /organisations', () => {
  let story: Story;
  beforeAll(async () => {
    story = await fixtureStory(withOrganisations);
  }, 60_000);

  it('lists them, shows one by acronym with its sentences, and suggests names for an unknown one', async () => {
    expect(await consoleReply(story, '/organisations')).toBe(
      '1. Dockworkers Union of Rotterdam (also: DUR) · 2 mentions in 1 of 4 articles\n2. Transport Ministry · 1 mention in 1 of 4 articles',
    );
    const one = await consoleReply(story, '/organisations dur');
    expect(one.split('\n').slice(0, 3)).toEqual([
      'Dockworkers Union of Rotterdam (also: DUR) · 2 mentions in 1 of 4 articles',
      'Also written: DUR',
      '',
    ]);
    expect(one).toContain('  The Transport Ministry said it would meet the DUR.\n  — Harbour Ledger, sentence 2');
    expect(await consoleReply(story, '/organisations Qwxzv')).toBe(
      'No organisation called "Qwxzv" appears in the story. Did you mean Dockworkers Union of Rotterdam or Transport Ministry? /organisations lists them.',
    );
  });

  it('says so when the story names no organisations', async () => {
    const none = await fixtureStory();
    expect(await consoleReply(none, '/organisations')).toBe('The story names no organisations.');
    expect(await consoleReply(none, '/organisations Ministry')).toBe('The story names no organisations.');
  });
});
