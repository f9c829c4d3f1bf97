/**
 * The people and timeline stages run one after the other on this thread, and with the people stage on its worker beside
 * the timeline (`PeopleAside`), by turns on one read (SQuAD dev paragraphs repeated to about N sentences, as
 * `bench --scale`), R rounds (the order swapped each round): each way's wall and process CPU (every thread's) for the two
 * stages, with a hash of the catalogue and the timeline made. The worker is started a second before its round, as the
 * build starts it in the names stage (where the second core is idle), and is not timed.
 *
 *   npx tsx scripts/peopleAsideCompare.ts --scale 20000 --rounds 6
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PeopleAside } from '../src/story/peopleAside.js';
import { indexStage, namesStage, newDraft, peopleStage, readStage, timelineStage } from '../src/story/stages.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '6' },
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
  },
});
const { articles } = scaleCorpus(values.squad!, Number(values.scale), 0);
const draft = newDraft(articles, 'people-aside-compare');
for (const _ of readStage.run(draft));
for (const _ of namesStage.run(draft));
draft.peopleAside?.stop();
draft.peopleAside = undefined;
const { nameRuns } = draft;
for (const _ of indexStage.run(draft));
const story = draft.story!;
const { dates } = draft;

const hash = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e3;
};
const rows = new Map<string, { wall: number[]; cpu: number[]; made: Set<string> }>();
for (let r = 0; r < Number(values.rounds); r += 1) {
  for (const way of r % 2 === 0 ? (['serial', 'aside'] as const) : (['aside', 'serial'] as const)) {
    draft.nameRuns = nameRuns;
    draft.dates = dates;
    draft.actors = [];
    story.actors = [];
    if (way === 'aside') {
      draft.peopleAside = PeopleAside.start();
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
    }
    const w0 = performance.now();
    const c0 = cpu();
    for (const _ of peopleStage.run(draft));
    // As the index stage does, in the build between these two.
    story.actors = draft.actors;
    for (const _ of timelineStage.run(draft));
    const row = rows.get(way) ?? { wall: [], cpu: [], made: new Set() };
    row.wall.push(performance.now() - w0);
    row.cpu.push(cpu() - c0);
    row.made.add(`${hash(story.actors)} ${hash(story.timeline)}`);
    rows.set(way, row);
  }
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
for (const [way, { wall, cpu: used, made }] of rows)
  console.log(
    `${way.padEnd(7)} people+timeline wall first ${wall[0]!.toFixed(0)}, best ${Math.min(...wall).toFixed(0)}, median ${median(wall).toFixed(0)} ms; ` +
      `CPU first ${used[0]!.toFixed(0)}, median ${median(used).toFixed(0)} ms; made ${[...made].join(' / ')}`,
  );
