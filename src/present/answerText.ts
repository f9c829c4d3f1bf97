/**
 * How an answer reads, for every surface (Discord embeds, the console, mention replies): labels, the
 * short answer with its calendar date, compact citations and the short answer found inside its sentence.
 * Plain strings and segments only; each surface escapes and styles them its own way. Knows nothing of Discord.
 */
import type { Answer, Excerpt } from '../answer/answer.js';
import type { AnswerKind } from '../answer/answerKind.js';
import { wholeWordAt } from '../text/words.js';

/** The label before a short answer: "Who: …", "How many: …". */
export const KIND_LABEL: Readonly<Record<AnswerKind, string>> = {
  person: 'Who',
  date: 'When',
  place: 'Where',
  number: 'How many',
  duration: 'How long',
  other: 'Answer',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "Saturday (Sat 29 Nov 2025)" when a relative date was placed on the calendar, else the answer as is.
 *
 * @example answerText({ text: 'Saturday', type: 'DATE', date: { date: '2025-11-29', precision: 'day', label: 'Sat 29 Nov 2025' } }) // → 'Saturday (Sat 29 Nov 2025)'
 */
export function answerText(a: NonNullable<Answer['answer']>): string {
  if (!a.date || a.date.label.toLowerCase() === a.text.toLowerCase()) return a.text;
  // "Tuesday, 8 April 2031" already says where it falls: no "(Tue 8 Apr 2031)" after it.
  const year = a.date.date.slice(0, 4);
  return /^\d{4}/.test(year) && a.text.includes(year) ? a.text : `${a.text} (${a.date.label})`;
}

/**
 * A published date as people read it: "2025-11-30" → "30 Nov 2025", "2025-11" → "Nov 2025"; anything
 * else is returned as is.
 */
export function shortDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** Where an excerpt comes from, compactly: the publisher (or, without one, the headline) and the date. */
export interface SourceLabel {
  /** Publisher, else the article's headline (cut to 36 characters: with the date, one line on a phone). */
  name: string;
  /** Whether `name` is a headline rather than a publisher. */
  isTitle: boolean;
  date?: string;
  url?: string;
}

/** The compact source of an excerpt: "Harbour Gazette" + "30 Nov 2025", linked when the url is known. */
export function sourceLabel(e: Pick<Excerpt, 'source' | 'title' | 'published' | 'url'>): SourceLabel {
  const date = shortDate(e.published)?.slice(0, 20);
  const name = cutWords(e.source ?? e.title, 36);
  return { name, isTitle: !e.source, ...(date ? { date } : {}), ...(e.url ? { url: e.url } : {}) };
}

/**
 * The other reports of the same fact, said briefly: the other outlets by name when any differs from the
 * excerpt's own ("also Reuters, AP"), else a count ("and 2 more reports"). Empty when there are none.
 *
 * @example corroboration({ source: 'Wire', alsoIn: [{ source: 'Wire' }, { source: 'Wire' }] }) // → 'and 2 more reports'
 */
export function corroboration(e: { source?: string; alsoIn: readonly { source?: string }[] }): string {
  if (e.alsoIn.length === 0) return '';
  const others = [...new Set(e.alsoIn.map((o) => o.source).filter((s): s is string => Boolean(s) && s !== e.source))];
  if (others.length === 0) return `and ${e.alsoIn.length} more ${e.alsoIn.length === 1 ? 'report' : 'reports'}`;
  const named = others.slice(0, MAX_NAMED_OUTLETS);
  const rest = e.alsoIn.filter((o) => !o.source || !named.includes(o.source)).length;
  return `also ${named.map((n) => cutWords(n, 40)).join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}

/** Other outlets named at most, before "and N more". */
const MAX_NAMED_OUTLETS = 3;

/** A piece of a sentence, marked when it is the short answer. */
export interface Segment {
  text: string;
  answer: boolean;
}

/**
 * Splits an excerpt's sentence around the first whole-word occurrence of the short answer
 * (case-insensitive), so a renderer can show it in bold: "The board met in Lisbon." + "Lisbon" →
 * ["The board met in ", **"Lisbon"**, "."]. An occurrence inside a longer word or figure ("10" in
 * "2010", "Ann" in "Annual") is not the answer; one plain segment when the sentence has no whole-word
 * occurrence.
 */
export function answerSegments(sentence: string, answer: string | undefined): Segment[] {
  const at = answer && answer.trim().length > 0 ? wholeWordAt(sentence.toLowerCase(), answer.toLowerCase()) : -1;
  if (!answer || at < 0) return [{ text: sentence, answer: false }];
  return [
    { text: sentence.slice(0, at), answer: false },
    { text: sentence.slice(at, at + answer.length), answer: true },
    { text: sentence.slice(at + answer.length), answer: false },
  ].filter((s) => s.text.length > 0);
}

/**
 * The confidence as people read it: "confidence 85%" in the short answer, "no short answer" when the
 * sentences are all there is (a confidence would then be of nothing shown), "not covered" when the story
 * does not say.
 */
export function confidenceText(answer: Pick<Answer, 'covered' | 'confidence' | 'answer'>): string {
  if (!answer.covered) return 'not covered';
  return answer.answer ? `confidence ${Math.round(answer.confidence * 100)}%` : 'no short answer';
}

/** The headline of an answer: "Who: X", "The story doesn't say", or the no-short-answer line. */
export function answerHeadline(answer: Pick<Answer, 'covered' | 'answer' | 'kind'>): string {
  if (!answer.covered) return "The story doesn't say";
  if (answer.answer) return `${KIND_LABEL[answer.kind]}: ${answerText(answer.answer)}`;
  return 'No short answer — here is what the story says';
}

function cutWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
