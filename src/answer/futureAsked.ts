import { verbConverses } from '../lexicon/index.js';
import { tagSentence, type Token } from '../nlp/entities.js';
import { resolveDate } from '../nlp/resolveDate.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { STOP_WORDS, termOf } from '../search/terms.js';
import { oncePerStory, type Story } from '../story/story.js';
import { ownVerbs } from './placeAsked.js';
import { relatedWordTerms, termSetOf } from './termMemo.js';

/**
 * "When will …", "when is the vote expected / due / scheduled to …", "how long will …": a question asking when something
 * is yet to happen, or how long it is yet to last. General English.
 */
const FUTURE_ASKED =
  /^\s*(?:when|how\s+long)\s+(?:will|shall|(?:is|are)\s+.+?\s+(?:expected|due|scheduled|set|going|planned|likely)\s+to)\b/i;

/** Words that place a date before the day it is written on, whatever day that is ("last week", "two years ago"). */
const PAST_WORDS = /\b(?:last|ago|yesterday|earlier|previous|previously|former)\b/i;

/** Words before a verb that make it no past tense ("is set on", "will begin on", "to start in"). */
const NOT_PAST_BEFORE = /^(?:is|are|am|be|been|being|will|would|shall|should|can|could|may|might|must|to|['’]ll)$/i;
/** Words between a verb and a date that make the date one the verb aims at ("scheduled for Monday", "delayed until May"). */
const AIMED = /^(?:for|until|till|by|before)$/i;
/** Verbs whose forms tell no tense of their own here (auxiliaries). */
const AUXILIARY_LEMMA = new Set(['be', 'have', 'do']);
/** A verb's "-s" and "-ing" forms: present, whatever its lemma. */
const PRESENT_FORM = /(?:s|ing)$/i;
/** Pronouns of one third person, whose present verb takes "-s" ("she wins"). */
const ONE_THIRD_PERSON = /^(?:he|she|it)$/i;

/**
 * Whether the date starting at character `at` of a sentence is told by a verb in the past: the word before it, past
 * articles and prepositions other than AIMED's, is a verb written in another form than its lemma, neither its "-s" nor
 * its "-ing" form, after no auxiliary of NOT_PAST_BEFORE ("the regatta **began** Sunday", "the vote was **held** on
 * Sunday"; not "will begin on Sunday", "is set on Sunday", "scheduled for Sunday", "begins on Sunday"), or a verb written
 * as its lemma right after "he", "she" or "it" (pastByItsSubject: "the crew she **beat** in the 2029 regatta").
 *
 * @example toldAsPast(tokens of "As the regatta began Sunday, …", 18) // → true
 */
export function toldAsPast(tokens: readonly Token[], at: number): boolean {
  let k = tokens.findIndex((t) => t.start >= at) - 1;
  for (; k >= 0 && (tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'DET'); k -= 1) if (AIMED.test(tokens[k]!.text)) return false;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB') return false;
  if (verb.lemma === undefined) return pastByItsSubject(tokens, k);
  if (AUXILIARY_LEMMA.has(verb.lemma) || PRESENT_FORM.test(verb.text)) return false;
  return !NOT_PAST_BEFORE.test(tokens[k - 1]?.text ?? '');
}

/**
 * Whether a verb written as its lemma is in the past by its subject right before it: "he", "she" or "it" would take its
 * "-s" form in the present, so a verb whose past is its lemma ("beat", "set", "put", "hit") is past after one ("the
 * crew she **beat** in the 2029 regatta"; not "they beat"). A name is no such subject: British English gives a team or a
 * country a plural verb ("Velden **play** Orsk on Sunday").
 */
function pastByItsSubject(tokens: readonly Token[], k: number): boolean {
  const subject = tokens[k - 1];
  return subject?.pos === 'PRON' && ONE_THIRD_PERSON.test(subject.text) && !PRESENT_FORM.test(tokens[k]!.text);
}

/**
 * Whether a question asking when something is yet to happen (FUTURE_ASKED) was answered by a date before the day its
 * article was published ("2003" for "When will the ferry line reopen?" in an article of 2008), written as past
 * whatever the day ("last week", "two years ago"), or told by a verb in the past (toldAsPast: "As the regatta began
 * Sunday" for "When will the regatta end?"): the date is of something that has happened, and the story does not
 * say when the thing asked about will. An undated article's date counts only by its words and its verb.
 *
 * @param written the date as its sentence writes it; `published` the article's ISO day, if known; `tokens` the
 * sentence's tokens, when they are to be read for the verb
 * @example pastForFuture('When will the pier reopen?', 'DATE', 'last week', 'The pier closed last week.', '2031-03-16') // → true
 */
export function pastForFuture(
  question: string,
  type: string,
  written: string,
  sentence: string,
  published: string | undefined,
  tokens: readonly Token[] = [],
): boolean {
  if ((type !== 'DATE' && type !== 'TIME') || !FUTURE_ASKED.test(question)) return false;
  if (PAST_WORDS.test(written)) return true;
  const at = sentence.indexOf(written);
  if (at >= 0 && toldAsPast(tokens, at)) return true;
  if (published === undefined) return false;
  const resolved = resolveDate(written, sentence, published);
  if (!resolved || resolved.relation === 'after') return false;
  // A year, a month or a day: before the published day at its own precision ("2008-10" is not before 2008-10-24).
  return resolved.date < published.slice(0, resolved.date.length);
}

/** Verbs that name no event of their own ("will **have** talks", "will **make** a visit"): the noun after them does. */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'go', 'come', 'happen', 'occur']);

