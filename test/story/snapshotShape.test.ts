import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story/buildStory.js';
import { readSnapshot, saveSnapshot } from '../../src/story/snapshot.js';
import type { Story } from '../../src/story/story.js';
import { ByteReader, ByteWriter } from '../../src/story/byteStreams.js';
import { decodeBatch, encodeRecords, StringTable } from '../../src/story/columns.js';
import { checkLoadedShape, checkStoryShape, type UncheckedStory } from '../../src/story/storyShape.js';

const ARTICLE = {
  id: 'a',
  title: 'Harbour',
  titleGiven: true,
  file: 'a.md',
  body: 'The ferry left at dawn. Ships cannot sail in the storm.',
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-shape-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const unchecked = (story: Story) => story as unknown as UncheckedStory;

describe('the snapshot writer’s check of the story', () => {
  it('finds nothing wrong with a built story, and names a token past its sentence, an entity without text, a lost article', () => {
    const story = buildStory([ARTICLE], 'h');
    expect(checkStoryShape(unchecked(story), story.sentences.length)).toBeUndefined();
    const long = story.sentences.map((s, i) => (i === 1 ? { ...s, tokens: [{ text: 'x', start: 0, end: 999, pos: 'X' }] } : s));
    expect(checkStoryShape(unchecked({ ...story, sentences: long }), 2)).toBe('snapshot sentence 1 has a malformed token');
    const textless = story.sentences.map((s) => ({ ...s, entities: [{ type: 'PERSON', start: 0, end: 1 }] }));
    expect(checkStoryShape(unchecked({ ...story, sentences: textless } as unknown as Story), 2)).toBe(
      'snapshot sentence 0 has a malformed entity',
    );
    expect(checkStoryShape(unchecked({ ...story, articles: [] }), 2)).toBe('snapshot sentence 0 has the wrong shape');
    expect(checkStoryShape(unchecked(story), 3)).toBe('snapshot holds 2 sentences, its header says 3');
  });

  it('puts its verdict in the header: the loader refuses the snapshot as corrupt, with that reason, before reading the body', async () => {
    const story = buildStory([ARTICLE], 'h');
    const bad = { ...story, sentences: story.sentences.map((s) => ({ ...s, tokens: [{ text: 'x', start: 0, end: 999, pos: 'X' }] })) };
    const path = join(dir, 's.snapshot');
    await saveSnapshot(bad, path, { fingerprint: 'f' });
    const file = await readFile(path);
    // The body cut away: the header alone decides.
    await writeFile(path, file.subarray(0, 16 + file.readUInt32LE(12)));
    expect(await readSnapshot(path, { hash: 'h', fingerprint: 'f' })).toEqual({
      miss: 'corrupt',
      reason: 'snapshot sentence 0 has a malformed token',
    });
  });

  it('leaves a good story to load whole, lists and all', async () => {
    const story = buildStory([ARTICLE], 'h');
    const path = join(dir, 's.snapshot');
    await saveSnapshot(story, path, { fingerprint: 'f' });
    const read = await readSnapshot(path, { hash: 'h', fingerprint: 'f' });
    if ('miss' in read) throw new Error(read.reason);
    expect(read.story.sentences).toEqual(story.sentences);
    expect(read.story.actors).toEqual(story.actors);
  });
});

describe('the loader’s check of the columns', () => {
  /** The sentences (without tokens) written as columns and read back, then checked as a loaded story's. */
  const loadedProblem = (story: Story, sentences: Record<string, unknown>[]) => {
    const strings = new StringTable();
    const w = new ByteWriter(1024);
    encodeRecords(sentences, w, strings, undefined, new Set(['tokens']));
    const batch = decodeBatch(new ByteReader(w.view()), strings.list);
    return checkLoadedShape({ ...unchecked(story), sentences: batch.rows() }, sentences.length, batch);
  };
  const plain = (story: Story) => story.sentences.map(({ tokens: _, ...s }) => ({ ...s, entities: s.entities.map((e) => ({ ...e })) }));

  it('passes whole columns, and finds a sentence number, an entity offset or an entity text absent from one row', () => {
    const story = buildStory([{ ...ARTICLE, body: 'Mara Velden left on Friday. Tomas Brenn stayed in Oslo.' }], 'h');
    expect(loadedProblem(story, plain(story))).toBeUndefined();
    const noParagraph = plain(story).map((s, i) => (i === 1 ? { ...s, paragraph: undefined } : s));
    expect(loadedProblem(story, noParagraph)).toBe('snapshot sentence paragraph have the wrong shape');
    const noEnd = plain(story).map((s, i) => (i === 1 ? { ...s, entities: s.entities.map((e) => ({ ...e, end: undefined })) } : s));
    expect(noEnd[1]!.entities.length).toBeGreaterThan(0);
    expect(loadedProblem(story, noEnd)).toBe('snapshot sentence entities have the wrong shape');
    const noType = plain(story).map((s, i) => (i === 0 ? { ...s, entities: s.entities.map((e) => ({ ...e, type: undefined })) } : s));
    expect(loadedProblem(story, noType)).toBe('snapshot sentence entities have the wrong shape');
  });
});

describe('a loaded story’s catalogues', () => {
  it('are each decoded when first read, and equal what was saved; writing one replaces it', async () => {
    const story = buildStory([{ ...ARTICLE, body: 'Mara Velden said on Friday the ferry would sail. Tomas Brenn agreed.' }], 'h');
    const path = join(dir, 'story.snapshot');
    await saveSnapshot(story, path, { fingerprint: 'f' });
    const read = await readSnapshot(path, { hash: 'h', fingerprint: 'f' });
    if ('miss' in read) throw new Error(read.reason);
    const loaded = read.story;
    const undecoded = (key: 'people' | 'actors' | 'timeline') => Object.getOwnPropertyDescriptor(loaded, key)?.get !== undefined;
    expect(['people', 'actors', 'timeline'].filter((k) => undecoded(k as 'people'))).toEqual(['people', 'actors', 'timeline']);
    expect(loaded.actors).toEqual(story.actors);
    // A question about a person reads the actors alone: the other two wait for their own first reading.
    expect(undecoded('actors')).toBe(false);
    expect(undecoded('people') && undecoded('timeline')).toBe(true);
    expect(loaded.people).toEqual(story.people);
    expect(undecoded('timeline')).toBe(true);
    expect(loaded.timeline).toEqual(story.timeline);
    expect(JSON.parse(JSON.stringify({ ...loaded, index: undefined, documentFrequency: undefined }))).toMatchObject({
      actors: JSON.parse(JSON.stringify(story.actors)),
    });
    loaded.timeline = [];
    expect(loaded.timeline).toEqual([]);
  });
});
