import { findActor } from '../actors/findActor.js';
import type { Token } from '../nlp/entities.js';
import { termOf, termsOf } from '../search/terms.js';
import { storyActors } from '../story/catalogues.js';
import { sentenceAt, type Story, type StorySentence } from '../story/story.js';
import { groupSentences, type CorroboratedSentence } from './corroborate.js';
import type { ShortAnswer } from './extractAnswer.js';
import { insideEntity } from './meansAfterObject.js';
import { phraseAnswer } from './phraseAnswer.js';
import { CAUSE_MARKERS, DOER_REASON_MARKER, DOER_REASON_WORDS, PURPOSE_MARKERS, REASON_MARKERS } from './reasonWords.js';

/** Longest reason clause, in words. */
const MAX_REASON_WORDS = 14;

/**
 * Words that open a reason: "because …", "after …", "amid …", "over …", "due to …", "to …". General English. Also
 * "on … grounds" ("refused **on safety grounds**"), "by" after a verb whose doer is a cause ("hampered by",
 * "prompted by", "caused by": the cause is what "by" names), and a participle after a comma that gives the doer's
 * own reason ("closed the pier, **citing** storm damage", "left the guild, **arguing that** its fees were too high").
 */
const REASON = new RegExp(
  `\\b(${[
    ...CAUSE_MARKERS,
    DOER_REASON_MARKER,
    ...REASON_MARKERS,
    ...PURPOSE_MARKERS.map((p) => `${p} to`),
    'on(?=\\s+(?:[a-z-]+\\s+){1,2}grounds\\b)',
    '(?<=\\b(?:caused|hampered|hindered|prompted|triggered|sparked|driven|fuelled|fueled|motivated|spurred|compelled|delayed|plagued|dogged)\\s+)by',
    'amid|after|over|following|since|for',
  ].join('|')})\\s+`,
  'gi',
);

/**
 * Verbs, adjectives and nouns whose "to …" is their object, not a purpose ("wanted to leave", "was scheduled to
 * fly", "is going to rise", "her decision to sell"): general English control and raising words.
 */
const TAKES_TO = new Set(
  'want wanted wants try tried tries decide decided agree agreed refuse refused plan planned plans hope hoped expect expected use used need needed ask asked schedule scheduled force forced allow allowed urge urged invite invited order ordered tell told require required suppose supposed mean meant going got seem seemed appear appeared tend tended begin began start started continue continued fail failed manage managed promise promised threaten threatened vow vowed seek sought choose chose prefer preferred like liked love loved intend intended attempt attempted prepare prepared offer offered claim claimed happen happened come came set due likely unlikely able unable about ready willing has have had ought decision decisions attempts effort efforts bid right rights ability failure refusal threat chance opportunity time permission willingness move push call pledge vote agreement deal orders reluctance license licence power'.split(
    ' ',
  ),
);

/**
 * Words that only announce a cause: the answer is the cause itself ("because of **the storm**", "delayed by **the storm**",
 * "closed the pier, citing **storm damage**").
 */
const CAUSE_WORDS = new RegExp(`^(?:${[...CAUSE_MARKERS, 'by', DOER_REASON_WORDS].join('|')})\\s+`, 'i');

/** Words before a purpose's "to" that only announce it: the purpose is shown from its "to" ("in order **to dry the nets**"). */
const PURPOSE_WORDS = new RegExp(`^(?:${PURPOSE_MARKERS.join('|')})\\s+(?=to\\s)`, 'i');

/**
 * "What did X say?": the quotation the people catalogue attributes to X that shares most words with the
 * question (the first one on a tie), from the sentence that holds it. Null when X is no person of the
 * story or has no quotes.
 */
export function quoteOf(story: Story, speaker: string, question: string): ShortAnswer | null {
  const actor = findActor(storyActors(story), speaker);
  if (!actor || actor.quotes.length === 0) return null;
  const wanted = new Set(termsOf(question));
  for (const t of termsOf(speaker)) wanted.delete(t);
  let best = actor.quotes[0]!;
  let bestShared = -1;
  for (const q of actor.quotes) {
    const shared = new Set(termsOf(q.text).filter((t) => wanted.has(t))).size;
    if (shared > bestShared) [best, bestShared] = [q, shared];
  }
  const sentence = sentenceAt(story, best.articleId, best.sentence);
  if (!sentence) return null;
  return phraseAnswer(best.text, 0, sentence.id, { near: 1, margin: 1 / actor.quotes.length, support: 0.33, typed: 1 });
}

