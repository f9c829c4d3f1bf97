import { tagSentence } from '../nlp/entities.js';
import { termOf, termsOf } from '../search/terms.js';
import { FIGURE_NOUNS } from './figureNouns.js';
import { FIGURES } from '../text/words.js';

/**
 * "What was X's approval rating?", "What is the hottest recorded temperature?", "At what time did X die?": a question
 * that asks a figure by the noun it names (figureNouns.ts) rather than by "how many" or "how much".
 */
const FIGURE_NOUN = FIGURE_NOUNS.join('|');

/** Nouns after a figure noun that keep it a figure asked ("the age difference", "the temperature record"). */
const FIGURE_COMPOUNDS = 'difference|gap|record|limit|level|total|figure';

/**
 * "What is / was [the] [a possessor's] [describing words] NOUN", for one of `nouns` (an alternation): the noun heads the
 * phrase right after the copula (up to three words before it, none a preposition or a conjunction: "the name of the bay"
 * or "the spread of income" ask no figure) and ends it, the question ending there or going on with a preposition
 * ("the price of …", "the rate in …"): a noun after it is the head ("the wage inequality"), but for a FIGURE_COMPOUNDS
 * one ("the age difference").
 */
export function headedBy(nouns: string): RegExp {
  return new RegExp(
    `^\\W*(?:what|which)\\s+(?:is|was|are|were)\\s+(?:the\\s+)?(?:(?!(?:of|in|for|from|to|by|on|at|with|and|or|that)\\s)[\\p{L}.'’-]+\\s+){0,3}?(?:${nouns})(?:\\s+(?:${FIGURE_COMPOUNDS}))?(?:'s|’s)?(?=\\s*[?.!]?\\s*$|\\s+(?:of|in|for|at|on|during|between|among|from|per|across|over|under|within|after|before|since|when|as)\\s)`,
    'iu',
  );
}

/** A figure asked by its noun (headedBy FIGURE_NOUN). */
const FIGURE_ASKED = headedBy(FIGURE_NOUN);

/**
 * "What was the total membership / cost / area …", "By 1990, what was the total …": "total" before the noun asks the
 * figure of it.
 */
const TOTAL_ASKED = /\b(?:what|which)\s+(?:is|was|are|were)\s+(?:the\s+)?total\s+\p{L}/iu;

/** "How long …", "… for how long?": a stretch of time (or a length) asked. */
const HOW_LONG = /\bhow\s+long\b/i;

/**
 * "How long did / will / has / may …": a stretch of time asked by a verb of its own, which no bare count answers;
 * not "How long is the unbeaten run?", which a count of games answers, nor "How long is the bridge?".
 */
const HOW_LONG_BY_VERB = /\bhow\s+long\s+(?:did|does|do|will|would|shall|should|can|could|may|might|must|has|have|had)\b/i;

/** The words of an answer, split on what is no letter nor digit. */
const ANSWER_WORD_GAPS = /[^\p{L}\d]+/u;
/** A figure that reads as a year ("1904", "2031"): a year bounds a stretch of time. */
const YEAR_LIKE = /^(?:1\d|20)\d\d$/;
/** Figure words and the words that hedge or join figures ("about", "nearly", "up to", "between … and"): no unit. */
const BARE_FIGURE_WORDS = new Set(
  (
    'a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands ' +
    'million millions billion billions dozen dozens half quarter several few some about around nearly almost roughly ' +
    'approximately over under more less than up to at least most between and or just only the last first next'
  ).split(' '),
);

/**
 * Whether an answer is a bare figure: digits and figure words, hedged or joined, with no unit and no year ("eight" of
 * "the last eight", "12 to 19", "about 1,200"; not "four weeks", "300 yards", "from 1904 to 1911").
 */
function bareFigure(written: string): boolean {
  const words = written.toLowerCase().split(ANSWER_WORD_GAPS).filter(Boolean);
  return words.length > 0 && words.every((w) => (FIGURES.test(w) ? !YEAR_LIKE.test(w) : BARE_FIGURE_WORDS.has(w)));
}

/**
 * Words that tell a stretch of time or its bound without a figure: a unit of time ("years", "a fortnight"), "a while",
 * "forever", "for life", or a bound ("until Friday", "since the war", "to May").
 */
const TIME_WRITTEN =
  /\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|millenni(?:um|a)|seasons?|terms?|lifetimes?|life|while|forever|indefinitely|permanently|long|until|till|since|through|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * A predicate after the figure noun that the question asks the complement of ("the length of rope wound onto …?",
 * "a barrel's weight equal to …?"): a participle or an adjective before "to", "by" or "with".
 */
const COMPLEMENT_ASKED = /\b\p{L}+(?:ed|al|ant|ent)\s+(?:to|by|with)\b/iu;

/** "At what time …", "What time …": a clock time asked. */
const TIME_ASKED = /^\W*(?:at\s+)?what\s+time\b/i;

/** A figure in digits or words, or a time of day in words: what a figure's answer writes. */
const FIGURE_WRITTEN =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|quarter|third|zero|noon|midnight|dawn|dusk|morning|afternoon|evening|night|several|few)\b/i;

/**
 * Whether a question asking a figure by its noun (FIGURE_ASKED, or "the total" of something: TOTAL_ASKED) or a time of
 * day (TIME_ASKED) was answered by words that write no figure, one asking how long by words that write neither a
 * figure nor a stretch of time (TIME_WRITTEN: "the ferry crews" for how long the pier was shut), or one asking how long
 * by a verb of its own (HOW_LONG_BY_VERB) by a bare figure (bareFigure: "eight" for how long the siege of Orsk lasted,
 * read off "the last eight"): the figure asked is not
 * where the answer was read, as a story on the same topic that never gives it offers a phrase from a sentence on the
 * measure's subject ("What was the hottest temperature?" answered "the mill's ledger").
 *
 * @param written the answer as its sentence writes it
 * @example figureUnanswered("What was the lake's highest temperature?", 'record heat') // → true
 */
