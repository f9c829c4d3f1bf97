import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { oneNumberNouns } from '../../src/answer/nounNumber.js';
import { buildStory } from '../../src/story/buildStory.js';
import { readSnapshot, saveSnapshot } from '../../src/story/snapshot.js';
import { warmTokens } from '../../src/story/warmers.js';

// The real function, watched: which token lists the warm-up reads the nouns of.
vi.mock('../../src/answer/nounNumber.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/answer/nounNumber.js')>();
  return { ...real, oneNumberNouns: vi.fn(real.oneNumberNouns) };
});

const dir = await mkdtemp(join(tmpdir(), 'warm-nouns-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const ARTICLE = {
  id: 'mill',
  title: 'Mill reopens',
  titleGiven: true,
  file: 'mill.md',
  published: '2031-05-06',
  body: 'The old mill at Farrowdale reopened on Friday.\n\nTwo looms were restored and the weavers returned. The owners said the loom room would open to visitors.',
};

describe('the warm-up of a loaded story’s tokens', () => {
  it('makes each sentence’s one-number nouns with its tokens, within its limit only', async () => {
    const path = join(dir, 'mill.snapshot');
    await saveSnapshot(buildStory([ARTICLE], 'h'), path, { fingerprint: 'f' });
    const read = await readSnapshot(path, { hash: 'h', fingerprint: 'f' });
    if ('miss' in read) throw new Error(read.reason);
    const story = read.story;
    const watched = vi.mocked(oneNumberNouns);
    watched.mockClear();
    for (const _ of warmTokens(story, story.sentences.length - 1));
    expect(watched).not.toHaveBeenCalled();
    for (const _ of warmTokens(story));
    const nounsRead = watched.mock.calls.map(([tokens]) => tokens);
    expect(nounsRead).toHaveLength(story.sentences.length);
    story.sentences.forEach((s, i) => expect(nounsRead[i]).toBe(s.tokens));
  });
});