/**
 * "Why …?": the reason clause of the best excerpts that hold most of the question's words — the words
 * after "because", "after", "amid", "over", "due to" … up to the next comma or the end, else a purpose ("to" before a
 * verb: "went north **to find work**") — or null when none gives one (better no short answer than a random phrase).
 * A cause is given without the words announcing it ("because of **the storm**"). A reason surely marked ("because",
 * "due to", a purpose) in any of those excerpts goes before one that "for", "after", "since" … may open only as a time,
 * a topic or a beneficiary ("for a week"): those are read, in the same order, only where no excerpt gives a sure one.
 */
export function reasonClause(groups: CorroboratedSentence[], questionTerms: readonly string[]): ShortAnswer | null {
  const wanted = new Set(questionTerms);
  for (const loose of [false, true])
    for (const { rank, group, sentence } of groupSentences(groups, 3)) {
      // The best excerpt needs one of the question's words (the ranker chose it); the others two.
      const clause = reasonIn(sentence, wanted, rank === 0 && sentence === group.sentence ? 1 : 2, loose);
      if (clause) return { ...clause, from: rank, evidence: { near: group.coverage, margin: 0.5, support: 0.33, typed: 0 } };
    }
  return null;
}

/**
 * Words that may open a reason but as often open a time, a topic or a beneficiary ("after the war", "over the
 * decade", "for a time", "since 1990"): read only where no other word opens a reason.
 */
const LOOSE_REASON = /^(?:after|over|following|since|amid|for(?!\s+fear\b))\s/i;

/** Prepositions that open a means as a noun phrase ("sent **via** the old towpath", "paid **by** the guild"). */
const MEANS_BEFORE_NOUN = new Set(['by', 'via', 'through']);

/** An adverb of manner or degree as written: a word ending in "-ly". */
const LY_ADVERB = /^\p{Ll}{3,}ly$/u;

/** Articles a noun phrase answer is shown without. */
const ARTICLE = /^(?:the|a|an)$/i;

/** What a means noun phrase may open with (no figure: "rose **by** 20%" tells how much). */
const NOUN_PHRASE_OPEN = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);

/**
 * Whether tokens i (a preposition) and i + 1 open a means: "by" before a verb's -ing form ("by **undulating**"), or
 * "by" / "via" / "through" before a noun phrase whose first word is none of the question's ("through the harbour" for
 * "How did the ferry sail through the harbour?" restates the question).
 */
function opensMeans(tokens: readonly Token[], i: number, wanted: ReadonlySet<string>): boolean {
  const preposition = tokens[i]!.text.toLowerCase();
  const next = tokens[i + 1]!;
  if (preposition === 'by' && next.pos === 'VERB' && /ing$/i.test(next.text)) return true;
  if (!MEANS_BEFORE_NOUN.has(preposition) || !NOUN_PHRASE_OPEN.has(next.pos)) return false;
  const head = tokens.slice(i + 1).find((t) => t.pos !== 'DET');
  return head !== undefined && !wanted.has(termOf(head.text) ?? '');
}

/**
 * Where a means written as a noun phrase from token `from` ends before another clause joined to it: at "and" or "but"
 * before an article after its first noun ("via the old towpath | and a walk of ten minutes …"); undefined where the
 * means opens with a verb's -ing form (a clause, "by grinding barley and …") or no such joint follows.
 */
function nounPhraseEnd(tokens: readonly Token[], from: number): number | undefined {
  if (tokens[from]?.pos === 'VERB') return undefined;
  let noun = false;
  for (let k = from; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return undefined;
    if (noun && t.pos === 'CCONJ' && tokens[k + 1]?.pos === 'DET') return tokens[k - 1]!.end;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
  }
  return undefined;
}

