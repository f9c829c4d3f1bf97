import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { sentenceNouns } from '../../src/answer/nounNumber.js';
import { firstVerbTerm, leadsWithVerb } from '../../src/answer/questionVerb.js';
import { passagesOf } from '../../src/answer/rankSentences.js';
import { tokenTerms } from '../../src/answer/termMemo.js';
import { hasMixedSenses, personNounSex, verbConverses } from '../../src/lexicon/index.js';
import { blockSummary } from '../../src/search/blockBounds.js';
import { passageTable } from '../../src/search/passageTable.js';
import { LazyField } from '../../src/search/postingTable.js';
import { BM25 } from '../../src/search/sentenceIndex.js';
import { buildStory } from '../../src/story/buildStory.js';
import { readSnapshot, saveSnapshot } from '../../src/story/snapshot.js';
import type { Story } from '../../src/story/story.js';
import { glancedWords } from '../../src/story/tokenWords.js';
import { warmTokens } from '../../src/story/warmers.js';
import { warmStory } from '../../src/story/warmUp.js';

// The real function, watched: which token lists' terms are read (a sentence's nouns are read from its terms).
vi.mock('../../src/answer/termMemo.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/answer/termMemo.js')>();
  return { ...real, tokenTerms: vi.fn(real.tokenTerms) };
});

// The real function, watched: which sentences' words are glanced at (a sentence's first verb is read from them).
vi.mock('../../src/story/tokenWords.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/story/tokenWords.js')>();
  return { ...real, glancedWords: vi.fn(real.glancedWords) };
});

// The real tables, watched: which the warm-up loads (each by a lookup of the word "table").
vi.mock('../../src/lexicon/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lexicon/index.js')>();
  return {
    ...real,
    hasMixedSenses: vi.fn(real.hasMixedSenses),
    personNounSex: vi.fn(real.personNounSex),
    verbConverses: vi.fn(real.verbConverses),
  };
});

