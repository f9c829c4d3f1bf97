import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FRONT_MATTER_LIMITS, splitFrontMatter } from '../../src/corpus/frontMatter.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';

/** "Billion laughs": each level aliases the one before nine times, 9^8 strings once expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]'];
  for (let level = 1; level < 9; level += 1) {
    const name = String.fromCharCode(97 + level);
    const previous = `*${String.fromCharCode(96 + level)}`;
    lines.push(`${name}: &${name} [${Array(9).fill(previous).join(', ')}]`);
  }
  return `---\ntitle: Harmless\n${lines.join('\n')}\n---\n\nThe body is fine.\n`;
}

describe('front matter limits', () => {
  it('an alias bomb is refused quickly, with its reason', () => {
    const started = performance.now();
    expect(splitFrontMatter(aliasBomb())).toEqual({
      kind: 'error',
      reason: `front matter uses YAML aliases more than ${FRONT_MATTER_LIMITS.aliases} times`,
    });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('a few ordinary aliases are fine', () => {
    const split = splitFrontMatter('---\nauthor: &who Ana Pell\neditor: *who\n---\n\nBody.\n');
    expect(split).toMatchObject({ kind: 'ok', data: { author: 'Ana Pell', editor: 'Ana Pell' } });
  });

  it('nesting deeper than the limit is refused', () => {
    const deep = `${'['.repeat(FRONT_MATTER_LIMITS.depth + 1)}1${']'.repeat(FRONT_MATTER_LIMITS.depth + 1)}`;
    expect(splitFrontMatter(`---\nx: ${deep}\n---\n\nBody.\n`)).toEqual({
      kind: 'error',
      reason: `front matter is nested deeper than ${FRONT_MATTER_LIMITS.depth} levels`,
    });
    const fine = `${'['.repeat(FRONT_MATTER_LIMITS.depth - 1)}1${']'.repeat(FRONT_MATTER_LIMITS.depth - 1)}`;
    expect(splitFrontMatter(`---\nx: ${fine}\n---\n\nBody.\n`).kind).toBe('ok');
  });

  it('front matter over the size limit is refused before it is parsed', () => {
    const big = `---\nnote: "${'x'.repeat(FRONT_MATTER_LIMITS.bytes)}"\n---\n\nBody.\n`;
    expect(splitFrontMatter(big)).toEqual({ kind: 'error', reason: 'front matter is larger than 64 KB' });
  });
});

describe('a corpus with an alias bomb', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storybot-yaml-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('skips that file by name and loads the rest', async () => {
    await writeFile(join(dir, 'bomb.md'), aliasBomb());
    await writeFile(join(dir, 'ferry.md'), '---\ntitle: Ferry times\n---\n\nThe ferry to Harrow Point now leaves at dawn.\n');
    const { articles, skipped } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['ferry']);
    expect(skipped).toEqual([{ file: 'bomb.md', reason: `front matter uses YAML aliases more than ${FRONT_MATTER_LIMITS.aliases} times` }]);
  });
});