/**
 * Whether a question asking when something is yet to happen (FUTURE_ASKED) was answered by a date from a sentence that
 * tells of another event: the sentence writes none of the question's own verbs (placeAsked.ts `ownVerbs`: wink's verbs,
 * or where it tags none, the word it took for a noun after the subject: "When will the ferry **return** …?"), nor a word
 * WordNet relates to one (a synonym, a derived noun: "the **meeting** is on Monday" for "When will they meet?") or
 * tells it from the other side (verbConverses), nor a word WordNet relates to one of them; and it lacks a common noun
 * the question writes, or a name that the sentence before in its article does not write either (a name there may be
 * what the sentence's "he" or "the local skipper" stands for): "Friday" of "Ada Vell will open the pier on Friday, as
 * the ferry sails for Orsk" for "When will the ferry return from Velden?". A sentence writing the event
 * asked about in other words still answers ("The pier's reopening is set for May" for "When will the pier open
 * again?"), as does one writing every noun and name of the question (its verb told in other words: "The board
 * will hear the ferry crews on Friday" for "When will the board meet the ferry crews?").
 *
 * @example otherEventForFuture('When will the ferry return from Velden?', 'DATE', story, id of the pier sentence above) // → true
 */
export function otherEventForFuture(question: string, type: string, story: Story, sentenceId: number): boolean {
  const sentence = story.sentences[sentenceId];
  if ((type !== 'DATE' && type !== 'TIME') || sentence === undefined || !FUTURE_ASKED.test(question)) return false;
  const own = ownVerbs(question);
  const verbs = own.filter((t) => t.pos === 'VERB' && !LIGHT_VERBS.has(tokenLemma(t)));
  const asked = (verbs.length > 0 ? verbs : own.filter((t) => t.pos === 'NOUN')).map(tokenLemma);
  if (asked.length === 0) return false;
  const written = termSetOf(sentence.text);
  const writes = (word: string, related: readonly string[]): boolean =>
    written.has(termOf(word) ?? word) || related.some((r) => written.has(termOf(r) ?? r));
  const sentenceWords = sentence.tokens.filter((t) => t.pos === 'VERB' || t.pos === 'NOUN').map(tokenLemma);
  const tells = (verb: string): boolean =>
    writes(verb, [...relatedWordTerms(verb).words, ...verbConverses(verb)]) ||
    sentenceWords.some((w) => relatedWordTerms(w).terms.includes(termOf(verb)));
  if (asked.some(tells)) return false;
  const before = story.sentences[sentenceId - 1];
  const namedBefore = before?.articleId === sentence.articleId ? termSetOf(before.text) : new Set<string>();
  const askedWords = new Set(asked);
  return tagSentence(question).tokens.some((t) => {
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || askedWords.has(tokenLemma(t)) || STOP_WORDS.has(t.text.toLowerCase())) return false;
    if (t.pos === 'PROPN') return !writes(t.text, []) && !namedBefore.has(termOf(t.text) ?? t.text);
    return !writes(t.text, relatedWordTerms(t.text.toLowerCase()).words);
  });
}

/**
 * "When did the board last meet?", "When was the cup last won?": a question asking when something last happened, by the
 * adverb "last" before its verb (not "the last ferry", which may still be to come). General English.
 */
const LAST_ASKED =
  /^\s*when\s+(?:did|was|were|had|has|have)\s+(?:.+?\s+)?(?<!\b(?:the|a|an|its|his|her|their|our|my|your)\s)last\s+\p{L}/iu;

