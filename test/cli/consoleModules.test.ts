import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';

const preload = join(import.meta.dirname, 'listLoadedModules.ts');
const env = {
  ...process.env,
  CACHE_DIR: mkdtempSync(join(tmpdir(), 'storybot-mods-')),
  CORPUS_DIR: FIXTURE_CORPUS,
  DISCORD_TOKEN: '',
  DISCORD_CLIENT_ID: '',
};

function loadedModules(args: string[], input: string): { modules: string[]; out: string; code: number | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', preload, ...args], {
    input,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith('loaded-modules '));
  if (!line) throw new Error(`no module list:\n${r.stderr}`);
  return { modules: JSON.parse(line.slice('loaded-modules '.length)) as string[], out: r.stdout, code: r.status };
}

const discordModules = (modules: string[]) => modules.filter((m) => /node_modules\/(discord\.js|@discordjs)\//.test(m));

describe('console mode', () => {
  it('loads no discord.js module, even after answering and showing help', () => {
    const { modules, out, code } = loadedModules(['src/main.ts'], '/who chaired the harbour board\n/help\n/actor Lind\n');
    expect(code).toBe(0);
    expect(out).toContain('Who: Ada Lind');
    expect(modules.length).toBeGreaterThan(0);
    expect(discordModules(modules)).toEqual([]);
  });

  it('would see discord.js if anything loaded it (the check itself works)', () => {
    const { modules } = loadedModules(['-e', "import('discord.js')"], '');
    expect(discordModules(modules).length).toBeGreaterThan(10);
  });
});
