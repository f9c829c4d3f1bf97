/** The invented fixture story of the presentation and bot tests (test/bot/fixture-corpus), opened once per file. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStory } from '../../src/story/openStory.js';
import type { Story } from '../../src/story/story.js';

/** The folder of the invented three-article story about a harbour board. */
export const FIXTURE_CORPUS = join(import.meta.dirname, '..', 'bot', 'fixture-corpus');

/** Opens the fixture story with a private cache. */
export async function fixtureStory(corpusDir = FIXTURE_CORPUS): Promise<Story> {
  return (await openStory({ corpusDir, cacheDir: mkdtempSync(join(tmpdir(), 'storybot-present-')) })).story;
}
