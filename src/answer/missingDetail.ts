import { articleById, type Story, type StorySentence } from '../story/story.js';
import type { CorroboratedSentence } from './corroborate.js';
import { questionDay, speaksOfDay } from './questionDate.js';

/** How many of the best excerpts (with the sentences folded into them) are searched for the question's day and figures. */
export const DETAIL_DEPTH = 5;

/**
 * A specific detail the question names that none of the best excerpts holds: a calendar day ("… on
 * October 27?") that no excerpt speaks of, or a figure ("… fell 41.5%?", "… in 1987?") that none writes.
 * A question tied to such a detail is about something the story does not report, however well its other
 * words match ("Where did the index close on the 27th?" against an article of the 24th saying where it
 * closed "today"). Undefined when every detail is held, or the question names none.
 */
export function missingDetail(story: Story, groups: readonly CorroboratedSentence[], question: string): string | undefined {
  if (groups.length === 0) return undefined;
  const day = questionDay(question);
  // Most questions name no specific day or figure: the excerpts' sentences are gathered only for one that does.
  const asked = figuresOf(question).filter(specific);
  if (!day && asked.length === 0) return undefined;
  const sentences = groups.slice(0, DETAIL_DEPTH).flatMap((g) => [g.sentence, ...g.others.map((o) => o.sentence)]);
  if (day && !sentences.some((s) => mayTellDay(story, s, day))) return day.monthDay;
  if (asked.length === 0) return undefined;
  const written = new Set(sentences.flatMap((s) => figuresOf(s.text)));
  return asked.find((f) => !written.has(f));
}

/**
 * The calendar day a question names when the sentence its answer is read from, in an article with a date, does not
 * speak of it, nor does a sentence of another article corroborating it (questionDate.speaksOfDay): the answer tells
 * of another day's event ("How many ferries sailed on 12 May?" answered "14" from an article of the 3rd
 * saying 14 sailed "today"), the story not reporting the day asked about. Undefined when the question names no
 * day, the answer's sentence speaks of it, or its article has no date (a day then cannot be told apart).
 *
 * @example answerOffDay(story, groups, sentenceId, 'How many ferries sailed on May 12?') // → '05-12'
 */
export function answerOffDay(
  story: Story,
  groups: readonly CorroboratedSentence[],
  sentenceId: number,
  question: string,
): string | undefined {
  const day = questionDay(question);
  const sentence = story.sentences[sentenceId];
  if (!day || !sentence || articleById(story).get(sentence.articleId)?.published === undefined) return undefined;
  const group = groups.find((g) => g.sentence.id === sentenceId || g.others.some((o) => o.sentence.id === sentenceId));
  const told = [sentence, ...(group ? [group.sentence, ...group.others.map((o) => o.sentence)] : [])];
  return told.some((s) => speaksOfDay(story, s, day)) ? undefined : day.monthDay;
}

/**
 * The excerpts that speak of the calendar day a question names, by their sentence or one corroborating it, in dated
 * articles (questionDate.speaksOfDay): where an answer told of another day (answerOffDay) is looked for again.
 * Undefined when the question names no day; empty when no excerpt speaks of it.
 */
export function excerptsOfDay(story: Story, groups: readonly CorroboratedSentence[], question: string): CorroboratedSentence[] | undefined {
  const day = questionDay(question);
  if (!day) return undefined;
  const dated = (s: StorySentence) => articleById(story).get(s.articleId)?.published !== undefined;
  return groups.filter((g) => [g.sentence, ...g.others.map((o) => o.sentence)].some((s) => dated(s) && speaksOfDay(story, s, day)));
}

/**
 * A figure specific enough that a story reporting it writes it: a fraction ("41.54") or a number of 100
 * or more that is no year. A year or a small number often comes from what the whole story is about
 * ("in the 2029 season", "the 50th edition") and need not stand in the sentence that answers.
 */
function specific(figure: string): boolean {
  if (figure.includes('.')) return true;
  const n = Number(figure);
  return n >= 100 && !(Number.isInteger(n) && n >= 1000 && n <= 2100 && figure.length === 4);
}

/**
 * Whether a sentence may speak of the day: it does (questionDate.speaksOfDay), or its article has no date
 * and the sentence names a day only relative to it ("on Sunday"), which cannot be placed.
 */
function mayTellDay(story: Story, s: StorySentence, day: NonNullable<ReturnType<typeof questionDay>>): boolean {
  if (speaksOfDay(story, s, day)) return true;
  return articleById(story).get(s.articleId)?.published === undefined && s.entities.some((e) => e.type === 'DATE');
}

/**
 * The figures a text writes, as digit strings without thousands separators ("1,250" → "1250", "41.54%" →
 * "41.54"); ordinals ("3rd") aside, since a text may spell them ("third").
 */
export function figuresOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?(?![\d,]*(?:st|nd|rd|th)\b)/gi)) out.push(m[0].replace(/,/g, '').replace(/\.0+$/, ''));
  return out;
}
