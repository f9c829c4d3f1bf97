/**
 * The stages after `read` timed again and again on one read (SQuAD dev paragraphs repeated to about N sentences, as
 * `bench --scale`): each stage's CPU, best of R, and a hash of what it made, so a change to one stage can be timed
 * against its base on the same machine and shown to make the same output (the names stage's people and entities, the
 * people's and the timeline's catalogues).
 *
 *   npx tsx scripts/stageRepeat.ts --scale 30000 --rounds 3
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { buildActors } from '../src/actors/buildActors.js';
import { indexStage, namesStage, newDraft, readStage } from '../src/story/stages.js';
import { buildTimeline } from '../src/timeline/timeline.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '30000' },
    rounds: { type: 'string', default: '3' },
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
  },
});
const { articles } = scaleCorpus(values.squad!, Number(values.scale), 0);
const draft = newDraft(articles, 'stage-repeat');
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e3;
};
const time = (name: string, run: () => void) => {
  const c0 = cpu();
  run();
  console.log(`#${name}: cpu ${((cpu() - c0) / 1e3).toFixed(2)} s`);
};
time('read', () => {
  for (const _ of readStage.run(draft));
});
time('names', () => {
  for (const _ of namesStage.run(draft));
});
const nameRuns = draft.nameRuns;
time('index', () => {
  for (const _ of indexStage.run(draft));
});
const story = draft.story!;
const hash = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
for (let r = 0; r < Number(values.rounds); r += 1) {
  let actors: unknown;
  let timeline: unknown;
  time(`people ${r}`, () => {
    actors = buildActors(story, nameRuns);
  });
  time(`timeline ${r}`, () => {
    timeline = buildTimeline(story, draft.dates);
  });
  console.log(`#hash actors ${hash(actors)} timeline ${hash(timeline)}`);
}
// What the names stage made (read last, so that decoding every sentence's entities warms nothing timed above).
console.log(`#hash names ${hash([story.people, story.sentences.map((s) => s.entities)])}`);
