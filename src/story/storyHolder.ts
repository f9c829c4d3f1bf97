import type { SkippedFile } from '../corpus/article.js';
import { openStory, type OpenOptions } from './openStory.js';
import type { ArticleInfo, Story } from './story.js';
import './warmers.js';
import { type WarmUp, warmStory } from './warmUp.js';

/** What a reindex changed. */
export interface ReindexReport {
  before: { articles: number; sentences: number };
  after: { articles: number; sentences: number };
  added: string[];
  removed: string[];
  changed: string[];
  skipped: SkippedFile[];
  ms: number;
  /**
   * Set when the new story is live but its snapshot could not be saved (the next start rebuilds): the
   * reply and the log should say so.
   */
  saveError?: unknown;
}

/** Thrown when a reindex is asked for while one is running. */
export class ReindexBusyError extends Error {
  override readonly name = 'ReindexBusyError';
  constructor() {
    super('A reindex is already running; try again when it has finished.');
  }
}

/**
 * Holds the live story and replaces it safely: a reindex builds the new story beside the live one
 * and swaps only when the build succeeded, so questions keep being answered from the old index while
 * it runs and after it fails. One reindex at a time. The live story is warmed in idle slices (`warmStory`)
 * from when it goes live, so the first questions do not pay for its one-off tables.
 */
export class StoryHolder {
  #story: Story;
  #warmUp: WarmUp;
  #running: Promise<ReindexReport> | undefined;
  readonly #listeners: ((report: ReindexReport, story: Story) => void)[] = [];

  constructor(
    story: Story,
    private readonly options: Omit<OpenOptions, 'force'>,
  ) {
    this.#story = story;
    this.#warmUp = warmStory(story);
  }

  /** The live story's warm-up (started when it went live; `done` settles when it has finished). */
  get warmUp(): WarmUp {
    return this.#warmUp;
  }

  /** Makes `story` the live one, stopping the warm-up of the one before and warming it instead. */
  #swap(story: Story): void {
    this.#warmUp.stop();
    this.#story = story;
    this.#warmUp = warmStory(story);
  }

  /** The live story. */
  get story(): Story {
    return this.#story;
  }

  /**
   * Calls `listener` after each successful swap with the report and the new story (the "What's new" post).
   * A listener that throws is not the reindex's failure: it is passed over.
   */
  onReindexed(listener: (report: ReindexReport, story: Story) => void): void {
    this.#listeners.push(listener);
  }

  get reindexing(): boolean {
    return this.#running !== undefined;
  }

  /**
   * Rebuilds from the corpus directory and swaps on success, also when the new snapshot cannot be saved
   * (then the report's `saveError` is set).
   * @throws ReindexBusyError when a reindex is already running; the build's error when it fails (the old story stays)
   */
  async reindex(): Promise<ReindexReport> {
    if (this.#running) throw new ReindexBusyError();
    this.#running = this.#rebuild();
    try {
      return await this.#running;
    } finally {
      this.#running = undefined;
    }
  }

  /**
   * Swaps in a story built elsewhere — by another process serving the same corpus, read from the snapshot
   * it saved — without rebuilding: `holder.adopt(story)` in every shard after one of them reindexed. The
   * reindex listeners are not called (the process that rebuilt has called its own).
   * @throws ReindexBusyError while a reindex runs here (its story would replace the adopted one)
   */
  adopt(story: Story): { before: { articles: number; sentences: number }; after: { articles: number; sentences: number } } {
    if (this.#running) throw new ReindexBusyError();
    const before = countsOf(this.#story);
    this.#swap(story);
    return { before, after: countsOf(story) };
  }

  async #rebuild(): Promise<ReindexReport> {
    const before = this.#story;
    const opened = await openStory({ ...this.options, force: true });
    // The build is synchronous: questions that reached the socket while it held the event loop are still
    // waiting. One turn of the loop (the poll phase runs before setImmediate) dispatches them first, so they
    // are answered from the story that was live when they were asked, and only then is the new one swapped in.
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.#swap(opened.story);
    const report: ReindexReport = {
      ...diffArticles(before.articles, opened.story.articles),
      before: countsOf(before),
      after: countsOf(opened.story),
      skipped: opened.skipped,
      ms: opened.ms,
    };
    if (opened.saveError !== undefined) report.saveError = opened.saveError;
    for (const listener of this.#listeners) {
      try {
        listener(report, opened.story);
      } catch {
        // A listener's own failure (it logs it) never turns a done rebuild into a failed one.
      }
    }
    return report;
  }
}

function countsOf(story: Story): { articles: number; sentences: number } {
  return { articles: story.articles.length, sentences: story.sentences.length };
}

/** Article ids added, removed and changed (content hash differs) between two stories. */
export function diffArticles(before: ArticleInfo[], after: ArticleInfo[]): { added: string[]; removed: string[]; changed: string[] } {
  const old = new Map(before.map((a) => [a.id, a.contentHash]));
  const now = new Map(after.map((a) => [a.id, a.contentHash]));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now.entries()].filter(([id, h]) => old.has(id) && old.get(id) !== h).map(([id]) => id),
  };
}
