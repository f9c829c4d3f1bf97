import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory, buildStoryYielding, type BuildProgress } from '../../src/story/buildStory.js';
import { storyActors, storyTimeline } from '../../src/story/catalogues.js';
import { fingerprintOf } from '../../src/story/fingerprint.js';
import { openStory } from '../../src/story/openStory.js';
import { buildTimeline } from '../../src/timeline/timeline.js';
import {
  indexStage,
  namesStage,
  newDraft,
  peopleStage,
  readStage,
  STAGE_NAMES,
  STAGES,
  timelineStage,
  type Stage,
  type Draft,
} from '../../src/story/stages.js';

/** An invented two-article story: a harbour, its master, a storm and a pier. */
const ARTICLES: Article[] = [
  {
    id: 'pier',
    title: 'Storm closes the Keld Bay pier',
    titleGiven: true,
    published: '2031-04-14',
    file: 'pier.md',
    body: 'Harbour master Elin Varga said on Monday that the ferry to Harrow Point would run again.\n\nThe storm damaged the pier at Keld Bay last week. Varga said repairs will cost 40,000 crowns.\n',
  },
  {
    id: 'repairs',
    title: 'Repairs begin at Keld Bay',
    titleGiven: true,
    published: '2031-04-16',
    file: 'repairs.md',
    body: 'Elin Varga, the harbour master, met engineers on Tuesday.\n\nThe new pier opens in May 2031, Varga said.\n',
  },
];

function run(stage: Stage, draft: Draft): BuildProgress[] {
  return [...stage.run(draft)];
}

describe('the build pipeline', () => {
  it('runs its named stages in order, each testable alone on the draft before it', () => {
    expect(STAGES.map((s) => s.name)).toEqual(STAGE_NAMES.filter((n) => n !== 'load'));
    const draft = newDraft(ARTICLES, 'h');
    expect(run(readStage, draft).at(-1)).toEqual({ stage: 'read', done: 2, total: 2 });
    expect(draft.sentences.map((s) => `${s.articleId}:${s.index}`)).toEqual(['pier:1', 'pier:2', 'pier:3', 'repairs:1', 'repairs:2']);
    expect(draft.sentences[0]!.tokens.map((t) => t.text).slice(0, 3)).toEqual(['Harbour', 'master', 'Elin']);
    expect(draft.sentences.every((s) => s.entities.length === 0)).toBe(true);
    expect(draft.tagged).toHaveLength(5);
    // The sentences are in the index's postings as they are read; the index stage only makes the index.
    expect(draft.postings.added).toBe(5);
    const placeOnly = draft.sentences.findIndex((s) => s.text.startsWith('The storm damaged'));
    expect(draft.tagged[placeOnly]!.names.map((r) => r.text)).toContain('Keld Bay');
    // Each sentence's dates are resolved as it is read, against its article's published date.
    expect(draft.dates).toHaveLength(5);
    expect(draft.dates[0]!.map((d) => [d.text, d.date])).toEqual([['Monday', '2031-04-14']]);
    expect(draft.dates[3]!.map((d) => [d.text, d.date])).toEqual([['Tuesday', '2031-04-15']]);
    // As each article is handed on: its content hash, and its sentences' lower-case words counted for the names stage.
    expect(draft.contentHashes).toEqual(ARTICLES.map((a) => corpusHash([a])));
    expect([draft.lowerCase.uses('pier'), draft.lowerCase.uses('harbour'), draft.lowerCase.uses('keld')]).toEqual([2, 1, 0]);

    run(namesStage, draft);
    expect(draft.tagged).toEqual([]);
    // Name runs are kept for the people stage only in sentences that name a person.
    expect(draft.nameRuns[placeOnly]).toEqual([]);
    expect(draft.nameRuns[0]!.map((r) => r.text)).toContain('Elin Varga');
    expect(draft.people.map((p) => p.name)).toContain('Elin Varga');
    expect(draft.sentences[3]!.entities.some((e) => e.type === 'PERSON' && e.text === 'Elin Varga')).toBe(true);

    expect(() => run(peopleStage, draft)).toThrow(/^buildStory: the people stage needs the index stage before it/);
    run(indexStage, draft);
    const story = draft.story!;
    expect(story.index.documentCount).toBe(5);
    expect(story.articles.map((a) => a.contentHash)).toEqual(draft.contentHashes);
    expect(story.actors).toEqual([]);

    run(peopleStage, draft);
    expect(story.actors.map((a) => a.name)).toContain('Elin Varga');
    // The name runs read with the sentences are handed on once and let go.
    expect(draft.nameRuns).toEqual([]);
    run(timelineStage, draft);
    expect(story.timeline.length).toBeGreaterThan(0);
    expect(draft.dates).toEqual([]);
    // The timeline placed from the dates read with the sentences is the one read from the story alone.
    expect(story.timeline).toEqual(buildTimeline(story));
  });

  it('keeps the people catalogue and the timeline in the story, so reading them builds nothing', () => {
    const story = buildStory(ARTICLES, 'h');
    expect(storyActors(story)).toBe(story.actors);
    expect(storyTimeline(story)).toBe(story.timeline);
    expect(story.actors.find((a) => a.name === 'Elin Varga')?.articles).toEqual(['pier', 'repairs']);
  });

  it('gives the event loop a turn after every step, in stage order', async () => {
    const seen: string[] = [];
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);
    const story = await buildStoryYielding(ARTICLES, 'h', (p) => {
      if (seen.at(-1) !== p.stage) seen.push(p.stage);
    });
    clearInterval(ticker);
    expect(seen).toEqual(['read', 'names', 'index', 'people', 'timeline']);
    expect(turns).toBeGreaterThan(0);
    expect(story.sentences).toHaveLength(5);
  });
});