/**
 * "How did X …?": the means the best excerpt gives for it, the clause after "by" and a verb's -ing form right after a
 * word of the question ("climb by **gripping the bark**", "kept the mill busy, by **grinding barley for the
 * parish**"), or after "by" / "via" / "through" and a noun phrase ("sent via **the old towpath**"), up to the
 * next comma or the end — also where it opens the sentence ("**Through trial and error**, the millers learned …");
 * null when the excerpt gives none.
 */
export function meansClause(sentence: StorySentence, questionTerms: readonly string[]): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  const wanted = new Set(questionTerms);
  if (!termsOf(sentence.text).some((t) => wanted.has(t))) return null;
  const tokens = sentence.tokens;
  for (const [i] of tokens.entries()) {
    const next = tokens[i + 1];
    if (!next || !opensMeans(tokens, i, wanted)) continue;
    // The means of what the question asks about: "by" right after one of its words (past a comma), or opening the
    // sentence before the question's verb (openingMeans).
    // Past a comma or an adverb of manner or degree ("produced **solely** by", "linked **directly** via").
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.pos === 'PUNCT' || (tokens[k]!.pos === 'ADV' && LY_ADVERB.test(tokens[k]!.text)))) k -= 1;
    const before = k >= 0 ? termOf(tokens[k]!.text) : null;
    if ((before === null || !wanted.has(before)) && !openingMeans(sentence, i, wanted)) continue;
    // A noun phrase is shown without its article, as the other phrase answers are ("via **the old towpath**" → "old towpath").
    const opening = next.pos === 'DET' && ARTICLE.test(next.text) && tokens[i + 2] ? tokens[i + 2]! : next;
    const rest = sentence.text.slice(opening.start, nounPhraseEnd(tokens, i + 1) ?? sentence.text.length);
    let clause = rest.slice(0, clauseEnd(rest, 0)).trim();
    const words = clause.split(/\s+/);
    if (termsOf(clause).every((w) => wanted.has(w))) continue;
    if (words.length > MAX_REASON_WORDS) clause = words.slice(0, MAX_REASON_WORDS).join(' ');
    return { text: clause, type: 'PHRASE', sentenceId: sentence.id, written: clause };
  }
  return null;
}

/**
 * Whether the means at token `i` opens the sentence and the clause after its comma writes one of the question's verbs
 * ("**Through** trial and error, the millers learned to grind finer flour" for "How did the millers learn …?"), its
 * noun phrase no date, time, place, name or sum the tagger found ("**By** March 1820, …" tells a time).
 */
function openingMeans(sentence: StorySentence, i: number, wanted: ReadonlySet<string>): boolean {
  const tokens = sentence.tokens;
  if (i !== 0) return false;
  const comma = tokens.findIndex((t) => t.pos === 'PUNCT');
  if (comma < 2 || tokens[comma]!.text !== ',') return false;
  if (insideEntity(sentence.entities, tokens[1]!.start, tokens[comma - 1]!.end)) return false;
  return tokens.slice(comma + 1).some((t) => t.pos === 'VERB' && wanted.has(termOf(t.text) ?? ''));
}

/**
 * Where a reason may open in a sentence, surest first: the REASON words that only open a reason ("because", "due
 * to", "in order to" …), then "to" before a verb: a purpose ("went north **to find work**"), then the words that
 * open a reason only sometimes ("after", "over", "for" …), only when `loose`. Each in the order the sentence writes
 * them. A "to" opening the sentence opens a purpose too ("**To avoid the tolls**, the ferry sailed at dawn").
 */
function* reasonMarks(sentence: StorySentence, loose: boolean): Generator<{ index: number; 0: string }> {
  const marks = [...sentence.text.matchAll(REASON)];
  yield* marks.filter((m) => !LOOSE_REASON.test(m[0]));
  const tokens = sentence.tokens;
  for (const [i, t] of tokens.entries())
    if (t.text.toLowerCase() === 'to' && tokens[i + 1]?.pos === 'VERB' && (i === 0 || !TAKES_TO.has(tokens[i - 1]!.text.toLowerCase())))
      yield { index: t.start, 0: sentence.text.slice(t.start, tokens[i + 1]!.start) };
  if (loose) yield* marks.filter((m) => LOOSE_REASON.test(m[0]));
}

