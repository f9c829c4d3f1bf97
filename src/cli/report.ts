import type { OpenedStory } from '../story/openStory.js';
import { errorLine } from '../present/scrub.js';

/**
 * Says on stderr what opening the story passed over or could not do — skipped files with their reason,
 * a snapshot that could not be saved, a corrupt snapshot rebuilt, an empty corpus — one line each, so no
 * entry point (console, ask, reindex) stays silent about it. Returns whether the corpus had articles.
 */
export function reportOpened(opened: OpenedStory & { saveError?: unknown }, corpusDir: string, err: NodeJS.WritableStream): boolean {
  for (const s of opened.skipped) err.write(`skipped ${s.file}: ${s.reason}\n`);
  if (opened.saveError !== undefined)
    err.write(
      `warning: could not save the index snapshot (${errorLine(opened.saveError)}); answering from the index built now, and the next start builds it again\n`,
    );
  if (opened.from === 'corrupt')
    err.write(`warning: the index snapshot was corrupt and has been rebuilt${opened.reason ? ` (${opened.reason})` : ''}\n`);
  else if (opened.from === 'stale' && opened.reason) err.write(`index rebuilt: ${opened.reason}\n`);
  const empty = opened.story.articles.length === 0;
  if (empty)
    err.write(
      `warning: the corpus ${corpusDir} has no articles (.md or .txt files); every question will be answered "The story doesn't say"\n`,
    );
  return !empty;
}
