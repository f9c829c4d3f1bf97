/**
 * Scores the engine on the whole development kit: story-dev (../shared/eval/story-dev.jsonl on the
 * bundled corpus/) and every ../shared/eval/stories/storyX/ with its storyX-gold.jsonl, both modes, in
 * one table with the macro mean over the stories (figures as in scripts/storyEval.ts).
 *
 * Then the brief's coverage of the gold questions (scripts/evalBrief.ts), and with `--actors` the people
 * catalogue and timeline table (scripts/evalActors.ts).
 *
 * `--dump FILE.jsonl` writes one line per question and mode of every set but the held-out ones, in eval:refusal's
 * dump format (scripts/coverageRow.ts) with the set, the gold id, whether the question is uncovered, whether the
 * answer shown is right (`right`) and whether the short answer found, shown or withheld, is (`shortRight`): a refusal
 * rule studied on eval:refusal's rows can be replayed on the news stories without reading a held-out story.
 *
 *   npm run eval:kit -- [--shared ../shared/eval] [--verbose] [--held-out storyF,…] [--actors] [--dump FILE.jsonl]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnswerTrace } from '../src/answer/answerQuestion.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import { briefCoverage } from './evalBrief.js';
import { addReliability, formatReliability, reliability } from './reliability.js';
import { coverageRow } from './coverageRow.js';
import { answerIsRight, type GoldItem, readGold, refusedBy, scoreMode, type ModeScore, textIsRight } from './storyEval.js';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared/eval' },
    verbose: { type: 'boolean', default: false },
    actors: { type: 'boolean', default: false },
    // Sets whose misses --verbose never prints nor --dump writes: a held-out story is looked at through its summary line only.
    'held-out': { type: 'string', default: 'storyF' },
    dump: { type: 'string' },
  },
});
const shared = values.shared;
const heldOut = new Set(values['held-out'].split(',').filter(Boolean));
const devGold = join(shared, 'story-dev.jsonl');
const storiesDir = join(shared, 'stories');
if (!existsSync(devGold) || !existsSync(storiesDir)) {
  console.error(`evalKit: the development kit is missing (${devGold}, ${storiesDir}); pass --shared DIR`);
  process.exit(2);
}

const sets: { name: string; corpus: string; gold: string }[] = [{ name: 'story-dev', corpus: 'corpus', gold: devGold }];
for (const entry of readdirSync(storiesDir).sort()) {
  const gold = join(storiesDir, `${entry}-gold.jsonl`);
  if (existsSync(gold) && existsSync(join(storiesDir, entry))) sets.push({ name: entry, corpus: join(storiesDir, entry), gold });
}

const f = (x: number) => x.toFixed(3);
const rows: { name: string; s: ModeScore }[] = [];
const dumped: string[] = [];
for (const set of sets) {
  const items = readGold(set.gold);
  const { articles } = await loadCorpus(set.corpus);
  const story = buildStory(articles, corpusHash(articles));
  for (const mode of ['command', 'question'] as const) {
    const dump =
      values.dump && !heldOut.has(set.name)
        ? (item: GoldItem, trace: AnswerTrace) =>
            dumped.push(
              JSON.stringify({
                set: set.name,
                mode,
                id: item.id,
                uncovered: item.uncovered ?? false,
                question: mode === 'command' ? `/${item.command} ${item.query}` : item.question,
                covered: trace.answer.covered,
                found: trace.short?.text ?? '',
                right: answerIsRight(item, trace.answer),
                shortRight: textIsRight(item, trace.short?.text ?? ''),
                refusedBy: trace.answer.covered ? null : refusedBy(trace),
                ...coverageRow(story, trace),
              }),
            )
        : undefined;
    const s = scoreMode(story, items, mode, dump);
    if (values.verbose && !heldOut.has(set.name)) for (const m of s.misses) console.log(`${set.name} ${m}`);
    rows.push({ name: set.name, s });
  }
}

if (values.dump) writeFileSync(values.dump, dumped.length > 0 ? `${dumped.join('\n')}\n` : '');

const header = 'story       mode       n   hit@1  hit@3  answer  not-cov  refused  ≥0.8 n  ≥0.8 wrong';
console.log(header);
const line = (name: string, mode: string, n: string, v: number[], conf: string, wrong: string) =>
  `${name.padEnd(11)} ${mode.padEnd(8)} ${n.padStart(3)}   ${v.map(f).join('  ')}   ${conf.padStart(6)}  ${wrong.padStart(9)}`;
for (const { name, s } of rows) {
  console.log(
    line(
      name,
      s.mode,
      String(s.n),
      [s.hit1, s.hit3, s.answer, s.notCovered, s.nUncovered ? s.refused : 0],
      String(s.confident),
      s.confident ? f(s.confidentWrong / s.confident) : '-',
    ),
  );
}
for (const mode of ['command', 'question'] as const) {
  const of = rows.filter((r) => r.s.mode === mode).map((r) => r.s);
  const mean = (pick: (s: ModeScore) => number, among = of) => among.reduce((a, s) => a + pick(s), 0) / (among.length || 1);
  const withUncovered = of.filter((s) => s.nUncovered > 0);
  const confident = of.reduce((a, s) => a + s.confident, 0);
  const wrong = of.reduce((a, s) => a + s.confidentWrong, 0);
  console.log(
    line(
      'macro mean',
      mode,
      '',
      [mean((s) => s.hit1), mean((s) => s.hit3), mean((s) => s.answer), mean((s) => s.notCovered), mean((s) => s.refused, withUncovered)],
      String(confident),
      confident ? f(wrong / confident) : '-',
    ),
  );
}

// The reliability table over the whole kit: short answers shown per confidence band and the share right.
console.log('\nmode       band           n  share right (every story above)');
for (const mode of ['command', 'question'] as const) {
  const kit = reliability();
  for (const r of rows) if (r.s.mode === mode) addReliability(kit, r.s.bands);
  for (const row of formatReliability(kit, mode)) console.log(row);
}

console.log(`\n${(await briefCoverage(shared)).table}`);

if (values.actors) {
  console.log('');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/evalActors.ts', '--stories', storiesDir], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
