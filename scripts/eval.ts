/**
 * Scores the engine on a question set shaped like ../shared/eval/story-dev.jsonl (see scripts/storyEval.ts
 * for the figures): for `command` + `query` and for the natural `question` asked as a free question,
 * hit@1, hit@3, answer, answerable-but-not-covered, uncovered questions refused, and a confidence
 * reliability table. `--verbose` lists the misses.
 *
 *   npm run eval -- ../shared/eval/story-dev.jsonl [--corpus corpus] [--verbose]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import { formatBands, formatMode, readGold, scoreMode } from './storyEval.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { corpus: { type: 'string', default: 'corpus' }, verbose: { type: 'boolean', default: false } },
});
const file = positionals[0] ?? '../shared/eval/story-dev.jsonl';
if (!existsSync(file)) {
  console.error(`eval: ${file} not found (the development kit lives in ../shared/eval; pass a gold JSONL file)`);
  process.exit(2);
}
const items = readGold(file);
const { articles } = await loadCorpus(values.corpus);
const story = buildStory(articles, corpusHash(articles));

for (const mode of ['command', 'question'] as const) {
  const s = scoreMode(story, items, mode);
  if (values.verbose) for (const m of s.misses) console.log(m);
  console.log(formatMode(s));
  console.log(formatBands(s));
}
