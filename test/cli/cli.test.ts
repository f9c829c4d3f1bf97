import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ferryCorpus } from '../present/ferryCorpus.js';
import { runAsk } from '../../src/cli/ask.js';
import { runReindex } from '../../src/cli/reindex.js';
import { cliInProcess } from './cliInProcess.js';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'storybot-cli-'));
const env = { ...process.env, CACHE_DIR: cacheDir, CORPUS_DIR: FIXTURE_CORPUS, DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' };

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { input, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** `npm run -s ask -- …args` run here: only the JSONL test below is about the process, and spawns it. */
const ask = (...args: string[]) => cliInProcess((io) => runAsk(args, io), env);

describe('npm run ask', () => {
  it('answers JSON lines in order, echoing ids, with one error line per bad request naming its line', () => {
    const input = [
      JSON.stringify({ id: 'a', command: 'who', query: 'chaired the harbour board' }),
      JSON.stringify({ id: 'b', command: 'ask', query: '   ' }),
      'not json',
      '',
      JSON.stringify({ id: 'c', command: 'when', query: 'did the dockworkers protest' }),
    ].join('\n');
    const { code, out, err } = run(['src/cli/ask.ts', '--jsonl', '--limit', '2'], input);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['id'] ?? null)).toEqual(['a', 'b', null, null, 'c']);
    expect(lines[0]).toMatchObject({ command: 'who', answer: { text: 'Ada Lind', type: 'PERSON' } });
    expect((lines[0]!['excerpts'] as unknown[]).length).toBe(2);
    expect(lines[1]).toMatchObject({ line: 2, id: 'b' });
    expect(lines[2]).toEqual({ line: 3, error: 'line is not valid JSON' });
    expect(lines[3]).toEqual({ line: 4, error: 'blank line: expected {"id", "command", "query"}' });
    expect(lines[4]).toMatchObject({ answer: { date: { date: '2031-04-09' } } });
    expect(code).toBe(1);
    expect(err).toBe('ask: 3 of 5 lines had errors (line 2, 3, 4)\n');
  });

  it('prints --help with every option and how to keep npm quiet', async () => {
    const { code, out } = await ask('--help');
    expect(code).toBe(0);
    for (const option of [
      '--command',
      '--limit',
      '--corpus',
      '--json',
      '--jsonl',
      '--actors',
      '--timeline',
      '--png',
      '--help',
      'npm run -s',
    ])
      expect(out).toContain(option);
  });

  it('draws the timeline to a file with --timeline --png', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'storybot-png-')), 'timeline.png');
    const r = await ask('--timeline', '--png', file);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(new RegExp(`^ask: drew the timeline to ${file} \\(\\d+ bytes\\)\n$`));
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  });

  it.each([
    [
      ['--command', 'why', 'x'],
      2,
      'ask: --command must be one of who, when, where, ask, got "why" (npm run -s ask -- --help lists the options)',
    ],
    [['--limit', '-1', 'x'], 2, 'ask: --limit must be a whole number from 1 to 25, got "-1" (npm run -s ask -- --help lists the options)'],
    [
      ['--limit', 'lots', 'x'],
      2,
      'ask: --limit must be a whole number from 1 to 25, got "lots" (npm run -s ask -- --help lists the options)',
    ],
    [['--actors', '--timeline'], 2, 'ask: choose one of --actors, --timeline, not several (npm run -s ask -- --help lists the options)'],
    [['--actors', 'who'], 2, 'ask: --actors takes no question, got "who" (npm run -s ask -- --help lists the options)'],
    [['--png', 'x.png', 'who'], 2, 'ask: --png goes with --timeline (npm run -s ask -- --help lists the options)'],
    [['--frobnicate'], 2, "ask: Unknown option '--frobnicate' (npm run -s ask -- --help lists the options)"],
    [[], 2, 'ask: give a question, e.g. npm run -s ask -- "Who signed the agreement?" (--help for the options)'],
    [['--corpus', '/nonexistent/story', 'x'], 1, 'ask: corpus: cannot read directory "/nonexistent/story" (ENOENT)'],
  ])('rejects %j with one clear line and exit %i', async (args, code, line) => {
    const r = await ask(...args);
    expect(r.code).toBe(code);
    expect(r.err).toBe(`${line}\n`);
    expect(r.out).toBe('');
  });

  it('warns about an empty corpus and exits 1 instead of answering', async () => {
    const r = await ask('--corpus', mkdtempSync(join(tmpdir(), 'storybot-empty-')), 'who chaired the board');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^warning: the corpus .* has no articles \(\.md or \.txt files\); every question will be answered "The story doesn't say"\n$/,
    );
    expect(r.out).toBe('');
  });
});