/**
 * "When did Ada Vell first row at Orsk?": a past question asking when something first happened, by "did" (not "When does
 * X first row …?", which may ask of a plan, nor "When was X first held?", which a story written before the event answers
 * by its plan). General English.
 */
const FIRST_DID_ASKED = /^\s*when\s+did\s+(?:.+?\s+)?first\s+\p{L}/iu;

/** "When did Ada Vell row at Orsk?": a question asking when a deed was done, by "did". General English. */
const DID_ASKED = /^\s*when\s+did\s+\p{L}/iu;

/** "when …": the words of a /when command read as a question ("when Ada Vell rowed at Orsk"), or a question so written. */
const WHEN_WORDS = /^\s*when\s/i;

/**
 * Whether a question asks when a deed was done: "When did Ada Vell row at Orsk?" (DID_ASKED), or "when Ada Vell rowed at
 * Orsk" (a /when command's words), whose first verb is in the past after no auxiliary: written in another form than its
 * lemma, neither its "-s" nor its "-ing" form ("rowed", "met", "sank"). Not "when the regatta was held" nor "when the crews
 * will row", whose auxiliary comes first, nor "when the crews beat Orsk", whose verb may be present.
 *
 * @example deedAsked('when Ada Vell rowed at Orsk') // → true
 */
export function deedAsked(question: string): boolean {
  if (DID_ASKED.test(question)) return true;
  if (!WHEN_WORDS.test(question)) return false;
  const verb = tagSentence(question).tokens.find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb?.pos === 'VERB' && verb.lemma !== undefined && verb.text.toLowerCase() !== verb.lemma && !PRESENT_FORM.test(verb.text);
}

/** The day the story's last article was published (ISO, `YYYY-MM-DD`), undefined when no article is dated. */
export const storyEnd: (story: Story) => string | undefined = oncePerStory((story) => {
  let end: string | undefined;
  for (const a of story.articles) {
    const day = a.published?.slice(0, 10);
    if (day !== undefined && (end === undefined || day > end)) end = day;
  }
  return end;
});

/** Words by which a question or a sentence tells a plan ("was scheduled to", "is due to"). General English. */
const PLANNED = /\b(?:will|shall|scheduled|due|expected|planned|set\s+to|slated|going\s+to|supposed)\b/i;

