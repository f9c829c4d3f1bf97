import { resolveDate } from '../nlp/resolveDate.js';
import { termOf } from '../search/terms.js';
import { articleById, type Story, type StorySentence } from '../story/story.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** "October 6", "Oct. 6th" (made once: a pattern compiled per question is paid by every question). */
const MONTH_THEN_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`);
/** "6 October", "the 6th of Oct." */
const DAY_THEN_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`);

/** A calendar day a question names ("on October 6", "6 Oct"), with the index terms that wrote it. */
export interface QuestionDay {
  /** `MM-DD`. */
  monthDay: string;
  terms: string[];
}

/**
 * The day of the month a question names, if any: "How much did the index slip on May 12?" → 05-12.
 * News questions name the day a thing happened, while its article says "today" or "Monday" and carries
 * the date as its publication date.
 */
export function questionDay(question: string): QuestionDay | undefined {
  const q = question.toLowerCase();
  const m = MONTH_THEN_DAY.exec(q) ?? swap(DAY_THEN_MONTH.exec(q));
  if (!m) return undefined;
  const month = MONTHS.findIndex((name) => name.startsWith(m[1]!.slice(0, 3))) + 1;
  const day = Number(m[2]);
  if (month < 1 || day < 1 || day > 31) return undefined;
  const terms = [termOf(m[1]!), termOf(m[2]!)].filter((t): t is string => t !== null);
  return { monthDay: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, terms };
}

function swap(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return null;
  const out = [...m] as unknown as RegExpExecArray;
  out[1] = m[2]!;
  out[2] = m[1]!;
  out.index = m.index;
  return out;
}

/**
 * Whether a sentence speaks of that day: its article was published on it and the sentence says "today"
 * or names no other day, or one of its dates resolves to it ("on Monday" in an article of the Wednesday after).
 */
export function speaksOfDay(story: Story, sentence: StorySentence, day: QuestionDay): boolean {
  const published = articleById(story).get(sentence.articleId)?.published;
  const dates = sentence.entities.filter((e) => e.type === 'DATE');
  if (
    published?.slice(5) === day.monthDay &&
    (dates.length === 0 || dates.some((e) => /\b(today|tonight|this (morning|afternoon|evening))\b/i.test(e.text)))
  )
    return true;
  return dates.some((e) => resolveDate(e.text, sentence.text, published)?.date.slice(5, 10) === day.monthDay);
}
