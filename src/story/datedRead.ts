import { readArticle, type ReadArticle } from '../nlp/readArticle.js';
import type { ResolvedDate } from '../nlp/resolveDate.js';
import { datesOf } from '../timeline/timeline.js';

/** An article as the read stage reads it: its sentences and tags (`readArticle`), and each sentence's resolved dates. */
export interface DatedRead extends ReadArticle {
  /**
   * Each sentence's resolved dates (the timeline's `datesOf`): they need only the sentence, its tokens, its date
   * entities and its article's published date, so they are read on the reading threads, not by the timeline stage.
   */
  dates: (readonly ResolvedDate[])[];
}

/** What `dates` holds for a sentence that gives no date (most of them). */
export const NO_DATES: readonly ResolvedDate[] = [];

/** What `readDated` reads of an article. */
export interface DatedArticle {
  id: string;
  body: string;
  /** ISO date (YYYY-MM-DD) the article was published: what its dates are resolved against. */
  published?: string | undefined;
}

/**
 * Reads an article (`readArticle`) and resolves each sentence's dates against its published date.
 *
 * @example readDated({ id: 'a', body: 'They met on Friday.', published: '2031-03-16' }).dates[0] // → [{ date: '2031-03-14', … }]
 */
export function readDated(article: DatedArticle): DatedRead {
  const read = readArticle(article.id, article.body);
  const dates = read.sentences.map((s, i) => {
    const { tokens, entities } = read.tagged[i]!;
    const found = datesOf({ text: s.text, tokens, entities }, article.published);
    return found.length > 0 ? found : NO_DATES;
  });
  return { ...read, dates };
}
