/**
 * Decides whether the event a date mention is attached to lies in the past or the future of the
 * writing time, by reading the verb group nearest to the mention.
 *
 * Part-of-speech tags and lemmas come from the shared wink-nlp instance (./wink.js); tense is read from word
 * forms (wink's tags are Universal POS, which do not mark tense): "will meet" / "is due to sail" /
 * "plans to visit" → future; "announced" / "has used" / "was meeting" → past; "departs" / "is" → present. A present-tense reporting verb
 * ("says", "tells") reports something already done, so it counts as past.
 */
import type { ItsFunction } from 'wink-nlp';
import type { Token } from './entities.js';
import { tokenLemma } from './tokenLemma.js';
import { its, nlp } from './wink.js';

/** When the event lies relative to the time of writing. */
export type EventTime = 'past' | 'present' | 'future';

interface Tok {
  /** Lower-cased token text. */
  w: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
}

/** Words that, followed by "to" + verb, put that verb in the future ("scheduled to sail", "plans to visit"). */
const FUTURE_GOVERNORS = new Set([
  'scheduled',
  'schedule',
  'set',
  'expected',
  'expect',
  'expects',
  'due',
  'plans',
  'plan',
  'planning',
  'planned',
  'slated',
  'poised',
  'going',
  'intends',
  'intend',
  'intending',
  'aims',
  'aim',
  'aiming',
  'prepared',
  'preparing',
  'ready',
  'tipped',
  'likely',
  'hopes',
  'hoping',
  'vowed',
  'vows',
  'pledged',
  'pledges',
  'promised',
  'promises',
]);

/** Participles and adjectives that, after a present "be", schedule the event ("is planned for", "is due on", "are set for"). */
const SCHEDULED = new Set(['scheduled', 'planned', 'set', 'slated', 'due', 'expected', 'timetabled', 'billed']);
/**
 * Those of {@link SCHEDULED} that, as a participle after a noun, schedule the event with "on" as with "for" ("the talks
 * scheduled on Thursday"); not those whose act is dated so ("the record set on Monday", "the raid planned on Monday").
 */
const SCHEDULED_ON = new Set(['scheduled', 'slated', 'due', 'expected', 'timetabled']);

const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo', 'would', 'can', 'may', 'must', 'should', 'ought']);
const VAGUE_MODALS = new Set(['could', 'might']);
const PRESENT_BE = new Set(['am', 'is', 'are', "'re", "'m"]);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const PERFECT_AUX = new Set(['has', 'have', "'ve", 'had', "'d"]);

/** Lemmas of verbs that report speech; in the present tense ("says") they still report a past act. */
const REPORTING = new Set([
  'say',
  'tell',
  'report',
  'announce',
  'confirm',
  'write',
  'note',
  'add',
  'claim',
  'insist',
  'argue',
  'state',
  'explain',
  'warn',
  'acknowledge',
  'deny',
  'admit',
  'stress',
  'cite',
  'describe',
  'reveal',
  'suggest',
  'declare',
  'urge',
  'post',
  'tweet',
  'recall',
  'quote',
  'comment',
]);

/** The sentence's own tokens (from the build) in the form the rules read, offsets shifted into the text read. */
function fromTokens(tokens: readonly Token[], from: number, to: number): Tok[] {
  // Tokens are in text order: find the first one in the window by bisection, so a long sentence costs no full scan.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const inside: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < to; i += 1) if (tokens[i]!.end <= to) inside.push(tokens[i]!);
  return inside.map((t) => ({
    w: t.text.toLowerCase(),
    pos: t.pos,
    lemma: tokenLemma(t),
    start: t.start - from,
    end: t.end - from,
  }));
}

function tokenize(text: string): Tok[] {
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out();
  const pos = doc.tokens().out(its.pos);
  // wink's typings declare its.lemma with a signature its own ItsFunction type does not accept.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
  const toks: Tok[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = String(words[i] ?? '');
    const found = word.length > 0 ? text.indexOf(word, cursor) : -1;
    const start = found >= 0 ? found : cursor;
    const end = found >= 0 ? found + word.length : cursor;
    cursor = end;
    toks.push({ w: word.toLowerCase(), pos: String(pos[i] ?? ''), lemma: String(lemmas[i] ?? '').toLowerCase(), start, end });
  }
  return toks;
}

