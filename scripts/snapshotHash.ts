/**
 * The sha256 of a story's snapshot built from a corpus folder with a fixed fingerprint: two builds of one corpus by two
 * versions of the code give the same hash when the build's output did not change.
 *
 *   npx tsx scripts/snapshotHash.ts [corpus] [--scale N]   (--scale: SQuAD dev paragraphs repeated, as `bench --scale`)
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import { saveSnapshot } from '../src/story/snapshot.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { scale: { type: 'string' } } });
const articles = values.scale
  ? scaleCorpus(DEFAULT_SQUAD_PATH, Number(values.scale), 0).articles
  : (await loadCorpus(positionals[0] ?? 'corpus')).articles;
const story = buildStory(articles, corpusHash(articles));
const dir = await mkdtemp(join(tmpdir(), 'snapshot-hash-'));
const path = join(dir, 'story.bin');
await saveSnapshot(story, path, { fingerprint: 'fixed' });
console.log(
  `${story.sentences.length} sentences, snapshot sha256 ${createHash('sha256')
    .update(await readFile(path))
    .digest('hex')}`,
);
await rm(dir, { recursive: true });
