/**
 * Our own work in the read stage timed apart from wink-nlp's: SQuAD dev paragraphs repeated to about N sentences
 * (as `bench --scale`) are read by wink once, then each of our passes is run again and again on what wink read —
 * splitting its sentences into ours, `readWink` (its items into arrays), `tagReading` (tokens, entities, name runs)
 * and, of the latter, `readAmounts` and `findNameRuns` alone — and `datesOf`: best CPU of R rounds each, with a hash of what each made, so a change to one pass can be timed
 * against its base on a loaded machine and shown to make the same output.
 *
 *   npx tsx scripts/readStageParts.ts --scale 20000 --rounds 5
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { readAmounts } from '../src/nlp/amounts.js';
import { readWink, sliceReading, type TaggedSentence, tagReading, type WinkReading } from '../src/nlp/entities.js';
import { findNameRuns } from '../src/nlp/nameRuns.js';
import { readParagraphs } from '../src/nlp/splitSentences.js';
import { readAlone } from '../src/nlp/wink.js';
import { datesOf } from '../src/timeline/timeline.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '5' },
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
  },
});
const rounds = Number(values.rounds);
const { articles } = scaleCorpus(values.squad!, Number(values.scale), 0);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e3;
};
const hashOf = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
/** Runs `pass` R times; prints its best CPU and the hash of what the last run made. */
function time<T>(name: string, pass: () => T): T {
  let best = Number.POSITIVE_INFINITY;
  let made: T | undefined;
  for (let r = 0; r < rounds; r += 1) {
    const c0 = cpu();
    made = pass();
    best = Math.min(best, cpu() - c0);
  }
  console.log(`#${name}: best cpu ${best.toFixed(0)} ms of ${rounds}, hash ${hashOf(made)}`);
  return made!;
}

const paragraphs = articles.map((a) => readAlone(() => readParagraphs(a.id, a.body)));
time('split (readParagraphs, wink included)', () => articles.map((a) => readAlone(() => readParagraphs(a.id, a.body)).length));
const readings = time('readWink', () => paragraphs.map((ps) => ps.map((p) => readWink(p.doc))));
const sentences: { text: string; reading: WinkReading; published: string | undefined }[] = [];
paragraphs.forEach((ps, a) =>
  ps.forEach((p, k) =>
    p.sentences.forEach((s, i) => {
      const [from, to] = p.tokens[i]!;
      sentences.push({ text: s.text, reading: sliceReading(readings[a]![k]!, from, to), published: articles[a]!.published });
    }),
  ),
);
console.log(`${sentences.length} sentences`);
const tagged: TaggedSentence[] = time('tagReading', () => sentences.map((s) => tagReading(s.text, s.reading)));
time('datesOf', () => sentences.map((s, i) => datesOf({ text: s.text, ...tagged[i]! }, s.published)));
time('  readAmounts', () => sentences.map((s) => readAmounts(s.text)));
time('  findNameRuns', () => sentences.map((s, i) => findNameRuns(s.text, tagged[i]!.tokens, tagged[i]!.entities)));
