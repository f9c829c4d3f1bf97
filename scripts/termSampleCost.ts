/**
 * What reading a term's written forms costs on a loaded story, cold: for the name-like words of `--questions` SQuAD
 * questions that the story uses (those typo mending reads: five letters or more, not in capitals, no English word), a
 * sample of 24 sentences holding each, taken the way typos.ts takes it (`sentencesHolding`) or, with `--search`, by a
 * 24-hit BM25 search (how it was taken before). Run each way in its own process: the first decodes the lists.
 *
 *   npx tsx scripts/termSampleCost.ts [--snapshot /tmp/replay-100k.snapshot] [--scale 100000] [--search]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isEnglishWord } from '../src/answer/typos.js';
import { searchSentences } from '../src/search/sentenceIndex.js';
import { foldWord, termOf } from '../src/search/terms.js';
import { sentencesHolding } from '../src/search/termSample.js';
import { readSnapshot } from '../src/story/snapshot.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';

const { values } = parseArgs({
  options: {
    snapshot: { type: 'string', default: '/tmp/replay-100k.snapshot' },
    scale: { type: 'string', default: '100000' },
    questions: { type: 'string', default: '2000' },
    search: { type: 'boolean', default: false },
  },
});
const SAMPLE = 24;
const lead = readFileSync(values.snapshot).subarray(0, 64 * 1024);
const { fingerprint } = JSON.parse(lead.subarray(16, 16 + lead.readUInt32LE(12)).toString('utf8')) as { fingerprint: string };
const read = await readSnapshot(values.snapshot, { hash: `squad-${values.scale}`, fingerprint });
if ('miss' in read) throw new Error(`termSampleCost: snapshot ${values.snapshot} did not load (${read.miss}: ${read.reason})`);
const { story } = read;
const terms = new Set<string>();
for (const q of scaleCorpus(DEFAULT_SQUAD_PATH, Number(values.scale), Number(values.questions)).questions)
  for (const word of q.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []) {
    const folded = foldWord(word);
    const term = termOf(word);
    if (term && folded.length >= 5 && !/^\p{Lu}+$/u.test(word) && !isEnglishWord(folded) && story.documentFrequency.has(term))
      terms.add(term);
  }
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let sentences = 0;
for (const term of terms)
  sentences += values.search
    ? searchSentences(story.index, [term], { limit: SAMPLE }).length
    : sentencesHolding(story.index, term, SAMPLE).length;
const cpu = process.cpuUsage(cpu0);
console.log(
  `${values.search ? 'search' : 'sentencesHolding'}: ${terms.size} terms, ${sentences} sentences; ` +
    `${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`,
);
