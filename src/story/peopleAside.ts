import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import type { Actor } from '../actors/actor.js';
import { buildActors, type PeopleSource } from '../actors/buildActors.js';
import type { Article } from '../corpus/article.js';
import type { NameRun } from '../nlp/entities.js';
import { startTsWorker } from '../threads/workerBundle.js';
import type { EntityStore } from './entityStore.js';
import { PEOPLE_BEAT, PEOPLE_POSTED, type PeopleOutput, type PeopleWorkerData, packPeople, peopleTransferred } from './peopleTransfer.js';
import { PARALLEL_FROM_CHARS } from './readArticles.js';
import type { TokenStore } from './tokenStore.js';

/** A worker whose beat (`PEOPLE_BEAT`) has not moved for this long is given up, and the catalogue built here. */
const STALL_MS = 30_000;
/** How long the main thread blocks at a time for the worker's output before it looks at the beat again. */
const WAIT_MS = 50;

export interface PeopleAsideOptions {
  /** The worker's module (default `peopleWorker.ts`). */
  source?: URL;
  /** Default STALL_MS. */
  stallMs?: number;
}

/**
 * Whether a build of these articles runs the people stage on a worker beside the timeline (`PeopleAside`): when its read
 * runs on two threads too (PARALLEL_FROM_CHARS of text, a second core). The worker's start (0.3–0.4 s of CPU) falls in
 * the names stage, where the second core is idle.
 */
export function runsPeopleAside(articles: readonly Article[]): boolean {
  return availableParallelism() >= 2 && articles.reduce((sum, a) => sum + a.body.length, 0) >= PARALLEL_FROM_CHARS;
}

/**
 * The people stage on a worker thread, beside the index and the timeline on this one: while the worker builds the people
 * catalogue (`buildActors`), this thread makes the index and the timeline's reports (which read no one's roles), and
 * takes the catalogue before it merges them (`buildTimeline`'s `ActorsLater`). Started in the names stage (`start`), so
 * that the worker has loaded its code by the time the people stage gives it the named sentences (`give`).
 *
 * A worker that fails, posts an error or stalls (its beat still for STALL_MS) loses nothing: `take` warns
 * (`STORYBOT_PEOPLE_WORKER`) and builds the catalogue on this thread, from the same sentences.
 *
 * Measured (`scripts/buildCompare.ts`, 100k sentences, two pairs by turns on a machine loaded 20–28 on 2 cores): the
 * main thread's CPU after the read 4.83 / 4.60 → 3.88 / 3.73 s (people 1.04 / 0.98 → 0.19 / 0.19 s: packing and
 * posting); the process's CPU 29.2 / 27.7 → 30.0 / 28.2 s (the worker's start and its catalogue, read by code not yet
 * optimised on that thread); the catalogue and the timeline identical.
 */
export class PeopleAside {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #signals = new Int32Array(new SharedArrayBuffer(8));
  readonly #stallMs: number;
  #failed: string | undefined;
  #given: { source: PeopleSource; nameRuns: readonly (readonly NameRun[])[] | undefined } | undefined;
  #actors: Actor[] | undefined;

