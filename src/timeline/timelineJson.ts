import type { SentenceRef } from '../actors/actor.js';
import type { DatePrecision } from '../nlp/resolveDate.js';
import type { TimelineEvent } from './timeline.js';

/** The JSON form of one event (the CLI and console contract). */
export interface TimelineEventJson {
  date: string;
  precision: DatePrecision;
  dateText: string;
  text: string;
  articleId: string;
  sentence: number;
  alsoIn: SentenceRef[];
}

/**
 * Serialises a timeline for `--json` output: `{"events": [{"date","precision","dateText","text","articleId",
 * "sentence","alsoIn"}]}`, in the given order. "before"/"about" survive in `dateText` ("before Thursday").
 */
export function timelineJson(events: readonly TimelineEvent[]): { events: TimelineEventJson[] } {
  return {
    events: events.map((e) => ({
      date: e.date,
      precision: e.precision,
      dateText: e.dateText,
      text: e.text,
      articleId: e.articleId,
      sentence: e.sentence,
      alsoIn: e.alsoIn.map((r) => ({ articleId: r.articleId, sentence: r.sentence })),
    })),
  };
}