const dir = await mkdtemp(join(tmpdir(), 'warmers-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const ARTICLE = {
  id: 'ferry',
  title: 'Ferry returns',
  titleGiven: true,
  file: 'ferry.md',
  published: '2031-04-02',
  body:
    'The ferry to Harrowby sailed again on Monday after the storm.\n\nThe harbour board said the ferry would sail twice a day. ' +
    'Captain Ilse Marrow said the crossing took two hours.\n\nThe storm had closed the harbour for a week.',
};

/** The story as a start loads it: from its snapshot, posting lists made on first use. */
async function loaded(): Promise<Story> {
  const path = join(dir, `s${Math.random()}.snapshot`);
  await saveSnapshot(buildStory([ARTICLE], 'h'), path, { fingerprint: 'f' });
  const read = await readSnapshot(path, { hash: 'h', fingerprint: 'f' });
  if ('miss' in read) throw new Error(read.reason);
  return read.story;
}

describe('the warm-up of a loaded story', () => {
  it('makes the passage table the first search would make, with its common terms’ lists', async () => {
    const story = await loaded();
    expect((await warmStory(story).done).finished).toBe(true);
    const field = passageTable(story.index.postings(), passagesOf(story)).table.fields[0];
    expect(field).toBeInstanceOf(LazyField);
    expect((field as LazyField).made).toBeGreaterThan(0);
  });

  it('makes the block summaries of the common terms’ sentence lists that their first search would make', async () => {
    const unmade = () => {
      throw new Error('summary not made yet');
    };
    /** The lists of terms in more than one sentence, in every field, and whether each has its summary. */
    const summarised = (story: Story) => {
      const table = story.index.postings();
      const sizes = (table.fields[0] as LazyField).sizes!;
      return table.fields.flatMap((field) =>
        [...sizes.keys()]
          .filter((t) => sizes[t]! > 1 && field.list(t).to > field.list(t).from)
          .map((t) => {
            try {
              return blockSummary(field.list(t), BM25, unmade).block.length > 0;
            } catch {
              return false;
            }
          }),
      );
    };
    expect(summarised(await loaded()).some(Boolean)).toBe(false);
    const warm = await loaded();
    await warmStory(warm).done;
    const made = summarised(warm);
    expect(made.length).toBeGreaterThan(3);
    expect(made.every(Boolean)).toBe(true);
  });

  it('decodes the people catalogue a question about a person reads', async () => {
    const story = await loaded();
    expect(Object.getOwnPropertyDescriptor(story, 'actors')?.get).toBeDefined();
    await warmStory(story).done;
    const decoded = Object.getOwnPropertyDescriptor(story, 'actors');
    expect(decoded?.get).toBeUndefined();
    expect(Array.isArray(decoded?.value)).toBe(true);
  });

  it('makes the sentences’ tokens and entities, in a story within its limit, as an answer reading them first would', async () => {
    const story = await loaded();
    const madeOf = (key: string) => story.sentences.map((s) => Object.getOwnPropertyDescriptor(s, key)?.get === undefined);
    const made = () => madeOf('tokens').map((m, i) => m && madeOf('entities')[i]!);
    expect(made().some(Boolean)).toBe(false);
    for (const _ of warmTokens(story, story.sentences.length - 1));
    expect(made().some(Boolean)).toBe(false);
    for (const _ of warmTokens(story));
    expect(made().every(Boolean)).toBe(true);
    const built = buildStory([ARTICLE], 'h');
    expect(story.sentences.map((s) => s.tokens)).toEqual(built.sentences.map((s) => s.tokens));
    expect(story.sentences.map((s) => s.entities)).toEqual(built.sentences.map((s) => s.entities));
  });

  it('makes and keeps each sentence’s one-number nouns with its tokens, within its limit only', async () => {
    const story = await loaded();
    const watched = vi.mocked(tokenTerms);
    watched.mockClear();
    for (const _ of warmTokens(story, story.sentences.length - 1));
    expect(watched).not.toHaveBeenCalled();
    for (const _ of warmTokens(story));
    const termsRead = watched.mock.calls.map(([tokens]) => tokens);
    expect(termsRead).toHaveLength(story.sentences.length);
    story.sentences.forEach((s, i) => expect(termsRead[i]).toBe(s.tokens));
    // Kept for the sentence: the ranker's later reads make nothing again.
    watched.mockClear();
    for (const s of story.sentences) sentenceNouns(s);
    expect(watched).not.toHaveBeenCalled();
  });

  it('makes and keeps each sentence’s first verb’s term with its tokens: the ranker’s later reads read no words again', async () => {
    const story = await loaded();
    const watched = vi.mocked(glancedWords);
    for (const _ of warmTokens(story));
    watched.mockClear();
    const verbs = story.sentences.map((s) => firstVerbTerm(s));
    expect(verbs.some((v) => v !== null)).toBe(true);
    watched.mockClear();
    story.sentences.forEach((s, i) => expect(leadsWithVerb(s, verbs[i] ?? '')).toBe(verbs[i] !== null));
    expect(watched).not.toHaveBeenCalled();
  });

  it('loads the small word tables an answer may read, not the first question that reaches them', async () => {
    const watched = [vi.mocked(hasMixedSenses), vi.mocked(personNounSex), vi.mocked(verbConverses)];
    for (const fn of watched) fn.mockClear();
    await warmStory(await loaded()).done;
    for (const fn of watched) expect(fn).toHaveBeenCalledWith('table');
  });

  it('changes no answer', async () => {
    const warm = await loaded();
    await warmStory(warm).done;
    const cold = await loaded();
    for (const q of [
      'When did the ferry sail again?',
      'How long did the crossing take?',
      'Who said the crossing took two hours?',
      'Who is Ilse Marrow?',
    ])
      expect(answerQuestion(warm, q)).toEqual(answerQuestion(cold, q));
  });
});
