/**
 * The studies' watch on the extractor's choices (extractAnswer.ts `observeExtraction`): one view of the first choice
 * made since the last look — the short answer's; later choices of one question are other passes, such as the answer
 * of another day.
 */
import { type ExtractionObserver, observeExtraction } from '../src/answer/extractAnswer.js';

/** What one view of the observer is handed. */
export type ExtractionView<K extends keyof ExtractionObserver> = Parameters<NonNullable<ExtractionObserver[K]>>[0];

/**
 * Starts watching one view (the one observer is set to it alone): the returned function gives what the view saw first
 * since its last call, or undefined where no choice was made.
 */
export function watchFirst<K extends keyof ExtractionObserver>(view: K): () => ExtractionView<K> | undefined {
  let first: ExtractionView<K> | undefined;
  const see = (seen: ExtractionView<K>) => {
    first ??= seen;
  };
  observeExtraction({ [view]: see } as ExtractionObserver);
  return () => {
    const seen = first;
    first = undefined;
    return seen;
  };
}
