import type { EntityType } from '../nlp/entities.js';
import { asksRank } from './askedRank.js';
import { asksMarketLevel } from './marketLevel.js';

/** The commands a question can come with. `ask` is a free question. */
export const COMMANDS = ['who', 'when', 'where', 'ask'] as const;
export type Command = (typeof COMMANDS)[number];

/** What a short answer should be. */
export type AnswerKind = 'person' | 'date' | 'place' | 'number' | 'duration' | 'other';

/** The entity types that can answer each kind. */
export const ANSWER_TYPES: Record<AnswerKind, readonly EntityType[]> = {
  person: ['PERSON'],
  date: ['DATE', 'TIME'],
  place: ['PLACE'],
  number: ['CARDINAL', 'MONEY', 'PERCENT', 'ORDINAL', 'QUANTITY'],
  duration: ['DURATION'],
  other: [],
};

/**
 * Types that answer a kind only when the top excerpts hold none of its own types: an organisation
 * for "Who owns the terminal?" or "Where did he write?" ("at the Foreign Ministry"), a count for "How
 * long is the winning streak?".
 */
export const FALLBACK_TYPES: Record<AnswerKind, readonly EntityType[]> = {
  person: ['ORG'],
  date: [],
  place: ['ORG'],
  number: [],
  // "How long is the streak / the bridge?": with no span of time in the top excerpts, a count or a measure.
  duration: ['CARDINAL', 'QUANTITY'],
  other: [],
};

/** Openings that decide the kind; tried before the anywhere-rules below. */
const OPENINGS: [RegExp, AnswerKind][] = [
  [
    /^(who|whom|whose)\b|^(which|what) ((two|three|four|five|six|both|[2-9]) )?(persons?|people|individuals|official|leader|man|woman|president|minister|envoy|spokes\w+)\b/,
    'person',
  ],
  [
    /^(when|(what|which) ((range|span) of )?(years?|dates?|days?|months?|weeks?|decades?|centur(y|ies))|what time|(on|in|during) (what|which) (dates?|days?|years?|months?|decades?|centur(y|ies))|how long ago)\b/,
    'date',
  ],
  [
    /^(where|(in|at|to|from) (what|which) (city|country|place|state|region|town|port|venue)|(what|which) (city|country|place|state|region|town|port|venue|club|location))\b/,
    'place',
  ],
  [
    /^(how long|for how long|how much (more )?time|how many (seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b(?! ago)/,
    'duration',
  ],
  [/^(how (many|much|big|large|high|far|fast|heavy|strong|tall|deep|wide|thick|old)|what (number|percentage|amount|share))\b/, 'number'],
];

/** Question words anywhere ("and who ...", "tell me when ..."), when no opening decided. */
const ANYWHERE: [RegExp, AnswerKind][] = [
  [/\b(who|whom|whose)\b/, 'person'],
  [/\b(when|what year|what date|what day)\b/, 'date'],
  [/\b(where|what city|what country)\b/, 'place'],
  [/\bhow (many|much)\b/, 'number'],
];

/**
 * A question whose first question word is "what" or "which" asks what that word asks: a "when", "where" or "who" later
 * in it opens a clause about the thing asked for ("What occurs when the clouds overlap?" wants the event, not a date;
 * "What does someone who resigns receive?" a thing, not a person) or is part of a title. So too when a phrase with no
 * comma comes first ("At first what did the men who kept the locks fear?").
 */
const WHAT_FIRST = /^(?:(?!\b(?:who|whom|whose|when|where|why|how)\b).)*?\b(what|which)\b/;

/**
 * A question opening with "how" and no measure word (those are decided by OPENINGS) asks a manner, a means or a state:
 * a "who", "when" or "where" later in it opens a clause ("How were the men who kept the locks paid?", "How do members
 * vote when the hall divides?"), unless it is joined to "how" ("How and when did …").
 */
const HOW_OPENING = /^how\b(?!\s+and\b)/;
const CLAUSE_WORD = /\b(when|where|who|whom|whose)\b/g;

/**
 * An opening "when" or "where" with no verb inverted after it, ending at a comma before a "what", "which" or "how",
 * opens a clause that sets the scene ("When the mill floods, the millers move to what shed?"): the later word asks.
 */
const WHEN_CLAUSE_OPENING =
  /^(?:when|where)\s+(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)\b)[^?]*,[^?]*\b(?:what|which|how)\b/;

/**
 * A question word written with a capital after another word is part of a name or title ("In what episode did Captain Who
 * …", "… the quiz When Tides Turn"), not a question about a person, time or place.
 */
const QUESTION_WORD_IN_NAME = /(?<=[\p{L}\p{N}]\s+)(?:Who|Whom|Whose|When|Where)\b/gu;

/**
 * A phrase or clause set before the question word, ending in a comma ("In 1990, who …", "After the vote, where …",
 * "When the bridge shut, how many …"): it sets the scene; the question word after it decides what is asked. At least
 * two words, so that a question word with a comma after it ("When, exactly, …") is not taken for one; and none opens
 * with a question word that cannot open a subordinate clause, as "when" and "where" can: "How many ferries sail, when
 * the bridge is shut?" asks how many, its "when" opening a clause about the count.
 */
const SETTING_CLAUSE =
  /^(?!\W*(?:who|whom|whose|what|which|why|how)\b)[^,?;:]*\s[^,?;:]*,\s*(?=(?:who|whom|whose|what|when|where|which|how)\b)/i;

/**
 * A question without the phrase or clause set before its question word (SETTING_CLAUSE).
 *
 * @example mainClause('In 1990, which firm built the pier?') // → 'which firm built the pier?'
 */
export function mainClause(question: string): string {
  return question.replace(SETTING_CLAUSE, '');
}

/** Whether a question asks "where …" (after any phrase that sets its scene). */
export function asksWhereQuestion(question: string): boolean {
  return /^\W*where\b/.test(mainClause(question));
}

/**
 * Infers what kind of short answer a question wants: the command decides (`who` → person, `when` →
 * date, `where` → place); a free question is read from its wording.
 *
 * @example answerKind('ask', 'How many workers were hired?') // → 'number'
 * @example answerKind('ask', 'In what city did they meet?') // → 'place'
 * @example answerKind('ask', 'When the bridge shut, who paid for the ferry?') // → 'person'
 */
export function answerKind(command: Command, query: string): AnswerKind {
  if (command === 'who') return 'person';
  if (command === 'when') return 'date';
  if (command === 'where') return 'place';
  const main = mainClause(query.trim());
  // "Where did the index close?" asks for a level, "Where does the port rank?" for a rank.
  if (asksMarketLevel(main) || asksRank(main)) return 'number';
  const q = main.toLowerCase();
  const whenClause = WHEN_CLAUSE_OPENING.test(query.trim().toLowerCase());
  if (!whenClause) for (const [re, kind] of OPENINGS) if (re.test(q)) return kind;
  const unnamed = main.replace(QUESTION_WORD_IN_NAME, ' ').toLowerCase();
  const clauses = whenClause || WHAT_FIRST.test(unnamed) || HOW_OPENING.test(q);
  const anywhere = clauses ? unnamed.replace(CLAUSE_WORD, ' ') : unnamed;
  for (const [re, kind] of ANYWHERE) if (re.test(anywhere)) return kind;
  return 'other';
}