export function figureUnanswered(question: string, written: string): boolean {
  if (HOW_LONG_BY_VERB.test(question) && bareFigure(written)) return true;
  if (FIGURE_WRITTEN.test(written)) return false;
  if (TIME_ASKED.test(question)) return true;
  if (HOW_LONG.test(question)) return !TIME_WRITTEN.test(written);
  if (TOTAL_ASKED.test(question)) return true;
  const asked = FIGURE_ASKED.exec(question);
  return asked !== null && !COMPLEMENT_ASKED.test(question.slice(asked[0].length));
}

/** "How long is / was X?": a length or a run asked of X by the copula, X the rest of the question. */
const HOW_LONG_BY_COPULA = /\bhow\s+long\s+(?:is|was|are|were)\s+(.+)$/i;

/**
 * Whether a question asking how long something is by the copula (HOW_LONG_BY_COPULA: "How long was the Tolly regatta?")
 * was answered by a bare figure (bareFigure) from a sentence that writes none of the common nouns of what is asked (or
 * words the tagger reads as verbs: it reads "match" of "Ada's match" so): a
 * bare figure answers such a question only as a count of the thing it asks about ("How long is the crew's winning run?"
 * answered "12" of "extending its winning run to 12"), and one from a sentence that never names that thing counts or
 * numbers something else ("29" of a seeded list's line "29 Ivo Brandt (Velden)" for how long a match lasted). A
 * question asking no common noun ("How long is it?") is left alone.
 *
 * @param written the answer as its sentence writes it
 * @example bareFigureUnheld('How long was the Tolly regatta?', '29', '29 Ivo Brandt (Velden)') // → true
 */
export function bareFigureUnheld(question: string, written: string, sentence: string): boolean {
  const asked = HOW_LONG_BY_COPULA.exec(question);
  if (asked === null || !bareFigure(written)) return false;
  const nouns = tagSentence(asked[1]!)
    .tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'VERB')
    .map((t) => termOf(t.text))
    .filter((t) => t !== null);
  if (nouns.length === 0) return false;
  const held = new Set(termsOf(sentence));
  return !nouns.some((t) => held.has(t));
}

/**
 * A part of the calendar asked by its noun ("In what year …", "Which month …", "What day of the week …", "In what decade
 * …", "Which century …"), with what an answer giving it writes: a year's figure, a month's or a weekday's name, a decade,
 * a century or its rank. "What era / period" is left out: a span of years or a named period answers it.
 */
const CALENDAR_ASKED: [RegExp, RegExp][] = [
  [/\b(?:what|which)\s+year\b/i, /\d{3,4}|\d0s\b|\byears?\b|\bcentur(?:y|ies)\b/i],
  [/\b(?:what|which)\s+month\b/i, /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bmonths?\b/i],
  [/\b(?:what|which)\s+day\s+of\s+the\s+week\b/i, /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/i],
  [/\b(?:what|which)\s+decade\b/i, /\d0s\b|\bdecades?\b/i],
  [
    /\b(?:what|which)\s+century\b/i,
    /\bcentur(?:y|ies)\b|\d00s\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:first|second|third|(?:thir|four|fif|six|seven|eigh|nine|ten|eleven|twelf)(?:teen)?th|twentieth)\b/i,
  ],
];

/**
 * Whether a question asking a part of the calendar by its noun (CALENDAR_ASKED) was answered by words that do not give
 * it: "night" or a day of a month for a year, a date for a day of the week, a rank or a screen format for a year. The
 * story's date for the event asked is not where the answer was read, as a story on the same topic that never dates
 * it offers another time or figure from a sentence on it.
 *
 * @param written the answer as its sentence writes it
 * @example calendarUnanswered('In what year did the mill open?', 'September 29') // → true
 */
export function calendarUnanswered(question: string, written: string): boolean {
  return CALENDAR_ASKED.some(([asked, gives]) => asked.test(question) && !gives.test(written));
}

/**
 * Words by which a question asks a time or a date, or may be answered by one ("when", "how long", "since", "the year",
 * "the deadline", "what period").
 */
const TIME_ASKED_WORDS =
  /\b(?:when|how|since|until|till|years?|dates?|dated|days?|weeks?|months?|seasons?|decades?|centur(?:y|ies)|periods?|eras?|times?|ages?|hours?|anniversar(?:y|ies)|birthdays?|holidays?|deadlines?|schedule[sd]?)\b/i;

/** The name of a month, in full. */
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

/**
 * An answer that is only a date: a month's name with or without its day and year ("March 18", "5 June", "January 2003",
 * "December"), or a year or a span of years ("1965", "1249–1314").
 */
const DATE_ONLY = new RegExp(
  `^\\W*(?:(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|(?:1\\d{3}|20\\d{2})(?:\\s*[–-]\\s*(?:\\d{4}|\\d{2}))?)\\W*$`,
  'i',
);

/**
 * Whether a question that wants no entity type and asks no time (TIME_ASKED_WORDS) was answered by a date alone
 * (DATE_ONLY): what the question asks ("What was the joined parish called?", "What kind of council does X have?",
 * "What ruined the plan?") is a thing, a name or an event, and a date is none of them. The story's answer is not where
 * the answer was read, as a story on the same topic that never gives it offers the date of a sentence on the topic.
 *
 * @param written the answer as its sentence writes it
 * @example dateUnasked('What was the new company known as?', 'March 18') // → true
 */
export function dateUnasked(question: string, written: string): boolean {
  return DATE_ONLY.test(written) && !TIME_ASKED_WORDS.test(question);
}