describe('openStory with the pipeline', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storybot-pipeline-'));
    await mkdir(join(dir, 'corpus'));
    for (const a of ARTICLES)
      await writeFile(join(dir, 'corpus', a.file), `---\ntitle: ${a.title}\npublished: ${a.published}\n---\n\n${a.body}`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('times every stage of a build, and a start from the snapshot has the catalogue and timeline at once', async () => {
    const options = { corpusDir: join(dir, 'corpus'), cacheDir: join(dir, 'cache') };
    const built = await openStory(options);
    expect(Object.keys(built.stageMs ?? {})).toEqual([...STAGE_NAMES]);
    const loaded = await openStory(options);
    expect(loaded.from).toBe('snapshot');
    expect(loaded.stageMs).toBeUndefined();
    expect(storyActors(loaded.story)).toEqual(built.story.actors);
    expect(storyTimeline(loaded.story)).toEqual(built.story.timeline);
  });
});

describe('the build fingerprint', () => {
  it('changes when an engine file changes, not when the bot or console does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storybot-fingerprint-'));
    try {
      await mkdir(join(dir, 'src', 'nlp'), { recursive: true });
      await mkdir(join(dir, 'src', 'bot'), { recursive: true });
      await writeFile(join(dir, 'package.json'), JSON.stringify({ version: '1.2.3', dependencies: { minisearch: '7.2.0' } }));
      await writeFile(join(dir, 'src', 'nlp', 'tag.ts'), 'export const A = 1;\n');
      await writeFile(join(dir, 'src', 'bot', 'reply.ts'), 'export const B = 1;\n');
      const print = () => fingerprintOf(join(dir, 'src'), join(dir, 'package.json'));
      const first = await print();
      expect(first).toMatch(/^1\.2\.3\+[0-9a-f]{16}$/);
      await writeFile(join(dir, 'src', 'bot', 'reply.ts'), 'export const B = 2;\n');
      expect(await print()).toBe(first);
      await writeFile(join(dir, 'src', 'nlp', 'tag.ts'), 'export const A = 2;\n');
      const second = await print();
      expect(second).not.toBe(first);
      await writeFile(join(dir, 'package.json'), JSON.stringify({ version: '1.2.3', dependencies: { minisearch: '7.3.0' } }));
      expect(await print()).not.toBe(second);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