/** A word of the future right before a verb's words ("will", "shall", "'ll"). */
const FUTURE_AUXILIARY = /^(?:will|shall|['’]ll|wo)$/i;

/** Words of a plan before "to" ("slated to row on Monday"). */
const PLANNED_TO = /^(?:scheduled|due|expected|planned|slated|set)$/i;

/** "going" before "to" and a verb tells a plan ("is going to sail to Orsk this week"; not "is going to Orsk"). */
const GOING = /^going$/i;

/**
 * "next week", "next Monday", "tomorrow", "the coming days": a date after the day it is written on, whatever day that is;
 * not "the next day" or "a next round" (group 1: after another day the text tells, which may be past), nor "next to".
 */
const FUTURE_NEAR = /\b(?:(the|that|a)\s+)?(next(?!\s+to\b)|tomorrow|coming|upcoming)\b/gi;

/** How far before a date FUTURE_NEAR is read, in characters ("next week's" before "final" is one word back). */
const FUTURE_NEAR_CHARS = 16;

/**
 * "before Friday", "before the crews leave for Orsk on Friday": a date after "before" bounds the deed the sentence tells, or
 * dates a later one the deed came before; it is the time of neither.
 */
const BOUND_BEFORE = /^before$/i;

/** At most this many words back from a date to the "before" whose clause holds it ("before the crews leave for a race at Orsk on Friday"). */
const BOUND_WITHIN = 12;

/** At most this many words back from a date to the word that makes it future ("will put the toll to a vote on May 4"). */
const FUTURE_WITHIN = 8;

/**
 * At most this many words back from a date to a word of the future whose own verb is the only verb between them: the
 * verb's clause runs on past its object and place to the date that ends it ("is scheduled to tow the grain barge of
 * the Velden mill to Orsk on Monday"; not "will meet the crews who rowed at Orsk on Monday", whose date is "rowed"'s).
 */
const OWN_CLAUSE_WITHIN = 14;

/**
 * Whether a date is told as still to come: written with "next", "tomorrow" or "coming" (not "the next day", which counts
 * from a day the text tells), or before it, past no mark but a hyphen, stands "will" / "shall" / "'ll" or a word of a
 * plan before "to" (plansTo: "slated to row", "is going to sail") within FUTURE_WITHIN words ("will put the toll to a
 * vote on May 4", "races that will be rowed this weekend"), or within OWN_CLAUSE_WITHIN words with no verb between but
 * its own ("is going to present the toll plan to the Velden harbour board on Monday"), or "before" (BOUND_BEFORE, within
 * BOUND_WITHIN words: "would meet the crews before Friday", "before the crews leave for Orsk on Friday"), which makes it
 * a bound, or another deed's day.
 *
 * @example toldToCome('Friday', tokens of 'The board will meet on Friday.', 'The board will meet on Friday.') // → true
 */
function toldToCome(written: string, tokens: readonly Token[], sentence: string): boolean {
  const at = sentence.indexOf(written);
  if (at < 0) return false;
  const near = sentence.slice(Math.max(0, at - FUTURE_NEAR_CHARS), at + written.length);
  for (const m of near.matchAll(FUTURE_NEAR)) if (m[1] === undefined || m[2]!.toLowerCase() !== 'next') return true;
  const k = tokens.findIndex((t) => t.start >= at);
  for (let j = k - 1; j >= 0 && j >= k - Math.max(BOUND_WITHIN, OWN_CLAUSE_WITHIN); j -= 1) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
    if (j >= k - BOUND_WITHIN && BOUND_BEFORE.test(t.text)) return true;
    if (!FUTURE_AUXILIARY.test(t.text) && !plansTo(tokens, j)) continue;
    if (j >= k - FUTURE_WITHIN) return true;
    if (j >= k - OWN_CLAUSE_WITHIN && tokens.slice(j + 1, k).filter((v) => v.pos === 'VERB').length === 1) return true;
  }
  return false;
}

/**
 * Whether token `j` is a word of a plan before "to" (PLANNED_TO: "scheduled to", "due to") or "going" before "to" and a
 * verb (GOING: "is going to sail"; not "going to Orsk").
 */
function plansTo(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]!.text;
  if (tokens[j + 1]?.text.toLowerCase() !== 'to') return false;
  return PLANNED_TO.test(word) || (GOING.test(word) && tokens[j + 2]?.pos === 'VERB');
}

/** The day a sentence's article and the story's last article were published, where known (ISO days). */
export interface PublishedDays {
  article: string | undefined;
  storyEnd: string | undefined;
}

/**
 * Whether a question with no word of a plan was answered by a date its sentence tells as still to come (toldToCome),
 * where the question asks when something last happened (LAST_ASKED) or first did (FIRST_DID_ASKED), or asks when a deed
 * was done (deedAsked: "When did Ada Vell sail to Orsk?", "/when Ada Vell sailed to Orsk") and the date falls after the
 * day the story's last article was published. What is still to come is neither the last time it happened nor the first:
 * "When did the Velden board last meet?" is not answered by "the board will meet on Friday"; and a plan for a day no
 * article of the story reached is no deed the story tells as done: "When did Ada Vell sail to Orsk?" is not answered by
 * "Ada Vell is scheduled to sail to Orsk on Monday" when every article is of the Sunday before. A plan for a day the story
 * goes past is left alone, as is a question asked by "was": a story written before an event answers "When did the crews
 * meet at Velden?" by "the crews will meet this weekend" when a later article follows it, and "When was the regatta?" by
 * "will row in Saturday's regatta" (kit: answerable questions so answered).
 *
 * @param written the date as its sentence writes it; `days` the sentence's article's day and the story's last day
 * @example futureForPast('When did the board last meet?', 'DATE', 'Friday', tokens of 'The board will meet on Friday.', 'The board will meet on Friday.') // → true
 */
export function futureForPast(
  question: string,
  type: string,
  written: string,
  tokens: readonly Token[],
  sentence: string,
  days: PublishedDays = { article: undefined, storyEnd: undefined },
): boolean {
  if ((type !== 'DATE' && type !== 'TIME') || PLANNED.test(question)) return false;
  const lastOrFirst = LAST_ASKED.test(question) || FIRST_DID_ASKED.test(question);
  if (!lastOrFirst && !deedAsked(question)) return false;
  if (!toldToCome(written, tokens, sentence)) return false;
  if (lastOrFirst) return true;
  if (days.article === undefined || days.storyEnd === undefined) return false;
  const resolved = resolveDate(written, sentence, days.article, tokens);
  return resolved !== null && resolved.date > days.storyEnd.slice(0, resolved.date.length);
}