describe('npm run ask -- --actors / --timeline', () => {
  it('prints the people and the events as JSON', async () => {
    const actors = JSON.parse((await ask('--actors', '--json')).out) as {
      actors: { name: string; aliases: string[]; roles: unknown[]; articles: string[]; mentions: number }[];
    };
    const brekke = actors.actors.find((a) => a.name === 'Tomas Brekke')!;
    expect(Object.keys(brekke)).toEqual(['name', 'aliases', 'roles', 'articles', 'mentions']);
    expect(brekke.aliases).toContain('Brekke');
    const timeline = JSON.parse((await ask('--timeline', '--json')).out) as {
      events: { date: string; precision: string; dateText: string }[];
    };
    expect(timeline.events.some((e) => e.date === '2031-04-08' && e.precision === 'day' && e.dateText === 'Tuesday')).toBe(true);
    const dates = timeline.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('npm run ask -- --brief / --differences', () => {
  it('prints the brief as text and as JSON, with --sentences, and refuses a length out of bounds', async () => {
    const text = await ask('--brief', '--sentences', '5');
    expect(text.code).toBe(0);
    expect(text.out.split('\n')[0]).toBe('The story so far, in 5 sentences:');
    expect(text.out).toContain('· reported by 2 outlets');
    const json = await ask('--brief', '--json');
    expect(json.code).toBe(0);
    const brief = (
      JSON.parse(json.out) as {
        brief: { rank: number; articleId: string; sentence: number; outlets: number; articles: number; text: string }[];
      }
    ).brief;
    expect(brief).toHaveLength(6);
    expect(brief[0]).toMatchObject({ rank: 1, articleId: '01-terminal-vote', sentence: 1, outlets: 2, articles: 2 });
    const bad = await ask('--brief', '--sentences', '9');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('ask: --sentences must be a whole number from 5 to 8, got "9" (npm run -s ask -- --help lists the options)\n');
  });

  it('prints the disagreements as text and as JSON', async () => {
    const corpus = ferryCorpus();
    const text = await ask('--differences', '--corpus', corpus);
    expect(text.code).toBe(0);
    expect(text.out).toContain('1. Sources differ on how long: roughly six hours (Bay Herald), three-hour (Coast Wire; Island Post)');
    const json = JSON.parse((await ask('--differences', '--json', '--corpus', corpus)).out) as {
      differences: { kind: string; values: { label: string; citations: { articleId: string }[] }[] }[];
    };
    expect(json.differences.map((d) => [d.kind, d.values.map((v) => [v.label, v.citations.map((c) => c.articleId)])])).toEqual([
      [
        'duration',
        [
          ['roughly six hours', ['bay-herald']],
          ['three-hour', ['coast-wire', 'island-post']],
        ],
      ],
    ]);
    expect((await ask('--differences')).out).toBe(
      'The articles agree: no number, date, place or name is reported differently by two of them.\n',
    );
  });

  it('says "Sources differ" under an answer the articles disagree on', async () => {
    const r = await ask('--corpus', ferryCorpus(), 'How long did the talks last?');
    expect(r.code).toBe(0);
    expect(
      r.out.trimEnd().endsWith('Sources differ on how long: roughly six hours (Bay Herald), three-hour (Coast Wire; Island Post)'),
    ).toBe(true);
  });
});

describe('npm run ask -- --add', () => {
  it('adds a file to the corpus, rebuilds and prints what is new; refuses what is not an article file, in one line', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'storybot-add-'));
    cpSync(FIXTURE_CORPUS, corpus, { recursive: true });
    const file = join(mkdtempSync(join(tmpdir(), 'storybot-upload-')), 'pier.md');
    writeFileSync(
      file,
      '---\ntitle: "Ferry pier plan approved"\nsource: "Estuary Times"\npublished: "2031-04-12"\n---\n\nThe harbour board approved a new ferry pier at the north quay on Saturday, and said the pier would open in the spring of 2032 to serve the island ferries. The pier will cost 12 million euros, to be paid from the sale of the terminal land, the board said.\n',
    );
    const r = await ask('--add', file, '--corpus', corpus);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^Saved as ferry-pier-plan-approved-[0-9a-f]{8} \(ferry-pier-plan-approved-[0-9a-f]{8}\.md in .+\)\.\n\nWhat's new:\n {2}\+ Estuary Times · Ferry pier plan approved · 12 Apr 2031/,
    );
    const again = await ask('--add', file, '--corpus', corpus);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^ask: .*already.*\n$/);
    const bad = await ask('--add', join(corpus, 'missing.md'), '--corpus', corpus);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(`ask: cannot read ${join(corpus, 'missing.md')}\n`);
    const link = await ask('--add', 'file:///etc/passwd', '--corpus', corpus);
    expect(link.code).toBe(1);
    expect(link.err).toMatch(/^ask: .*file:/);
  });
});

