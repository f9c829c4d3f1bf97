import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shardExecArgv } from '../../src/shards/shardManager.js';
import { NATIVE_REGEXP_FLAG } from '../../src/threads/nativeRegExps.js';

/** A child process's V8 tier trace of one expression matched twice. */
function tierTrace(flags: string[]): string {
  const script = "const r = /Tolly\\s+mill|Orsk\\s+harbour/i; r.test('the Orsk harbour board'); r.test('the Tolly mill');";
  return execFileSync(process.execPath, [...flags, '--trace-regexp-tier-up', '-e', script], { encoding: 'utf8' });
}

describe('NATIVE_REGEXP_FLAG', () => {
  it('makes V8 compile an expression to machine code at its first match, with no bytecode first', () => {
    expect(tierTrace([])).toMatch(/bytecode size/);
    const native = tierTrace([NATIVE_REGEXP_FLAG]);
    expect(native).not.toMatch(/bytecode size/);
    expect(native).toMatch(/native code size/);
  });

  it('is on the command line of every script that answers questions, and of each shard', () => {
    const scripts = (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    for (const name of ['start', 'ask', 'bench', 'bench:100k', 'bench:1m'])
      expect(scripts[name]).toMatch(new RegExp(`^node ${NATIVE_REGEXP_FLAG} src/threads/runBundled\\.mjs `));
    expect(shardExecArgv()[0]).toBe(NATIVE_REGEXP_FLAG);
  });
});
