/**
 * Attributes quotations to people, from general English reporting phrasing:
 *
 * - a speech verb next to a name or pronoun, after the quote (`"…," Brisco said`, `"…," said Brisco`, `"…," he wrote`)
 *   or before it (`Brisco then warned, "…"`, `Verin posted online that "…"`, `he called the visit "…"`);
 * - "according to <name>";
 * - a pronoun subject ("he", "she") is the person the sentence names first, else the last speaker or first person
 *   named in the sentences just before it in the same article;
 * - a sentence that is only a quotation continues the previous sentence's speaker, unless the next sentence is a
 *   bare name line ("Nils Brisco, Minister of Trade") that signs it.
 *
 * A speech verb whose subject is not a person ("the official said", "the Trade Ministry said") claims its quote for
 * nobody, so it is never given to someone else.
 */
import { SPEECH_VERBS } from '../nlp/entities.js';
import { isRoleNoun } from './roles.js';
import type { PersonSpan } from './roles.js';
import { type QuoteSpan, quoteSpans } from '../text/quotes.js';
import { isCapitalised, type Word } from '../text/words.js';

/** A word opening with a letter (a module constant: tsx writes a literal with \p{…} in a function as a RegExp made at each call). */
const LETTER_INITIAL = /^\p{L}/u;

export { quoteSpans } from '../text/quotes.js';
export type { QuoteSpan } from '../text/quotes.js';

/** Verbs that introduce or frame a quotation beyond the tagger's speech verbs. */
const MORE_SPEECH_VERBS = new Set([
  'saying',
  'adding',
  'noting',
  'calling',
  'called',
  'describing',
  'stressing',
  'warning',
  'telling',
  'writing',
  'reported',
  'reports',
  'reminded',
  'repeated',
  'referred',
  'condemned',
  'accused',
  'hailed',
  'labelled',
  'labeled',
  'dubbed',
  'downplayed',
  'promised',
  'vowed',
  'pledged',
  'predicted',
  'recounted',
  'quipped',
  'remarked',
  'observed',
  'continued',
  'concluded',
  'answered',
  'questioned',
  'criticized',
  'criticised',
  'expressed',
]);
/** Words that may stand between a subject and its speech verb ("Brisco then warned", "Lutskyy later said"). */
const BETWEEN = new Set([
  'then',
  'later',
  'also',
  'has',
  'had',
  'have',
  'again',
  'further',
  'previously',
  'once',
  'earlier',
  'separately',
  'repeatedly',
  'reportedly',
  'had',
  'would',
  'will',
  'has',
  'publicly',
  'privately',
  'simply',
  'flatly',
  'firmly',
  'only',
]);
const PRONOUNS = new Set(['he', 'she']);

export function isSpeechVerb(lower: string): boolean {
  return SPEECH_VERBS.has(lower) || MORE_SPEECH_VERBS.has(lower);
}

/** Who a speech verb is attributed to: a person, a pronoun to resolve, or nobody (a non-person subject). */
interface Attribution {
  /** Offsets of the subject and verb together. */
  start: number;
  end: number;
  speaker: string | 'PRONOUN' | null;
  /** Where the pronoun stands, for a 'PRONOUN' speaker. */
  pronounAt?: number;
}

/** What {@link attributeQuotes} reports for one sentence. */
export interface SentenceQuotes {
  /** Quotations with the canonical name of their speaker. */
  quotes: { speaker: string; text: string }[];
  /** People who speak in the sentence (with or without a quote), for pronouns in the next ones. */
  speakers: string[];
  /** The sentence is only a quotation with no attribution of its own. */
  bareQuote: boolean;
}

/** Context for resolving pronouns and continuations: what came before in the same article. */
export interface QuoteContext {
  /** Speakers and first-named people of previous sentences of the same article, nearest first (up to 3). */
  previous: { speakers: string[]; firstPerson: string | undefined; quoteSpeaker: string | undefined }[];
  /** The next sentence, when it is a bare name line signing a quote: that person's canonical name. */
  signedBy: string | undefined;
}

/**
 * Attributes the quotations of one sentence.
 *
 * @param text the sentence
 * @param words its words
 * @param people its PERSON entities with canonical names
 * @param ctx what the sentences before it (same article) and the next one say
 */
