import type { Token } from '../nlp/entities.js';
import { regnalOne } from '../nlp/nameKinds.js';
import { isCapitalised } from '../text/words.js';
import type { CorroboratedSentence } from './corroborate.js';
import type { ShortAnswer } from './extractAnswer.js';
import { POSSESSIVE } from './clauseRoles.js';
import { SUBJECT_RELATIVES } from '../text/functionWords.js';
import { dateSpans } from './howLongDates.js';
import { joinedByHyphen } from './participleAdjective.js';
import { pastBracket } from './spanContext.js';

/** Coverage of the question the best excerpt needs before a time told by another event is read as the answer. */
const MIN_EVENT_TIME_COVERAGE = 0.5;

/** A question that asks "when" at its opening ("When was …"); "in what year …" asks a date, never an event. */
const ASKS_WHEN = /^when\b/i;

/** Prepositions that place a time against another event ("after the war", "during the siege", "since the flood"). */
const EVENT_PREPOSITIONS = new Set(['after', 'before', 'during', 'since', 'until', 'till', 'following', 'upon']);

/** Nouns for a point of an event's time, which "at the … of" opens a time with ("at the close of the fair"). */
const TIME_POINTS = new Set(['beginning', 'start', 'end', 'close', 'outset', 'turn', 'height']);

/** Conjunctions that open a clause telling when ("occurs **when the tide is low**", "**while the hall was shut**"). */
const TIME_CONJUNCTIONS = new Set(['when', 'whenever', 'while']);

/** Marks that close a clause opened by a time conjunction. */
const CLAUSE_CLOSERS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–']);

/** Adverbs that tell how near to the event it is ("shortly after", "immediately before"), shown with it. */
const NEARNESS = new Set(['immediately', 'shortly', 'soon', 'just', 'right', 'long', 'directly']);

/** Marks before which a capitalised word may open a phrase mid-sentence ('("After the war …'); elsewhere it is in a name. */
const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', ':', ';', '—', '–']);

/** Determiners that point back to a time the text told before ("during **this** period", "after **that** war"). */
const POINTING_BACK = new Set(['this', 'that', 'these', 'those']);

