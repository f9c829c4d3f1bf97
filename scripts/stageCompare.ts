/**
 * The passes after the read timed against another checkout's code in one process: SQuAD dev paragraphs repeated to
 * about N sentences (as `bench --scale`) are read once by this tree, then `resolveNames`, giving every sentence's
 * entities to an `EntityStore`, the index's postings (`PostingBuilder`: every sentence added as the read stage adds
 * them, then the table made), `buildActors` and `buildTimeline` of this tree and of the other run by turns, R rounds
 * (the order swapped each round): each one's first, best and median CPU, with a hash of what it made. On a shared
 * machine the two codes then meet the same load, which separate runs of `stageRepeat` do not.
 *
 *   npx tsx scripts/stageCompare.ts --base /tmp/base-checkout --scale 20000 --rounds 8
 *
 * (`--base`: a checkout of the other code, e.g. `git archive <commit> | tar -x -C DIR`, with a `node_modules` link.)
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as thisActors from '../src/actors/buildActors.js';
import * as thisNames from '../src/nlp/names.js';
import * as thisPostings from '../src/search/postingBuilder.js';
import type { PostingTable } from '../src/search/postingTable.js';
import * as thisStore from '../src/story/entityStore.js';
import { indexAdder, indexStage, namesStage, newDraft, readStage } from '../src/story/stages.js';
import * as thisTimeline from '../src/timeline/timeline.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    scale: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '6' },
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
  },
});
if (!values.base) throw new Error('stageCompare: --base DIR (a checkout of the code to compare with) is required');
const other = (path: string) => import(pathToFileURL(resolve(values.base!, 'src', path)).href);
type Passes = {
  actors: typeof thisActors;
  names: typeof thisNames;
  postings: typeof thisPostings;
  store: typeof thisStore;
  timeline: typeof thisTimeline;
};
const versions: Record<'base' | 'this', Passes> = {
  this: { actors: thisActors, names: thisNames, postings: thisPostings, store: thisStore, timeline: thisTimeline },
  base: {
    actors: await other('actors/buildActors.ts'),
    names: await other('nlp/names.ts'),
    postings: await other('search/postingBuilder.ts'),
    store: await other('story/entityStore.ts'),
    timeline: await other('timeline/timeline.ts'),
  },
};

const { articles } = scaleCorpus(values.squad!, Number(values.scale), 0);
const draft = newDraft(articles, 'stage-compare');
for (const _ of readStage.run(draft));
const runs = draft.tagged.map((t) => t.names);
const articleOf = draft.sentences.map((s) => s.articleId);
const texts = draft.sentences.map((s) => s.text);
for (const _ of namesStage.run(draft));
const { nameRuns, dates } = draft;
const entities = draft.sentences.map((s) => s.entities);
for (const _ of indexStage.run(draft));
const story = draft.story!;

const hash = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
/** A hash of a posting table and its text field's document counts: every field's lengths and every term's postings. */
function tableHash({ table, frequency }: { table: PostingTable; frequency: Map<string, number> }): string {
  const h = createHash('sha256').update(JSON.stringify([table.documentCount, table.terms, [...frequency]]));
  h.update(new Uint8Array(table.ids.buffer, table.ids.byteOffset, table.ids.byteLength));
  for (const f of table.fields) {
    h.update(`${f.avgLength}`).update(new Uint8Array(f.length.buffer, f.length.byteOffset, f.length.byteLength));
    table.terms.forEach((_, t) => {
      const { docs, tfs, from, to } = f.list(t);
      h.update(docs.subarray(from, to)).update(tfs.subarray(from, to));
    });
  }
  return h.digest('hex').slice(0, 16);
}
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e3;
};
const times = new Map<string, number[]>();
const hashes = new Map<string, Set<string>>();
function time<T>(name: string, pass: () => T, digest: (made: T) => string = hash): void {
  const c0 = cpu();
  const made = pass();
  const list = times.get(name) ?? [];
  list.push(cpu() - c0);
  times.set(name, list);
  const seen = hashes.get(name) ?? new Set();
  seen.add(made === undefined ? '-' : digest(made));
  hashes.set(name, seen);
}
for (let r = 0; r < Number(values.rounds); r += 1) {
  for (const v of r % 2 === 0 ? (['base', 'this'] as const) : (['this', 'base'] as const)) {
    const { actors, names, postings, store, timeline } = versions[v];
    time(`${v} names`, () => names.resolveNames(runs, articleOf, texts));
    time(`${v} entities`, () => {
      const given = new store.EntityStore();
      draft.sentences.forEach((s, i) => given.give({ id: s.id, text: s.text }, entities[i]!));
    });
    time(
      `${v} index`,
      () => {
        const builder = new postings.PostingBuilder({ field: 'context', of: 'text' });
        const add = indexAdder({ articles, postings: { builder, added: 0 } });
        for (const s of draft.sentences) add(s);
        return { table: builder.finish(), frequency: builder.documentFrequency('text') };
      },
      tableHash,
    );
    time(`${v} people`, () => actors.buildActors(story, nameRuns));
    time(`${v} timeline`, () => timeline.buildTimeline(story, dates));
  }
}
for (const [name, list] of [...times].sort()) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(
    `${name.padEnd(14)} CPU first ${list[0]!.toFixed(0)}, best ${sorted[0]!.toFixed(0)}, median ${sorted[sorted.length >> 1]!.toFixed(0)} ms; made ${[...hashes.get(name)!].join(' ')}`,
  );
}
