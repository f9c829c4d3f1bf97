/**
 * The short label an event gets in the timeline picture: the clause of its sentence that holds the date, without
 * the date phrase itself (the picture shows the date beside it).
 */
import type { TimelineEvent } from '../timeline.js';
import { escapeRegExp } from '../../text/escapeRegExp.js';
import { textMemo } from '../../text/textMemo.js';

/** Words that open a date phrase; with one, the phrase is dropped from a label ("on Friday", "before Thursday"). */
const DATE_PREPOSITIONS = 'on|in|during|over|at|since|until|by|before|after|early|late';

/** A date phrase that a preposition leads. */
const LEADS_WITH_PREPOSITION = new RegExp(`^(?:${DATE_PREPOSITIONS})\\b`, 'i');

/** The date phrase `dateText` where it opens a label (with a preposition before it, if any) and inside one. */
interface DatePhrases {
  opening: RegExp;
  inside: RegExp;
}

/** Each date text's phrases, compiled once per text (a chart labels the events of a few dates). */
const datePhrases = textMemo<DatePhrases>(256);

function datePhrasesOf(dateText: string): DatePhrases {
  const escaped = escapeRegExp(dateText);
  const inside = LEADS_WITH_PREPOSITION.test(dateText) ? `\\s*\\b${escaped}\\b` : `\\s+\\b(?:${DATE_PREPOSITIONS})\\s+${escaped}\\b`;
  return {
    opening: new RegExp(`^(?:(?:${DATE_PREPOSITIONS})\\s+)?${escaped}(?:['’]s)?\\s*,?\\s*`, 'i'),
    inside: new RegExp(inside, 'i'),
  };
}

/** Sentences longer than this are cut to the clause that holds the date. */
const LONG_SENTENCE = 120;

/**
 * A short label for an event: the clause of its sentence that holds the date mention (for long sentences),
 * without the date phrase when a preposition leads it ("On Friday, X did" → "X did"), quote marks and leading
 * conjunctions.
 *
 * @example eventLabel({ text: 'On Monday, the council approved the plan.', dateText: 'On Monday', … }) // "The council approved the plan."
 */
export function eventLabel(e: Pick<TimelineEvent, 'text' | 'dateText'>): string {
  const sentence = e.text.replace(/\s+/g, ' ').trim();
  let text =
    sentence.length > LONG_SENTENCE
      ? clauseAround(sentence, Math.max(0, sentence.toLowerCase().indexOf(e.dateText.toLowerCase())))
      : sentence;
  const { opening, inside } = datePhrases.get(e.dateText, datePhrasesOf);
  text = text.replace(opening, '').replace(inside, '');
  text = text.replace(/["“”]/g, '').replace(/^[\s'‘’]+/, '');
  text = text.replace(/^(?:and|but|or|that|which|while|as|so)\s+/i, '');
  text = text
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The clause of a long sentence that holds position `at`, widened while it is too short to say anything. */
function clauseAround(sentence: string, at: number): string {
  // Clauses: split at ; — – and at commas/colons followed by a space, and between sentences.
  const parts: { start: number; text: string }[] = [];
  const re = /\s*(?:[;—–]|[,:](?=\s)|(?<=[.!?]["”]?)\s+(?=["“]?\p{Lu}))\s*/gu;
  let from = 0;
  for (const m of sentence.matchAll(re)) {
    parts.push({ start: from, text: sentence.slice(from, m.index) });
    from = (m.index ?? 0) + m[0].length;
  }
  parts.push({ start: from, text: sentence.slice(from) });
  let i = parts.findIndex((p, k) => at >= p.start && (k === parts.length - 1 || at < parts[k + 1]!.start));
  if (i < 0) i = 0;
  let clause = parts[i]!.text;
  // Too short to say anything: take in the clauses after it.
  for (let k = i + 1; clause.length < 60 && k < parts.length; k += 1) clause += `, ${parts[k]!.text}`;
  // A relative clause or a short one needs what it hangs on: "The plan, which began …".
  for (let k = i - 1; k >= 0 && (clause.length < 40 || /^(?:which|who|whose|when|where)\b/i.test(clause)); k -= 1) {
    clause = `${parts[k]!.text}, ${clause}`;
  }
  return clause;
}