  private constructor(options: PeopleAsideOptions) {
    this.#stallMs = options.stallMs ?? STALL_MS;
    const { port1, port2 } = new MessageChannel();
    this.#port = port1;
    const data: PeopleWorkerData = { port: port2, signals: this.#signals };
    this.#worker = startTsWorker(options.source ?? new URL('./peopleWorker.ts', import.meta.url), {
      workerData: data,
      transferList: [port2],
    });
    this.#worker.unref();
    // Seen only when the build gives the event loop a turn; a blocked build finds out by the stall.
    this.#worker.on('error', (error) => {
      this.#failed ??= error.message;
    });
  }

  /** Starts the worker; undefined, with a warning, when it cannot be started (the people stage then runs here). */
  static start(options: PeopleAsideOptions = {}): PeopleAside | undefined {
    try {
      return new PeopleAside(options);
    } catch (error) {
      warn(`could not start (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
  }

  /**
   * Gives the worker the people stage to run (`tokens` and `entities`: the build's stores, which gave the sentences
   * theirs; `nameRuns`: the names stage's runs by sentence, when it gave them).
   */
  give(source: PeopleSource, tokens: TokenStore, entities: EntityStore, nameRuns: readonly (readonly NameRun[])[] | undefined): void {
    this.#given = { source, nameRuns };
    try {
      const input = packPeople(source, tokens, entities, nameRuns);
      this.#port.postMessage(input, peopleTransferred(input));
    } catch (error) {
      this.#failed ??= error instanceof Error ? error.message : String(error);
    }
  }

  /** Whether `take` would return without waiting for the worker. */
  ready(): boolean {
    return this.#actors !== undefined || this.#failed !== undefined || Atomics.load(this.#signals, PEOPLE_POSTED) !== 0;
  }

  /**
   * The people catalogue: the worker's, waited for; built here when the worker failed or stalled. The worker is stopped.
   * @throws Error when the story was not given (`give`)
   */
  take(): Actor[] {
    if (this.#actors) return this.#actors;
    const given = this.#given;
    if (!given) throw new Error('PeopleAside: take before give');
    this.#actors = this.#wait() ?? this.#buildHere(given.source, given.nameRuns);
    this.stop();
    return this.#actors;
  }

  /** Stops the worker (at the end of the build, or when it is given up). */
  stop(): void {
    this.#port.close();
    void this.#worker.terminate();
  }

  /** The worker's catalogue, once posted; undefined when it failed or stalled. */
  #wait(): Actor[] | undefined {
    let beat = Atomics.load(this.#signals, PEOPLE_BEAT);
    let beatSince = performance.now();
    while (this.#failed === undefined && Atomics.load(this.#signals, PEOPLE_POSTED) === 0) {
      Atomics.wait(this.#signals, PEOPLE_POSTED, 0, WAIT_MS);
      const now = Atomics.load(this.#signals, PEOPLE_BEAT);
      if (now !== beat) {
        beat = now;
        beatSince = performance.now();
      } else if (performance.now() - beatSince > this.#stallMs) this.#failed = `no sign of life in ${this.#stallMs / 1000} s`;
    }
    const output = this.#failed === undefined ? (receiveMessageOnPort(this.#port)?.message as PeopleOutput | undefined) : undefined;
    if (output && 'actors' in output) return sharingStrings(output.actors, this.#given!.source);
    this.#failed ??= output?.error ?? 'posted nothing';
    return undefined;
  }

  #buildHere(source: PeopleSource, nameRuns: readonly (readonly NameRun[])[] | undefined): Actor[] {
    warn(`failed (${this.#failed}); building the people catalogue here`);
    return buildActors(source, nameRuns);
  }
}

/**
 * The catalogue with the article ids and co-mentioned names it repeats made the strings the story (and the catalogue)
 * holds once: a copy from another thread brings its own copy of each, for every reference to a sentence and every
 * co-mention. At 20k sentences the built story's heap after a collection: 41.6 MB built on one thread, 45.3 with the
 * worker's copy as it came, 44.3 with these shared (sharing the people's spellings too: 44.4); its roles' and
 * quotations' texts, slices of the sentences' texts on this thread, stay copies.
 */
function sharingStrings(actors: Actor[], source: PeopleSource): Actor[] {
  const articleIds = new Map(source.articles.map((a) => [a.id, a.id]));
  const names = new Map(actors.map((a) => [a.name, a.name]));
  const id = (s: string) => articleIds.get(s) ?? s;
  for (const a of actors) {
    for (let i = 0; i < a.articles.length; i += 1) a.articles[i] = id(a.articles[i]!);
    for (const ref of [...a.roles, ...a.quotes, a.first, a.last]) ref.articleId = id(ref.articleId);
    for (const c of a.coMentions) c.name = names.get(c.name) ?? c.name;
  }
  return actors;
}

function warn(what: string): void {
  process.emitWarning(`PeopleAside: the people stage's worker ${what}`, { code: 'STORYBOT_PEOPLE_WORKER' });
}