const isVerbal = (t: Tok | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/** Verb groups: runs of AUX/VERB tokens, allowing an adverb or particle ("not", "to") between them. */
function verbGroups(toks: Tok[]): Array<{ from: number; to: number }> {
  const groups: Array<{ from: number; to: number }> = [];
  let i = 0;
  while (i < toks.length) {
    if (!isVerbal(toks[i])) {
      i += 1;
      continue;
    }
    let j = i;
    for (;;) {
      if (isVerbal(toks[j + 1])) {
        j += 1;
        continue;
      }
      const gap = toks[j + 1];
      if (gap && (gap.pos === 'ADV' || gap.pos === 'PART')) {
        if (isVerbal(toks[j + 2])) {
          j += 2;
          continue;
        }
        const gap2 = toks[j + 2];
        if (gap2 && (gap2.pos === 'ADV' || gap2.pos === 'PART') && isVerbal(toks[j + 3])) {
          j += 3;
          continue;
        }
      }
      break;
    }
    groups.push({ from: i, to: j });
    i = j + 1;
  }
  return groups;
}

/**
 * English verbs whose past tense is written like their base form ("quit", "cut", "set"): a closed class of the
 * grammar. After a singular subject the base form cannot be the present ("she quits"), so it is the past.
 */
const PAST_AS_BASE = new Set([
  'bet',
  'bid',
  'broadcast',
  'burst',
  'cast',
  'cost',
  'cut',
  'forecast',
  'hit',
  'hurt',
  'let',
  'put',
  'quit',
  'read',
  'reset',
  'set',
  'shed',
  'shut',
  'split',
  'spread',
  'thrust',
  'upset',
]);

const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it', 'this', 'that', 'who']);

/** The token just before a verb group names one third-person thing: "he", a name, or a singular noun ("the coach"). */
function singularSubjectBefore(toks: Tok[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && toks[k]!.pos === 'ADV') k -= 1;
  const t = toks[k];
  if (!t) return false;
  if (t.pos === 'PRON') return SINGULAR_PRONOUNS.has(t.w);
  if (t.pos === 'PROPN') return true;
  return t.pos === 'NOUN' && (!t.w.endsWith('s') || t.w.endsWith('ss'));
}

function endsLikePast(w: string): boolean {
  return w.length > 3 && w.endsWith('ed') && !w.endsWith('eed');
}

/** Tense of one verb group; undefined when it has no finite verb (a bare "departing", "to meet"). */
function classify(toks: Tok[], from: number, to: number): EventTime | undefined {
  // Future markers anywhere in the group, or a governing "scheduled to" / "plans to" just before it.
  for (let k = from; k <= to; k += 1) {
    const t = toks[k];
    if (!t) continue;
    if (FUTURE_AUX.has(t.w) || (t.pos === 'AUX' && t.lemma === 'will')) return 'future';
    if (t.w === 'to') {
      const gov = toks[k - 1];
      if (gov && FUTURE_GOVERNORS.has(gov.w)) return 'future';
    }
  }
  const before = toks[from - 1];
  if (before?.w === 'to') {
    const gov = toks[from - 2];
    if (gov && FUTURE_GOVERNORS.has(gov.w)) return 'future';
    return undefined; // a bare infinitive says nothing about time
  }
  // The first verbal token carries the tense.
  for (let k = from; k <= to; k += 1) {
    const t = toks[k];
    if (!t || !isVerbal(t)) continue;
    const hasLaterVerb = toks.slice(k + 1, to + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    if (VAGUE_MODALS.has(t.w)) return undefined;
    if (PRESENT_BE.has(t.w) || (t.w === "'s" && t.lemma === 'be')) {
      // "is planned for December 10", "are due on Monday": an event scheduled now lies ahead.
      const next = toks[k + 1];
      return next && SCHEDULED.has(next.w) && (k + 1 <= to || next.pos === 'ADJ' || next.pos === 'VERB') ? 'future' : 'present';
    }
    if (t.w === 'was' || t.w === 'were' || t.w === 'been') return 'past';
    if (PERFECT_AUX.has(t.w)) return hasLaterVerb || t.w === 'had' ? 'past' : 'present';
    if (t.w === 'did') return 'past';
    if (t.w === 'do' || t.w === 'does') return 'present';
    if (t.w.endsWith('ing')) return undefined;
    if (endsLikePast(t.w)) return 'past';
    if (t.w === t.lemma && PAST_AS_BASE.has(t.w) && k === from && singularSubjectBefore(toks, from)) return 'past';
    if (t.w === t.lemma) return REPORTING.has(t.lemma) ? 'past' : 'present';
    if (t.w.endsWith('s') && t.w.startsWith(t.lemma.slice(0, Math.max(1, t.lemma.length - 1)))) {
      return REPORTING.has(t.lemma) ? 'past' : 'present';
    }
    return 'past'; // an irregular form that differs from its lemma: "said", "met", "began"
  }
  return undefined;
}

/**
 * When the event around a date mention lies, judged from the nearest verb group that shows a tense.
 *
 * @param sentence The sentence the mention stands in.
 * @param start Character offset of the mention in `sentence`; negative when unknown (then the first tensed verb
 *   group of the sentence decides).
 * @param end Character offset just past the mention.
 * @param tokens The sentence's tokens as the build tagged them (offsets into `sentence`); without them wink-nlp tags the
 *   text here.
 * @returns `past`, `present` or `future`; undefined when no verb shows a tense.
 */
export function eventTimeNear(sentence: string, start: number, end: number, tokens?: readonly Token[]): EventTime | undefined {
  if (sentence.trim() === '') return undefined;
  let text = sentence;
  let s = start;
  let e = end;
  let offset = 0;
  if (text.length > 3000) {
    const from = s >= 0 ? Math.max(0, s - 1500) : 0;
    text = text.slice(from, from + 3000);
    offset = from;
    s = s >= 0 ? s - from : s;
    e = e >= 0 ? e - from : e;
  }
  // A quotation joined into one excerpt can hold several sentences ("Such delays happen weekly. This
  // month alone, ..."): read the tense only from the one that holds the mention.
  if (s >= 0) {
    const boundary = /[.!?]["'”’)]*\s+(?=["'“‘(]?\p{Lu})/gu;
    let from = 0;
    let to = text.length;
    for (const m of text.matchAll(boundary)) {
      const cut = m.index + m[0].length;
      if (cut <= s) from = cut;
      else if (m.index >= e) {
        to = m.index + 1;
        break;
      }
    }
    text = text.slice(from, to);
    offset += from;
    s -= from;
    e -= from;
  }
  const toks = tokens ? fromTokens(tokens, offset, offset + text.length) : tokenize(text);
  let mFrom = -1;
  let mTo = -1;
  if (s >= 0) {
    toks.forEach((t, i) => {
      if (t.end > s && t.start < e) {
        if (mFrom < 0) mFrom = i;
        mTo = i;
      }
    });
  }
  // "her Tuesday night address": after a determiner or possessive, a base-form "verb" right after the mention is
  // the head noun of the phrase the date modifies, not a verb.
  const beforeMention = mFrom > 0 ? toks[mFrom - 1] : undefined;
  const inNounPhrase =
    beforeMention !== undefined && (beforeMention.pos === 'DET' || beforeMention.pos === 'ADJ' || POSSESSIVES.has(beforeMention.w));
  const groups = verbGroups(toks)
    .filter((g) => mFrom < 0 || g.to < mFrom || g.from > mTo)
    .filter((g) => {
      if (!inNounPhrase || g.from !== mTo + 1 || g.to !== g.from) return true;
      const t = toks[g.from];
      return !(t && t.pos === 'VERB' && t.w === t.lemma);
    })
    .filter((g) => !nounAfterPreposition(toks, g.from, g.to) && !pluralNounAfterCount(toks, g.from, g.to))
    .map((g, order) => ({
      ...g,
      dist: mFrom < 0 ? order : g.to < mFrom ? mFrom - g.to : g.from - mTo,
    }))
    .sort((a, b) => a.dist - b.dist || a.from - b.from);
  const participle = participleBeforeMention(toks, mFrom);
  if (participle) return participle;
  for (const g of groups) {
    if (subordinate(toks, g.from, g.to, mTo)) continue;
    const tense = classify(toks, g.from, g.to);
    if (tense) return tense;
  }
  return undefined;
}

/**
 * The time a participle after a noun gives the mention it governs by a preposition: a reduced relative ("the
 * agreement struck on Monday", "the bridge built on May 12") tells of a past act; one of scheduling with "for" ("the
 * vote set for May 12", "talks scheduled for Monday", "talks scheduled on Monday") of an act to come. It is read before any nearer verb group, as
 * the main clause ("… runs for three years") need not share the participle's time. Undefined when the words before
 * the mention are not noun, participle, preposition.
 *
 * @param mFrom index of the mention's first token (-1 when unknown)
 */
function participleBeforeMention(toks: Tok[], mFrom: number): EventTime | undefined {
  const prep = toks[mFrom - 1];
  const verb = toks[mFrom - 2];
  if (mFrom < 3 || prep?.pos !== 'ADP' || verb?.pos !== 'VERB') return undefined;
  const head = toks[mFrom - 3]!;
  // The noun the participle follows; a base-form "verb" after a preposition is a noun too ("the deal on pay struck").
  const afterNoun = head.pos === 'NOUN' || nounAfterPreposition(toks, mFrom - 3, mFrom - 3);
  if (!afterNoun) return undefined;
  if ((prep.w === 'for' && SCHEDULED.has(verb.w)) || (prep.w === 'on' && SCHEDULED_ON.has(verb.w))) return 'future';
  const pastForm = endsLikePast(verb.w) || (verb.w !== verb.lemma && !verb.w.endsWith('s') && !verb.w.endsWith('ing'));
  return pastForm ? 'past' : undefined;
}

/**
 * Whether a verb group is one base-form "verb" right after a preposition other than "to": the head of the preposition's
 * object, a noun the tagger took for a verb ("walked out on Monday over pay", "a row over pay cuts"), which shows no
 * tense (a verb after a preposition would be a gerund: "after paying").
 */
function nounAfterPreposition(toks: Tok[], from: number, to: number): boolean {
  const t = toks[from];
  const before = toks[from - 1];
  return from === to && t !== undefined && t.pos === 'VERB' && t.w === t.lemma && before?.pos === 'ADP' && before.w !== 'to';
}

/** Words before a noun that no verb in "-s" follows: "the", a possessive ({@link POSSESSIVES}). */
const NOUN_OPENERS = new Set(['the', ...POSSESSIVES]);

/**
 * Whether a verb group is one "-s" verb after a count above one, "the" or a possessive, with at most two describing
 * words between: a plural noun the tagger took for a verb ("after five straight defeats", "their wins"), which shows no
 * tense — no third-person verb follows a plural count or an article.
 */
function pluralNounAfterCount(toks: Tok[], from: number, to: number): boolean {
  const t = toks[from];
  if (from !== to || t === undefined || t.pos !== 'VERB' || t.w === t.lemma || !t.w.endsWith('s')) return false;
  let k = from - 1;
  while (k >= 0 && from - k <= 2 && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV')) k -= 1;
  const before = toks[k];
  if (before === undefined) return false;
  return NOUN_OPENERS.has(before.w) || (before.pos === 'NUM' && !/^(one|1)$/.test(before.w));
}

/**
 * A verb group that says nothing of the time of the event a mention dates: a relative clause that opens after the
 * mention ("On Sunday, the towns which share the river agreed") or a participle used as an adjective ("a newly
 * built bridge").
 *
 * @param mentionEnd index of the mention's last token (-1 when unknown)
 */
function subordinate(toks: Tok[], from: number, to: number, mentionEnd: number): boolean {
  const before = toks[from - 1];
  const relative = before !== undefined && /^(which|who|whom|that)$/.test(before.w) && before.pos === 'PRON' && from - 1 > 0;
  if (relative && mentionEnd >= 0 && from - 1 > mentionEnd) return true;
  if (from !== to) return false;
  const verb = toks[from]!;
  if (!/(?:ed|en)$/.test(verb.w) || verb.pos !== 'VERB') return false;
  const det = before?.pos === 'ADV' ? toks[from - 2] : before;
  return det !== undefined && (det.pos === 'DET' || POSSESSIVES.has(det.w));
}
