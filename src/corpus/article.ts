/**
 * An article of the story, as loaded from corpus/.
 *
 * The id is the file name without its extension (`000_ed7fc39ad626e306.md` → `000_ed7fc39ad626e306`).
 * Optional fields are absent, never guessed, when the file does not give them.
 */
export interface Article {
  id: string;
  /** Headline; when the file gives none, a label made from the body's first words. */
  title: string;
  /** Whether `title` came from the file (false: derived from the body). */
  titleGiven: boolean;
  /** Publisher, e.g. "Harbour Gazette". */
  source?: string;
  /** ISO date (YYYY-MM-DD) the article was published. */
  published?: string;
  author?: string;
  url?: string;
  /** The article text, verbatim; paragraphs separated by blank lines. */
  body: string;
  /** Path of the file it came from, relative to the corpus directory. */
  file: string;
}

/** A corpus file that was not loaded, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LoadedCorpus {
  articles: Article[];
  skipped: SkippedFile[];
}