describe('npm run reindex', () => {
  it("prints what's new since the previous index: the new article and its facts; nothing when nothing is new", async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'storybot-reindex-'));
    cpSync(FIXTURE_CORPUS, corpus, { recursive: true });
    const own = { ...env, CORPUS_DIR: corpus, CACHE_DIR: mkdtempSync(join(tmpdir(), 'storybot-reindex-cache-')) };
    const reindex = () => cliInProcess(runReindex, own);
    const first = await reindex();
    expect(first.code).toBe(0);
    expect(first.out).not.toContain("What's new");
    writeFileSync(
      join(corpus, '04-pier.md'),
      '---\ntitle: "Ferry pier plan approved"\nsource: "Estuary Times"\npublished: "2031-04-12"\n---\n\nThe harbour board approved a new ferry pier at the north quay on Saturday. The pier will cost 12 million euros, to be paid from the sale of the terminal land.\n',
    );
    const second = await reindex();
    expect(second.code).toBe(0);
    expect(second.out).toContain(
      "\nWhat's new:\n  + Estuary Times · Ferry pier plan approved · 12 Apr 2031 (04-pier)\n\nNew in them:\n  1. ",
    );
    expect(second.out).toContain('— Estuary Times, 12 Apr 2031, sentence ');
    expect((await reindex()).out).not.toContain("What's new");
  });
});

describe('npm start without a token', () => {
  it('opens the console, answers piped lines and exits at end of input', () => {
    const { code, out } = run(
      ['src/main.ts'],
      '/who chaired the harbour board\n/nonsense\n/actor engineer\n/event quay\n/timeline Nobody\n/timeline Brekke\n\n',
    );
    expect(code).toBe(0);
    expect(out).toContain('Who: Ada Lind');
    expect(out).toContain("Tomas Brekke — port's chief engineer");
    expect(out).toContain('Thu 10 Apr 2031');
    expect(out).toContain('Unknown command /nonsense. Type /help for the list.');
    expect(out).toContain('No dated events name "Nobody". Did you mean');
    expect(out).toMatch(/Picture: .*story-bot-timeline\.png/);
  });

  it('says why it cannot start, in one line without the token, and exits 1', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...env, DISCORD_TOKEN: 'secret.token.value', DISCORD_CLIENT_ID: 'nope' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('config: DISCORD_CLIENT_ID must be a Discord id (17 to 20 digits), got "nope"\n');
  });
});
