import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cacheDir = mkdtempSync(join(tmpdir(), 'storybot-cli-'));
const env = { ...process.env, CACHE_DIR: cacheDir, DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' };

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { input, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run ask', () => {
  it('answers JSON lines in order, echoing ids, with one error line per bad request', () => {
    const input = [
      JSON.stringify({ id: 'a', command: 'who', query: 'led the Ukrainian delegation' }),
      JSON.stringify({ id: 'b', command: 'ask', query: '   ' }),
      'not json',
      JSON.stringify({ id: 'c', command: 'when', query: 'Zelenskyy nightly address' }),
    ].join('\n');
    const { code, out } = run(['src/cli/ask.ts', '--jsonl', '--limit', '2'], input);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['id'] ?? null)).toEqual(['a', 'b', null, 'c']);
    expect(lines[0]).toMatchObject({ command: 'who', answer: { text: 'Rustem Umerov', type: 'PERSON' } });
    expect((lines[0]!['excerpts'] as unknown[]).length).toBe(2);
    expect(lines[1]).toEqual({ id: 'b', error: 'Please type a question, for example "who led the delegation?"' });
    expect(lines[2]).toEqual({ error: 'line is not valid JSON' });
    expect(lines[3]).toMatchObject({ answer: { text: 'Saturday' } });
  });

  it('rejects a bad option with the usage', () => {
    const { code, err } = run(['src/cli/ask.ts', '--command', 'why', 'x']);
    expect(code).toBe(2);
    expect(err).toContain('ask: --command must be one of who, when, where, ask, got "why"');
  });
});

describe('npm run ask -- --actors / --timeline', () => {
  it('prints the people and the events as JSON', () => {
    const actors = JSON.parse(run(['src/cli/ask.ts', '--actors', '--json']).out) as { actors: { name: string; aliases: string[]; roles: unknown[]; articles: string[]; mentions: number }[] };
    const rubio = actors.actors.find((a) => a.name === 'Marco Rubio')!;
    expect(Object.keys(rubio)).toEqual(['name', 'aliases', 'roles', 'articles', 'mentions']);
    expect(rubio.aliases).toContain('Rubio');
    const timeline = JSON.parse(run(['src/cli/ask.ts', '--timeline', '--json']).out) as { events: { date: string; precision: string; dateText: string }[] };
    expect(timeline.events.some((e) => e.date === '2025-11-28' && e.precision === 'day')).toBe(true);
    const dates = timeline.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('npm start without a token', () => {
  it('opens the console, answers piped lines and exits at end of input', () => {
    const { code, out } = run(['src/main.ts'], '/who led the delegation\n/nonsense\n/actor kreml\n/event resignation\n\n');
    expect(code).toBe(0);
    expect(out).toContain('Dmitry Peskov — Kremlin spokesman');
    expect(out).toContain('Fri 28 Nov 2025');
    expect(out).toContain('Answer: Rustem Umerov');
    expect(out).toContain('Unknown command /nonsense. Type /help for the list.');
  });
});