function reasonIn(
  sentence: StorySentence,
  wanted: ReadonlySet<string>,
  shared: number,
  loose: boolean,
): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  const text = sentence.text;
  const own = termsOf(text);
  if (own.filter((t) => wanted.has(t)).length < Math.min(shared, wanted.size)) return null;
  for (const m of reasonMarks(sentence, loose)) {
    const start = m.index;
    const rest = text.slice(start);
    const end = seriesEnd(sentence.tokens, start + clauseEnd(rest, m[0].length)) - start;
    let clause = rest.slice(0, end).trim();
    const words = clause.split(/\s+/);
    if (words.length < 2) continue;
    // A clause that only repeats the question is no reason.
    const fresh = termsOf(clause.slice(m[0].length)).filter((t) => !wanted.has(t));
    if (fresh.length === 0) continue;
    if (words.length > MAX_REASON_WORDS) clause = words.slice(0, MAX_REASON_WORDS).join(' ');
    // "because (of)" only says that a reason follows: the reason is what comes after it.
    clause = clause.replace(CAUSE_WORDS, '').replace(PURPOSE_WORDS, '');
    return { text: clause, type: 'PHRASE', sentenceId: sentence.id, written: clause };
  }
  return null;
}

/** What a series of noun phrases may hold: their words, "and" / "or", commas and "of". */
const SERIES_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ']);

/**
 * Where a reason clause that stops at the comma at text offset `at` ends instead, for a series the comma only parts:
 * adjectives before their noun ("their thin**,** brittle shells") or noun phrases closed by "and" / "or" that run to
 * the clause's end ("many storms**,** floods and droughts"), no verb among them. `at` where no such series follows.
 */
function seriesEnd(tokens: readonly Token[], at: number): number {
  const comma = tokens.findIndex((t) => t.start === at);
  if (comma < 1 || tokens[comma]!.text !== ',') return at;
  const before = tokens[comma - 1]!.pos;
  if (before === 'ADJ' && tokens[comma + 1]?.pos === 'ADJ') {
    let k = comma + 1;
    while (tokens[k]?.pos === 'ADJ') k += 1;
    return tokens[k]?.pos === 'NOUN' ? tokens[k]!.end : at;
  }
  if (before !== 'NOUN' && before !== 'PROPN') return at;
  let closed = false;
  let k = comma + 1;
  for (; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text.toLowerCase() === 'of') continue;
    if (!SERIES_WORD.has(t.pos)) break;
    if (t.pos === 'CCONJ') closed ||= /^(?:and|or)$/i.test(t.text);
  }
  // The series must run to the clause's end: the sentence's end or a mark that ends a clause.
  const stop = tokens[k];
  if (!closed || (stop && (stop.pos !== 'PUNCT' || stop.text === ','))) return at;
  let last = k - 1;
  while (tokens[last]!.text === ',' || tokens[last]!.pos === 'CCONJ') last -= 1;
  return last > comma ? tokens[last]!.end : at;
}

/** Marks that end a reason clause: a comma, a stop, a colon, a dash, a bracket. */
const CLAUSE_END = /[,;:.!?—(]|\s[-–]\s/g;

/** A stop that ends an initial or a short title rather than the clause ("George **W.** Bush", "**St.** Paul's"). */
const ABBREVIATION_BEFORE = /(?:^|[\s(])\p{Lu}\p{Ll}?$/u;

/** Where the clause opened at the start of `rest` ends: its first end mark past `from`, else the text's end. */
function clauseEnd(rest: string, from: number): number {
  CLAUSE_END.lastIndex = from;
  for (let m = CLAUSE_END.exec(rest); m; m = CLAUSE_END.exec(rest)) {
    if (m[0] === '.' && ABBREVIATION_BEFORE.test(rest.slice(0, m.index)) && /^\s+\p{Lu}/u.test(rest.slice(m.index + 1))) continue;
    return m.index;
  }
  return rest.length;
}