/** Parts of speech a noun phrase naming an event is made of ("the close of the Velmian Fair", "the first two sieges"). */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * The time a sentence gives an event by another event, for a "When …" question whose best excerpt holds no date: the
 * phrase after "after", "before", "during", "since", "until", "following" or "at the beginning / end … of" ("The ferry
 * ran only **during the salt fair**", "The charter was not read until **after the death of the abbot**"), with a
 * nearness adverb before it ("**immediately after the vote**"). The noun phrase runs over determiners, adjectives,
 * nouns, figures, possessives ("after his death") and "of" / "and" inside it, and must write a noun that the question
 * does not: a phrase of the question's own words is the event asked about, not its time, and one opening with "this",
 * "that", "these" or "those" points back to a time told before ("during these years"). A clause after the
 * preposition ("after the guild voted") gives the noun phrase before its verb. Read only from the best excerpt covering
 * at least half the question; the first such phrase in it answers, or a clause telling when ("Reed mats rot **when
 * the water turns brackish**"); a span told as so long ago ("**about 400 years ago**") comes before them all. `asked`
 * is the question with its command word ("when …" for /when).
 *
 * @example eventTime(groups, 'when was the charter read') // → { text: 'after the death of the abbot', … } or null
 */
export function eventTime(groups: readonly CorroboratedSentence[], asked: string): ShortAnswer | null {
  const best = groups[0];
  if (!ASKS_WHEN.test(asked.trim()) || !best || best.coverage < MIN_EVENT_TIME_COVERAGE) return null;
  const sentence = best.sentence;
  const questionWords = new Set(asked.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
  const tokens = sentence.tokens;
  // "some 400 years ago": a time told as so long ago is a time, not another event.
  const ago = dateSpans(sentence, 'ago')[0];
  if (ago) return timeAnswer(sentence.id, ago.text);
  // "The strike began in May 1950 when …": a sentence that writes a date tells its time by it, which the extractor has
  // weighed (and left, where the question names it); another event in it is no time of its own.
  if (sentence.entities.some((e) => e.type === 'DATE')) return null;
  for (const [i, token] of tokens.entries()) {
    const clause = timeClause(tokens, i, questionWords);
    if (clause !== null) return timeAnswer(sentence.id, sentence.text.slice(tokens[i]!.start, tokens[clause - 1]!.end));
    const point = timePointOf(tokens, i);
    if (!EVENT_PREPOSITIONS.has(token.text.toLowerCase()) && point === null) continue;
    // "until after the war": the time is the last preposition's.
    if (EVENT_PREPOSITIONS.has(tokens[i + 1]?.text.toLowerCase() ?? '')) continue;
    if (inName(tokens, i)) continue;
    const end = phraseEnd(tokens, point ?? i + 1);
    // "until the Mayor's": the phrase stopped at its possessor, before the noun it owns.
    if (/^['’]s?$/.test(tokens[end]?.text ?? '')) continue;
    if (clauseOfQuestionVerb(tokens, end, questionWords)) continue;
    const words = tokens.slice(point ?? i + 1, end);
    // "During this period …": a time that points back to one told before names none itself.
    if (POINTING_BACK.has(words[0]?.text.toLowerCase() ?? '')) continue;
    if (!words.some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !questionWords.has(t.text.toLowerCase()))) continue;
    const near = i > 0 && NEARNESS.has(tokens[i - 1]!.text.toLowerCase()) ? i - 1 : i;
    const shown = datedInBracket(tokens, near === 0 ? frontedEnd(tokens, end) : end);
    return timeAnswer(sentence.id, sentence.text.slice(tokens[near]!.start, tokens[shown - 1]!.end));
  }
  return null;
}

/**
 * Where the event's phrase opens after "at the beginning of", "at the end of" … at `i` ("at the close of **the salt
 * fair**"), else null.
 */
function timePointOf(tokens: readonly Token[], i: number): number | null {
  const words = tokens.slice(i, i + 4).map((t) => t.text.toLowerCase());
  return words[0] === 'at' && words[1] === 'the' && TIME_POINTS.has(words[2] ?? '') && words[3] === 'of' ? i + 4 : null;
}

/** A time read in words from a sentence, as a short answer typed as a date. */
function timeAnswer(sentenceId: number, text: string): ShortAnswer {
  return { text, type: 'DATE', from: 0, sentenceId, written: text, evidence: { near: 0, margin: 1, support: 0, typed: 0 } };
}

/**
 * The end (exclusive) of a clause telling when that opens at `i` with "when", "whenever", "while" or "as soon as",
 * up to the mark that closes it ("Flood gates shut **when the river is high**, and …"), else null; not "while" after a
 * comma, which contrasts ("…, while others waited"). A bracketed aside before the clause's verb is stepped over ("when
 * the Grain Board (GB, the millers' body) met"), unless it opens a relative clause; one after the verb closes the
 * clause. Like an event phrase, it must write a noun the question does not: a clause of the question's own words is the
 * event asked about.
 */
function timeClause(tokens: readonly Token[], i: number, questionWords: ReadonlySet<string>): number | null {
  const lower = tokens[i]!.text.toLowerCase();
  const opens =
    TIME_CONJUNCTIONS.has(lower) ||
    (lower === 'as' && tokens[i + 1]?.text.toLowerCase() === 'soon' && tokens[i + 2]?.text.toLowerCase() === 'as');
  if (!opens || inName(tokens, i)) return null;
  // "Some crews rowed, while others waited": "while" after a comma sets another subject against the first, no time.
  if (lower === 'while' && tokens[i - 1]?.text === ',') return null;
  let end = i + 1;
  let verb = false;
  const words: Token[] = [];
  while (end < tokens.length) {
    // "when the crews of the Velmian Quay Guild (VQG, the north wharf's porters) struck": an aside bracketed before the
    // clause's verb is stepped over, and the clause runs on to its verb; not a relative clause ("(which had …)"), whose
    // verb may be the one the clause lacks.
    const past = verb || SUBJECT_RELATIVES.has(tokens[end + 1]?.text.toLowerCase() ?? '') ? end : pastBracket(tokens, end);
    if (past > end) {
      end = past;
      continue;
    }
    const t = tokens[end]!;
    if (CLAUSE_CLOSERS.has(t.text)) break;
    words.push(t);
    verb ||= clauseVerb(t);
    end += 1;
  }
  if (!verb) return null;
  if (!words.some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !questionWords.has(t.text.toLowerCase()))) return null;
  return end;
}

/**
 * Whether a token is a clause's verb: a verb or auxiliary written in lower case (a capitalised one inside the sentence is
 * a word of a name, "the Grain Exporting Board").
 */
function clauseVerb(t: Token): boolean {
  return (t.pos === 'VERB' || t.pos === 'AUX') && !isCapitalised(t.text);
}

/**
 * Whether the preposition at `i` is a word of a name ("11,600 Before Present", "the Days Before Dawn"): written with a
 * capital inside the sentence, after a word or a sign rather than at an opening mark.
 */
function inName(tokens: readonly Token[], i: number): boolean {
  const text = tokens[i]!.text;
  if (i === 0 || text[0] === text[0]!.toLowerCase()) return false;
  return !OPENERS.has(tokens[i - 1]!.text);
}

/**
 * Whether the phrase ending at `end` is the subject of a clause whose verb the question asks about ("nonexistent before
 * the first reeds **grew**" for "When did reeds grow?"): that clause is the event asked, not the time of another.
 */
function clauseOfQuestionVerb(tokens: readonly Token[], end: number, questionWords: ReadonlySet<string>): boolean {
  for (let i = end; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
    if (t.pos !== 'VERB') return false;
    const lower = t.text.toLowerCase();
    return questionWords.has(lower) || questionWords.has(t.lemma ?? lower);
  }
  return false;
}

/** Whether the token at `i` is part of a word written with a hyphen and no spaces ("on-screen", "mid-term"). */
function hyphenated(tokens: readonly Token[], i: number): boolean {
  return [i - 1, i, i + 1].some((k) => k > 0 && k < tokens.length - 1 && joinedByHyphen(tokens, k));
}

/**
 * The end (exclusive) of the noun phrase naming an event from `from`: its last noun, past "of" and "and" inside it,
 * and past a word written with a hyphen ("the Mayor's third on-screen term").
 */
function phraseEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    const inside =
      PHRASE_TAGS.has(t.pos) ||
      POSSESSIVE.has(lower) ||
      ((lower === 'of' || lower === 'and') && i > from) ||
      (i > from && hyphenated(tokens, i)) ||
      numeralOfName(tokens, i);
    // "during this period the hall …": a determiner after the phrase's noun opens the next phrase.
    if (!inside || (t.pos === 'DET' && i > from && end === i)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || numeralOfName(tokens, i)) end = i + 1;
  }
  return end;
}

/**
 * Where a time phrase opening its sentence ends: past the prepositional phrases after its noun, up to the comma that
 * closes it ("**After sifting salt in a barrel**, the clerks …"); else at its noun (`end`).
 */
function frontedEnd(tokens: readonly Token[], end: number): number {
  let k = end;
  while (tokens[k]?.pos === 'ADP' && !EVENT_PREPOSITIONS.has(tokens[k]!.text.toLowerCase())) {
    const next = phraseEnd(tokens, k + 1);
    if (next === k + 1) return end;
    k = next;
  }
  return k > end && tokens[k]?.text === ',' ? k : end;
}

/**
 * The end of a phrase with a short bracket right after it that writes a figure, which dates the event ("until the close
 * of the reed age **(~9,000 BP)**"); else `end`.
 */
function datedInBracket(tokens: readonly Token[], end: number): number {
  const past = pastBracket(tokens, end);
  if (past === end || past - end > MAX_DATE_BRACKET) return end;
  return tokens.slice(end + 1, past - 1).some((t) => /\d/.test(t.text)) ? past : end;
}

/** At most this many tokens in a bracket dating an event, its marks included ("( c. 1210 – 1230 )"). */
const MAX_DATE_BRACKET = 8;

/** Whether the token at `i` is the numeral "I" closing a name, which the tagger reads as the pronoun ("Harbor War I"). */
function numeralOfName(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.pos === 'PROPN' && regnalOne(tokens, i);
}
