import type { SkippedFile } from '../corpus/article.js';
import { openStory, type OpenOptions } from './openStory.js';
import type { ArticleInfo, Story } from './story.js';

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
 * it runs and after it fails. One reindex at a time.
 */
export class StoryHolder {
  #story: Story;
  #running: Promise<ReindexReport> | undefined;

  constructor(
    story: Story,
    private readonly options: Omit<OpenOptions, 'force'>,
  ) {
    this.#story = story;
  }

  /** The live story. */
  get story(): Story {
    return this.#story;
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

  async #rebuild(): Promise<ReindexReport> {
    const before = this.#story;
    const opened = await openStory({ ...this.options, force: true });
    // The build is synchronous: questions that reached the socket while it held the event loop are still
    // waiting. One turn of the loop (the poll phase runs before setImmediate) dispatches them first, so they
    // are answered from the story that was live when they were asked, and only then is the new one swapped in.
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.#story = opened.story;
    const report: ReindexReport = { ...diffArticles(before.articles, opened.story.articles), before: countsOf(before), after: countsOf(opened.story), skipped: opened.skipped, ms: opened.ms };
    if (opened.saveError !== undefined) report.saveError = opened.saveError;
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
