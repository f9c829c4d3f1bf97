import { buildActors } from '../actors/buildActors.js';
import type { Article } from '../corpus/article.js';
import { corpusHash } from '../corpus/loadCorpus.js';
import type { Entity, EntityType, NameRun, TaggedSentence, Token } from '../nlp/entities.js';
import type { ResolvedDate } from '../nlp/resolveDate.js';
import type { Sentence } from '../nlp/splitSentences.js';
import { LowerCaseCounts } from '../nlp/lowerCaseUses.js';
import { resolveNames, type Person } from '../nlp/names.js';
import { PostingBuilder } from '../search/postingBuilder.js';
import { SentenceIndex } from '../search/sentenceIndex.js';
import { buildTimeline } from '../timeline/timeline.js';
import { readArticles } from './readArticles.js';
import type { Story, StorySentence } from './story.js';
import { EntityStore } from './entityStore.js';
import { TokenStore } from './tokenStore.js';

/** What `tagged` holds in place of tokens (they are in `Draft.tokens`). */
const NO_TOKENS: Token[] = [];

/** The build's stages, in order. `load` (reading corpus/) happens in `openStory`, before the others. */
export const STAGE_NAMES = ['load', 'read', 'names', 'index', 'people', 'timeline'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** Progress of a build, for a terminal or a Discord reply: a stage is over when `done === total`. */
export interface BuildProgress {
  stage: StageName;
  done: number;
  total: number;
}

/**
 * The story so far: what the stages before have added. Each stage reads what it needs and adds its own
 * part; `story` exists from the `index` stage on.
 */
export interface Draft {
  hash: string;
  articles: Article[];
  sentences: StorySentence[];
  /** wink-nlp's tags per sentence, from `read` until `names` has merged them into the sentences. */
  tagged: TaggedSentence[];
  /** The sentences' tokens, in columns (each sentence's `tokens` reads them). */
  tokens: TokenStore;
  /** The sentences' entities from `names` on, as bytes (each sentence's `entities` reads them). */
  entities: EntityStore;
  /**
   * The proper-noun runs of each sentence that names a person (others: none), from `names` until `people` has read them
   * (so it need not find them again).
   */
  nameRuns: (readonly NameRun[])[];
  /**
   * The sentence index's postings, each sentence added as the read stage hands it on (while the other thread
   * is still reading), until `index` has made the index of them.
   */
  postings: IndexPostings;
  /** Each sentence's resolved dates, read with it (`readDated`), from `read` until `timeline` has placed them. */
  dates: (readonly ResolvedDate[])[];
  /**
   * How often the sentences write each word in lower case, counted as the read stage hands them on (while the other
   * thread is still reading), until `names` has read the counts of its runs' words.
   */
  lowerCase: LowerCaseCounts;
  /** Each article's `contentHash`, by article order, made as the read stage hands the article on; read by `index`. */
  contentHashes: string[];
  people: Person[];
  story?: Story;
}

/** One step of the build: takes the draft, adds to it, and reports progress (each report is a point where the build may yield). */
export interface Stage {
  name: Exclude<StageName, 'load'>;
  run(draft: Draft): Generator<BuildProgress, void, void>;
}

/** The sentence index's postings as they are built, and how many sentences they hold (the first ones, by id). */
export interface IndexPostings {
  builder: PostingBuilder;
  added: number;
}

/** Sentences (or index documents) handled between two progress steps. */
export const STEP = 200;

/**
 * `read`: every article's sentences (wink-nlp boundaries, repaired for quotations and abbreviations) with
 * their tokens, part-of-speech tags, numeric and calendar entities and name runs, from one wink-nlp
 * reading per paragraph (`readArticle`), and each sentence's dates resolved (`readDated`: the timeline's
 * part that needs no other sentence); a large corpus is read on two threads (`readArticles`). As each article is
 * handed on, the main thread also does what the later stages would do for it alone, after the read, with the second
 * core idle: its content hash (`contentHashes`), and each sentence is added to the index's postings (`postings`) and
 * its lower-case words counted (`lowerCase`).
 */
export const readStage: Stage = {
  name: 'read',
  *run(draft) {
    const { articles, sentences, tagged, tokens, lowerCase, contentHashes } = draft;
    const one = interner();
    const addToIndex = indexAdder(draft);
    const steps = readArticles(articles, (read) => {
      contentHashes.push(corpusHash([articles[contentHashes.length]!]));
      read.sentences.forEach((s, j) => {
        const t = read.tagged[j]!;
        const sentence = storySentence(s, sentences.length, one);
        draft.entities.attach(sentence);
        if ('packed' in read) tokens.givePacked(sentence, read.packed[j]!);
        else tokens.give(sentence, read.tagged[j]!.tokens);
        sentences.push(sentence as StorySentence);
        draft.dates.push(read.dates[j]!);
        for (const e of t.entities) e.type = one(e.type) as EntityType;
        // The tokens are in the store (the sentence's `tokens` reads them): the later stages read no others.
        tagged.push({ tokens: NO_TOKENS, entities: t.entities, names: t.names });
        // The worker may still be reading: the main thread's share of the work is what it hands on.
        addToIndex(sentence);
        lowerCase.add(sentence.text);
      });
    });
    for (const { done, total } of steps) yield { stage: 'read', done, total };
  },
};

/** Each string once: a read sent from the worker thread comes with copies of its own. */
function interner(): (s: string) => string {
  const strings = new Map<string, string>();
  return (s) => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
}

/** What `nameRuns` holds for a sentence that names no person (the people stage reads none of its runs). */
const NO_RUNS: readonly NameRun[] = [];

/** Whether an entity is a person the people stage reads (`personSpans`: a PERSON with its canonical name). */
function namesPerson(e: Entity): boolean {
  return e.type === 'PERSON' && e.canonical !== undefined;
}

/**
 * Two lists of a sentence's entities as one, in order of their starts, `a`'s first where two start together: what a
 * stable sort of the two joined makes, merged without sorting when each is in that order already (the read's entities
 * and the names stage's are, and most sentences get no name of the second).
 */
export function joinedByStart(a: readonly Entity[], b: readonly Entity[]): Entity[] {
  if (!inStartOrder(a) || !inStartOrder(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  const out: Entity[] = [];
  let j = 0;
  for (const e of a) {
    while (j < b.length && b[j]!.start < e.start) out.push(b[j++]!);
    out.push(e);
  }
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Whether each entity of a list starts no earlier than the one before. */
function inStartOrder(list: readonly Entity[]): boolean {
  for (let i = 1; i < list.length; i += 1) if (list[i]!.start < list[i - 1]!.start) return false;
  return true;
}

/** The fields of a read sentence, in its order. */
const SENTENCE_KEYS = 'articleId,index,text,start,end,paragraph';

/**
 * A story sentence without its entities and tokens (the stores give them), made by one object literal so that every sentence shares one
 * hidden class (copies of the read sentences, spread, each had one of their own: about 300 bytes a sentence
 * of shapes); a sentence with other fields is spread as it is.
 */
function storySentence(s: Sentence, id: number, one: (s: string) => string): Omit<StorySentence, 'tokens' | 'entities'> {
  if (Object.keys(s).join(',') !== SENTENCE_KEYS) return { ...s, id };
  const { index, text, start, end, paragraph } = s;
  return { articleId: one(s.articleId), index, text, start, end, paragraph, id };
}

/** `names`: name runs resolved over the whole corpus into people, places and organisations; entities merged into each sentence. */
export const namesStage: Stage = {
  name: 'names',
  *run(draft) {
    const { entities: names, people } = resolveNames(
      draft.tagged.map((t) => t.names),
      draft.sentences.map((s) => s.articleId),
      draft.sentences.map((s) => s.text),
      draft.lowerCase,
    );
    draft.lowerCase = new LowerCaseCounts();
    draft.people = people;
    draft.nameRuns = [];
    for (const [i, s] of draft.sentences.entries()) {
      const entities = joinedByStart(draft.tagged[i]!.entities, names[i]!);
      draft.entities.give(s, entities);
      // The people stage reads a sentence's name runs only when it names a person: the others' are let go here.
      draft.nameRuns.push(entities.some(namesPerson) ? draft.tagged[i]!.names : NO_RUNS);
    }
    draft.tagged = [];
    yield { stage: 'names', done: 1, total: 1 };
  },
};

/**
 * `index`: the sentence index (sentence, neighbours, headline) built straight into flat posting arrays
 * (the same postings MiniSearch would make; the neighbours' made from the sentences', not tokenised
 * again), and each term's sentence count read off the sentences' postings; makes the story. The read stage
 * has added the sentences as it read them (`postings`), so that on two threads the adding is shared out
 * with the reading; this stage adds any it did not and makes the index.
 */
export const indexStage: Stage = {
  name: 'index',
  *run(draft) {
    const { sentences, postings } = draft;
    const add = indexAdder(draft);
    for (let i = postings.added; i < sentences.length; i += 1) {
      add(sentences[i]!);
      if ((i + 1) % STEP === 0 && i + 1 < sentences.length) yield { stage: 'index', done: i + 1, total: sentences.length };
    }
    const index = SentenceIndex.fromPostings(postings.builder.finish());
    const documentFrequency = postings.builder.documentFrequency('text');
    draft.story = storyOf(draft, index, documentFrequency);
    yield { stage: 'index', done: sentences.length, total: sentences.length };
  },
};

/**
 * Adds a sentence (the next by id) to the draft's postings: the sentence, its neighbours' field made from the
 * sentences' (not tokenised again) and its article's headline.
 */
export function indexAdder(draft: Pick<Draft, 'articles' | 'postings'>): (s: { id: number; text: string; articleId: string }) => void {
  const { articles, postings } = draft;
  const titles = new Map(articles.map((a) => [a.id, a.titleGiven ? a.title : '']));
  const articleNumbers = new Map(articles.map((a, i) => [a.id, i]));
  return (s) => {
    if (s.id !== postings.added) throw new Error(`buildStory: sentence ${s.id} indexed as number ${postings.added}`);
    postings.builder.add(
      { id: s.id, text: s.text, context: '', title: titles.get(s.articleId) ?? '' },
      articleNumbers.get(s.articleId) ?? -1,
    );
    postings.added += 1;
  };
}

/** `people`: the people catalogue (roles, quotes, sides, co-mentions), kept in the story. */
export const peopleStage: Stage = {
  name: 'people',
  *run(draft) {
    const story = required(draft, 'people');
    story.actors = buildActors(story, handedOn(draft, 'nameRuns', story));
    yield { stage: 'people', done: 1, total: 1 };
  },
};

/** `timeline`: the dated events (from the dates the read stage resolved), merged across articles, kept in the story. */
export const timelineStage: Stage = {
  name: 'timeline',
  *run(draft) {
    const story = required(draft, 'timeline');
    story.timeline = buildTimeline(story, handedOn(draft, 'dates', story));
    yield { stage: 'timeline', done: 1, total: 1 };
  },
};

/** The stages after `load`, in the order the build runs them. */
export const STAGES: readonly Stage[] = [readStage, namesStage, indexStage, peopleStage, timelineStage];

/** A new draft for these articles. */
export function newDraft(articles: Article[], hash: string): Draft {
  return {
    hash,
    articles,
    sentences: [],
    tagged: [],
    tokens: new TokenStore(),
    entities: new EntityStore(),
    nameRuns: [],
    postings: { builder: new PostingBuilder({ field: 'context', of: 'text' }), added: 0 },
    dates: [],
    lowerCase: new LowerCaseCounts(),
    contentHashes: [],
    people: [],
  };
}

function required(draft: Draft, stage: string): Story {
  if (!draft.story) throw new Error(`buildStory: the ${stage} stage needs the index stage before it`);
  return draft.story;
}

/**
 * What the read stage kept of each sentence for a later stage (`key`), handed on once and let go from the draft:
 * undefined unless it holds one entry a sentence (the stage then reads the sentences itself). Three sentences with
 * their dates read hand on the three; dates read for two of them hand on none.
 */
function handedOn<K extends 'nameRuns' | 'dates'>(draft: Draft, key: K, story: Story): Draft[K] | undefined {
  const kept = draft[key];
  draft[key] = [];
  return kept.length === story.sentences.length ? kept : undefined;
}

function storyOf(draft: Draft, index: SentenceIndex, documentFrequency: Map<string, number>): Story {
  const counts = new Map<string, number>();
  for (const s of draft.sentences) counts.set(s.articleId, (counts.get(s.articleId) ?? 0) + 1);
  const hashes = draft.contentHashes.length === draft.articles.length ? draft.contentHashes : undefined;
  return {
    hash: draft.hash,
    articles: draft.articles.map(({ body, ...info }, i) => ({
      ...info,
      sentenceCount: counts.get(info.id) ?? 0,
      contentHash: hashes?.[i] ?? corpusHash([{ body, ...info }]),
    })),
    sentences: draft.sentences,
    people: draft.people,
    index,
    documentFrequency,
    actors: [],
    timeline: [],
  };
}
