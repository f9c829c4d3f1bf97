/**
 * How the story-wide views read — the brief, the disagreements and "what's new" — for every surface. Plain
 * strings only; each surface escapes and styles them its own way. Knows nothing of Discord.
 */
import type { BriefLine } from '../brief/index.js';
import type { Difference, DifferenceCitation } from '../differences/index.js';
import { shortDate, sourceLabel } from './answerText.js';

/**
 * How many outlets and articles report a brief line: "reported by 1 outlet", "reported by 3 outlets",
 * "reported by 2 outlets (3 articles)" when one outlet ran it more than once.
 */
export function reportedBy(line: Pick<BriefLine, 'outlets' | 'articles'>): string {
  const outlets = `${line.outlets} ${line.outlets === 1 ? 'outlet' : 'outlets'}`;
  return line.articles > line.outlets ? `reported by ${outlets} (${line.articles} articles)` : `reported by ${outlets}`;
}

/** Where a brief line or a difference's value is stated, as one line: "Harbour Post, 30 Nov 2025, sentence 4" (a caption says so). */
export function placeLine(
  c: Pick<BriefLine, 'source' | 'title' | 'published' | 'url'> & { sentence?: number; part?: DifferenceCitation['part'] },
): string {
  const s = sourceLabel(c);
  const where = c.part === 'caption' ? 'photo caption' : c.sentence !== undefined ? `sentence ${c.sentence}` : undefined;
  return [s.isTitle ? `“${s.name}”` : s.name, s.date, where].filter(Boolean).join(', ');
}

/** The heading of a brief: "The story so far, in 6 sentences". */
export function briefHeading(count: number): string {
  return `The story so far, in ${count} ${count === 1 ? 'sentence' : 'sentences'}`;
}

/** What is said when the story has no sentence to brief. */
export const NO_BRIEF = 'The corpus has no articles yet, so there is no story to sum up.';

/** What is said when no two articles disagree. */
export const NO_DIFFERENCES = 'The articles agree: no number, date, place or name is reported differently by two of them.';

/** The heading of the disagreements: "Where the sources differ (2)". */
export function differencesHeading(count: number): string {
  return `Where the sources differ (${count})`;
}

/** A published date for a list of articles: "30 Nov 2025", or nothing. */
export function articleDate(published: string | undefined): string | undefined {
  return shortDate(published);
}

/** The difference's values, with each citation: used by the console and the CLI. */
export function differenceLines(d: Difference): { label: string; citations: { place: string; text: string; url?: string }[] }[] {
  return d.values.map((v) => ({
    label: v.label,
    citations: v.citations.map((c) => ({ place: placeLine(c), text: c.text, ...(c.url ? { url: c.url } : {}) })),
  }));
}
