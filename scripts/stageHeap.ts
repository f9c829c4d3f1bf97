/**
 * The build's heap and CPU by stage at a scale (SQuAD dev paragraphs repeated, as `bench --scale`): for each
 * stage, its process CPU, the heap in use at its end and, with `--gc`, the live heap after a full collection.
 * With `--trace` (V8's --trace-gc) it prints each stage's collections between the `#stage` lines.
 *
 *   npx tsx scripts/stageHeap.ts --scale 300000 [--gc] [--trace]
 */
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildStory } from '../src/story/buildStory.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '300000' },
    gc: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
  },
});
v8.setFlagsFromString('--expose_gc');
if (values.trace) v8.setFlagsFromString('--trace-gc');
const gc = vm.runInNewContext('gc') as () => void;
const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
const { articles } = scaleCorpus(values.squad!, Number(values.scale), 0);
gc();
let cpu = process.cpuUsage();
let wall = performance.now();
let peak = 0;
const story = buildStory(articles, 'stage-heap', (p) => {
  peak = Math.max(peak, v8.getHeapStatistics().used_heap_size);
  if (p.done !== p.total) return;
  const used = v8.getHeapStatistics().used_heap_size;
  const c = process.cpuUsage(cpu);
  let live = '';
  if (values.gc) {
    gc();
    live = `, live ${mb(v8.getHeapStatistics().used_heap_size)}`;
  }
  console.log(
    `#stage ${p.stage}: cpu ${((c.user + c.system) / 1e6).toFixed(1)} s, wall ${((performance.now() - wall) / 1e3).toFixed(1)} s, heap at end ${mb(used)}, peak at steps ${mb(peak)}${live}`,
  );
  peak = 0;
  cpu = process.cpuUsage();
  wall = performance.now();
});
console.log(`#sentences ${story.sentences.length}, timeline ${story.timeline.length}, actors ${story.actors.length}`);
