import type { MessagePort } from 'node:worker_threads';
import type { Actor } from '../actors/actor.js';
import type { PeopleSentence, PeopleSource } from '../actors/buildActors.js';
import type { Entity, NameRun, Token } from '../nlp/entities.js';
import { type EntityBytes, type EntityStore, entitiesAt } from './entityStore.js';
import { MadeOnRead } from './madeOnRead.js';
import { type TokenBytes, type TokenStore, tokenColumnsOf } from './tokenStore.js';

/**
 * What the people stage reads of a built story (`PeopleSource`), as another thread is sent it: the token and entity
 * bytes of the build's stores copied as they are (a few memory copies, no token or entity object made), the sentences'
 * texts as one string (one copy, where a list of texts is a string each to copy and make again), and the sentences'
 * articles and numbers as numbers. Its buffers are transferred (`peopleTransferred`).
 */
export interface PeopleInput {
  /** Every sentence's text, one after another: sentence i's ends at `ends[i]` (and starts where sentence i - 1's ends). */
  texts: string;
  ends: Int32Array;
  /** Each sentence's article, a number into `articleIds`, and its 1-based number in it. */
  articleOf: Int32Array;
  articleIds: string[];
  indices: Int32Array;
  tokens: TokenBytes;
  entities: EntityBytes;
  /** The tokens and entities of the sentences the stores' bytes do not hold (`TokenBytes.plain`, `EntityBytes.plain`). */
  plainTokens: Token[][];
  plainEntities: Entity[][];
  /** The name runs the names stage found, by sentence id (none when it gave none). */
  nameRuns: readonly (readonly NameRun[])[] | undefined;
  people: PeopleSource['people'];
  articles: PeopleSource['articles'];
}

/** The people stage's input for another thread (`tokens` and `entities`: the build's stores, which gave the sentences theirs). */
export function packPeople(
  story: PeopleSource,
  tokens: TokenStore,
  entities: EntityStore,
  nameRuns: readonly (readonly NameRun[])[] | undefined,
): PeopleInput {
  const { sentences } = story;
  const ends = new Int32Array(sentences.length);
  const articleOf = new Int32Array(sentences.length);
  const indices = new Int32Array(sentences.length);
  const articleIds: string[] = [];
  const articleNumbers = new Map<string, number>();
  let end = 0;
  for (let i = 0; i < sentences.length; i += 1) {
    const s = sentences[i]!;
    end += s.text.length;
    ends[i] = end;
    let a = articleNumbers.get(s.articleId);
    if (a === undefined) {
      a = articleIds.length;
      articleIds.push(s.articleId);
      articleNumbers.set(s.articleId, a);
    }
    articleOf[i] = a;
    indices[i] = s.index;
  }
  const tokenBytes = tokens.copy();
  const entityBytes = entities.copy();
  return {
    texts: sentences.map((s) => s.text).join(''),
    ends,
    articleOf,
    articleIds,
    indices,
    tokens: tokenBytes,
    entities: entityBytes,
    plainTokens: tokenBytes.plain.map((id) => sentences[id]!.tokens),
    plainEntities: entityBytes.plain.map((id) => sentences[id]!.entities),
    nameRuns,
    people: story.people,
    articles: story.articles.map(({ id, title, titleGiven }) => ({ id, title, titleGiven })),
  };
}

/** The buffers of a `PeopleInput` to transfer with it (none is read again on the sending thread). */
export function peopleTransferred(input: PeopleInput): ArrayBuffer[] {
  const { tokens, entities } = input;
  return [input.ends, input.articleOf, input.indices, tokens.tokenCounts, tokens.offsets, tokens.data, entities.offsets, entities.data].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/**
 * The story's sentences, people and articles as the people stage reads them, from what `packPeople` packed: each
 * sentence's tokens and entities made from the bytes when read, as the build's stores make them (`MadeOnRead`).
 *
 * @param onRead called at each sentence whose tokens or entities are made (a sign of life to the thread waiting)
 */
export function unpackPeople(input: PeopleInput, onRead: () => void = () => undefined): PeopleSource {
  const columns = tokenColumnsOf(input.tokens);
  const plainTokens = new Map(input.tokens.plain.map((id, k) => [id, input.plainTokens[k]!]));
  const plainEntities = new Map(input.entities.plain.map((id, k) => [id, input.plainEntities[k]!]));
  const tokens = new MadeOnRead<Token[]>('tokens', ({ id, text }) => {
    onRead();
    return columns.tokensOf(id, text);
  });
  const entities = new MadeOnRead<Entity[]>('entities', ({ id, text }) => {
    onRead();
    return entitiesAt(input.entities, id, text);
  });
  const sentences: PeopleSentence[] = new Array(input.ends.length);
  let start = 0;
  for (let i = 0; i < sentences.length; i += 1) {
    const end = input.ends[i]!;
    const s = { id: i, articleId: input.articleIds[input.articleOf[i]!]!, index: input.indices[i]!, text: input.texts.slice(start, end) };
    const own = plainTokens.get(i);
    if (own) tokens.plain(s, own);
    else tokens.attach(s);
    const named = plainEntities.get(i);
    if (named) entities.plain(s, named);
    else entities.attach(s);
    sentences[i] = s as PeopleSentence;
    start = end;
  }
  return { sentences, people: input.people, articles: input.articles };
}

/** What the main thread gives the people stage's worker (`peopleWorker.ts`). */
export interface PeopleWorkerData {
  /** The port the worker takes its `PeopleInput` from and posts its `PeopleOutput` on. */
  port: MessagePort;
  /** `PEOPLE_POSTED` and `PEOPLE_BEAT` (shared with the main thread). */
  signals: Int32Array;
}

/** What the worker posts back: the people catalogue, or why it has none. */
export type PeopleOutput = { actors: Actor[] } | { error: string };

/** `signals[PEOPLE_POSTED]`: 1 once the worker has posted its output, so a main thread blocked in `Atomics.wait` wakes. */
export const PEOPLE_POSTED = 0;
/** `signals[PEOPLE_BEAT]`: counts up while the worker works (every few sentences read), so a stalled worker is told from a slow one. */
export const PEOPLE_BEAT = 1;
