/**
 * The read stage alone on SQuAD dev paragraphs repeated to about N sentences (as `bench --scale`), for a CPU
 * profile of what a reading thread spends per sentence (wink's readDoc, our passes over its tokens, packing):
 *
 *   node --cpu-prof --cpu-prof-dir=DIR --import tsx scripts/readProf.ts 30000 [two]
 *
 * `two` reads on two threads as a build does (each thread writes its own profile); otherwise on this one.
 */
import { readArticles } from '../src/story/readArticles.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';

const n = Number(process.argv[2] ?? 10000);
const two = process.argv[3] === 'two';
const { articles } = scaleCorpus(DEFAULT_SQUAD_PATH, n, 0);
let sentences = 0;
const c0 = process.cpuUsage();
const count = (r: { sentences: readonly unknown[] }) => {
  sentences += r.sentences.length;
};
for (const _ of readArticles(articles, count, two ? {} : { parallelFrom: Number.POSITIVE_INFINITY }));
const c = process.cpuUsage(c0);
console.log(
  `read ${sentences} sentences on ${two ? 'two threads' : 'one thread'}: process CPU ${((c.user + c.system) / 1e6).toFixed(2)} s`,
);