export function attributeQuotes(text: string, words: Word[], people: PersonSpan[], ctx: QuoteContext): SentenceQuotes {
  const spans = quoteSpans(text);
  const outside = words.filter((w) => !inQuote(spans, w.start) && !isQuoteMark(w.text));
  // The subject of the sentence's first clause: the first person or he/she outside the quotations.
  const firstPersonOutside = people.find((p) => !inQuote(spans, p.start));
  const firstPronoun = outside.find((w) => PRONOUNS.has(w.lower));

  const attributions: Attribution[] = [];
  for (let i = 0; i < outside.length; i += 1) {
    const w = outside[i]!;
    const according = w.lower === 'according' && outside[i + 1]?.lower === 'to';
    if (according) {
      const p = personStartingAt(people, spans, outside[i + 2]) ?? personStartingAt(people, spans, outside[i + 3]);
      if (p) attributions.push({ start: w.start, end: p.end, speaker: p.canonical });
      continue;
    }
    if (!isSpeechVerb(w.lower)) continue;
    // Subject on the left, past a few adverbs or auxiliaries.
    let k = i - 1;
    while (k >= 0 && BETWEEN.has(outside[k]!.lower)) k -= 1;
    let left = outside[k];
    // "Marsk, meanwhile, told …" / "Lutsky, in a radio interview, praised …": skip a short aside.
    if (left?.text === ',') {
      let j = k - 1;
      let n = 0;
      while (j >= 0 && outside[j]!.text !== ',' && n < 7 && outside[j]!.pos !== 'VERB' && outside[j]!.pos !== 'AUX') {
        j -= 1;
        n += 1;
      }
      if (j >= 0 && outside[j]!.text === ',' && n > 0) left = outside[j - 1];
      else left = undefined;
    }
    let speaker: Attribution['speaker'] | undefined;
    let pronounAt: number | undefined;
    const leftPerson = personEndingAt(people, spans, left);
    if (leftPerson) speaker = leftPerson.canonical;
    else if (left && PRONOUNS.has(left.lower)) {
      speaker = 'PRONOUN';
      pronounAt = left.start;
    } else if (left && (left.lower === 'and' || left.lower === ',' || left.text === ',')) {
      // "… described them as "…" and said …", "…, saying …": the subject of the clause before.
      const prev = attributions[attributions.length - 1];
      speaker = prev ? prev.speaker : sentenceSubject(firstPronoun, firstPersonOutside);
      pronounAt = prev ? prev.pronounAt : firstPronoun?.start;
    } else if (left && (left.pos === 'NOUN' || left.pos === 'PROPN' || left.pos === 'PRON')) speaker = null;
    // "…," said Brisco.
    // The name after the verb, past its title ("said Minister Ola Nordmann", "said spokesman Ola Nordmann").
    let rightPerson: PersonSpan | undefined;
    for (let k = i + 1; k < outside.length && k <= i + 5; k += 1) {
      const r = outside[k]!;
      rightPerson = personStartingAt(people, spans, r);
      if (rightPerson || !LETTER_INITIAL.test(r.text) || !(isCapitalised(r.text) || isRoleNoun(r.lower))) break;
    }
    if (rightPerson && (speaker === undefined || speaker === null) && left && /^[,"”]$/.test(left.text)) speaker = rightPerson.canonical;
    if (speaker === undefined && rightPerson && (!left || /^[,"”]$/.test(left.text))) speaker = rightPerson.canonical;
    // A relative clause between the name and the verb: "Verin, who was named in May …, said".
    if (speaker === undefined || speaker === null) {
      const before = text.slice(0, w.start);
      for (const p of [...people].reverse()) {
        if (p.end > w.start || inQuote(spans, p.start)) continue;
        const between = before.slice(p.end);
        if (/^\s*,\s*(who|whose)\b[^"“”]*,\s*$/i.test(between)) {
          speaker = p.canonical;
          break;
        }
      }
    }
    if (speaker === undefined) continue;
    const subjectStart = left && speaker !== null && speaker !== 'PRONOUN' && leftPerson ? leftPerson.start : (left?.start ?? w.start);
    const attribution: Attribution = { start: Math.min(subjectStart, w.start), end: Math.max(w.end, rightPerson?.end ?? w.end), speaker };
    if (speaker === 'PRONOUN') attribution.pronounAt = pronounAt ?? w.start;
    attributions.push(attribution);
  }

  const resolved = attributions.map((a) => ({
    ...a,
    name: a.speaker === 'PRONOUN' ? resolvePronoun(people, spans, ctx, a.pronounAt ?? a.start) : (a.speaker ?? undefined),
    blocked: a.speaker === null,
  }));

  const quotes: { speaker: string; text: string }[] = [];
  const bareQuote = spans.length > 0 && resolved.length === 0 && /^\s*["“]/.test(text);
  for (const q of spans) {
    const open = q.start - 1;
    const close = q.end + 1;
    // 1. Attribution right after the closing quote ("…," Brisco said).
    let pick = resolved.find((a) => a.start >= q.end && /^[\s,.;:—–-]*["”]?[\s,.;:—–-]*$/.test(text.slice(close, a.start)));
    // 2. Right before the opening quote (Brisco then warned, "…").
    pick ??= [...resolved].reverse().find((a) => a.end <= open && /^[\s,;:—–-]*$/.test(text.slice(a.end, open)));
    // 3. The nearest attribution before it; 4. the nearest after it.
    pick ??= [...resolved].reverse().find((a) => a.end <= open);
    pick ??= resolved.find((a) => a.start >= q.end);
    let speaker = pick && !pick.blocked ? pick.name : undefined;
    // A quotation that runs on from the sentence before, or is signed by the line after.
    if (!pick && bareQuote) speaker = ctx.signedBy ?? ctx.previous[0]?.quoteSpeaker;
    if (speaker) quotes.push({ speaker, text: q.text });
  }
  const speakers = resolved.filter((a) => a.name !== undefined).map((a) => a.name!);
  return { quotes, speakers, bareQuote };
}

/*
 * attributeQuotes' helpers are module functions rather than closures made in it: under tsx (esbuild's keepNames) every
 * named closure costs an `Object.defineProperty` each time it is made, and the people stage attributes quotes in most
 * sentences that name someone.
 */

/** Whether `offset` lies inside one of the quotations. */
function inQuote(spans: readonly QuoteSpan[], offset: number): boolean {
  return spans.some((q) => offset >= q.start && offset < q.end);
}

/** The person whose name ends at word `w`, outside the quotations. */
function personEndingAt(people: readonly PersonSpan[], spans: readonly QuoteSpan[], w: Word | undefined): PersonSpan | undefined {
  return w ? people.find((p) => w.end === p.end && !inQuote(spans, p.start)) : undefined;
}

/** The person whose name starts at word `w`, outside the quotations. */
function personStartingAt(people: readonly PersonSpan[], spans: readonly QuoteSpan[], w: Word | undefined): PersonSpan | undefined {
  return w ? people.find((p) => w.start === p.start && !inQuote(spans, p.start)) : undefined;
}

/** Whether a word is a straight or curly double quotation mark. */
function isQuoteMark(text: string): boolean {
  return text === '"' || text === '“' || text === '”';
}

/** The subject of the sentence's first clause: he / she before the first person outside the quotations, else that person. */
function sentenceSubject(firstPronoun: Word | undefined, firstPersonOutside: PersonSpan | undefined): Attribution['speaker'] {
  return firstPronoun && (!firstPersonOutside || firstPronoun.start < firstPersonOutside.start)
    ? 'PRONOUN'
    : (firstPersonOutside?.canonical ?? null);
}

/** Who a pronoun at `offset` stands for: a person named before it outside the quotations, else the sentences before. */
function resolvePronoun(people: readonly PersonSpan[], spans: readonly QuoteSpan[], ctx: QuoteContext, offset: number): string | undefined {
  const inSentence = people.find((p) => p.end <= offset && !inQuote(spans, p.start));
  if (inSentence) return inSentence.canonical;
  for (const prev of ctx.previous) {
    if (prev.quoteSpeaker) return prev.quoteSpeaker;
    if (prev.speakers.length > 0) return prev.speakers[prev.speakers.length - 1];
    if (prev.firstPerson) return prev.firstPerson;
  }
  return undefined;
}
