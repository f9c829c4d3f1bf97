/**
 * The read stage alone on SQuAD dev paragraphs repeated to about N sentences (as `bench --scale`), for a CPU
 * profile of what a reading thread spends per sentence (wink's readDoc, our passes over its tokens, packing):
 *
 *   node --cpu-prof --cpu-prof-dir=DIR --import tsx scripts/readProf.ts 30000 [two|hash]
 *
 * `two` reads on two threads as a build does (each thread writes its own profile); otherwise on this one.
 * `hash` also prints a hash of everything read (sentences, tokens, entities, name runs, dates), so a change to the
 * read stage's code can be shown to read the same on a corpus far larger than the bundled story.
 */
import { createHash } from 'node:crypto';
import { readArticles } from '../src/story/readArticles.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';

const n = Number(process.argv[2] ?? 10000);
const two = process.argv[3] === 'two';
const hash = process.argv[3] === 'hash' ? createHash('sha256') : undefined;
const { articles } = scaleCorpus(DEFAULT_SQUAD_PATH, n, 0);
let sentences = 0;
const c0 = process.cpuUsage();
const count = (r: { sentences: readonly unknown[] }) => {
  sentences += r.sentences.length;
  hash?.update(JSON.stringify(r));
};
for (const _ of readArticles(articles, count, two ? {} : { parallelFrom: Number.POSITIVE_INFINITY }));
const c = process.cpuUsage(c0);
console.log(
  `read ${sentences} sentences on ${two ? 'two threads' : 'one thread'}: process CPU ${((c.user + c.system) / 1e6).toFixed(2)} s${hash ? `, hash ${hash.digest('hex').slice(0, 16)}` : ''}`,
);
