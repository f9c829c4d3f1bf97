import type { Story, StorySentence } from '../story/story.js';
import { termOf, words } from '../search/terms.js';
import { isCapitalised } from '../text/words.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { termListOf } from './termMemo.js';
import { groupSentences, type CorroboratedSentence } from './corroborate.js';
import type { ShortAnswer } from './extractAnswer.js';
import { phraseAnswer } from './phraseAnswer.js';

/**
 * "What does X stand for?", "What is X short for?", "What does the acronym X stand for?": the question asks for the
 * words an abbreviation is made of. Group 1 or 2 is the abbreviation.
 */
const STANDS_FOR =
  /\bwhat\s+(?:does|did|do)\s+(?:the\s+)?(?:(?:acronym|abbreviation|initials|letters)\s+)?["“'‘]?([\p{L}][\p{L}.&]{1,11})["”'’]?\s+(?:\S+\s+){0,1}?stand\s+for\b|\bwhat\s+(?:is|was|are|were)\s+(?:the\s+)?["“'‘]?([\p{L}][\p{L}.&]{1,11})["”'’]?\s+(?:short|an\s+abbreviation|an\s+acronym)\s+for\b/iu;

/** Words an abbreviation may skip or keep ("Rapid Air Transit Of Norway", "Festival of the Tides"). */
const FUNCTION_WORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  'in',
  'on',
  'at',
  'to',
  'a',
  'an',
  'de',
  'du',
  'des',
  'la',
  'le',
  'el',
  'del',
  '&',
]);

/** Excerpts read for an expansion. */
const GROUPS_READ = 20;

/**
 * The expansion of the abbreviation a question asks about, from the excerpts: a run of words whose initials spell it
 * (function words may be kept or skipped: "Festival of the Tides" for FOTT, "Board of Harbour and River Traffic" for
 * BHRT). A run written beside the abbreviation in brackets ("Harbour Survey Vessel (HSV)", "HSV (Harbour Survey
 * Vessel)") is taken first; else a run in a sentence that writes the abbreviation; else a run of capitalised words.
 * Null when the question asks something else or no run spells it.
 *
 * @example acronymAnswer(groups, 'What does ABR stand for?') // → { text: 'Alder Bay Railway', … } when an excerpt says "the Alder Bay Railway (ABR)"
 */
export function acronymAnswer(groups: readonly CorroboratedSentence[], question: string): ShortAnswer | null {
  const written = abbreviationAsked(question);
  return written ? expandAbbreviation(groups, written) : null;
}

/**
 * The abbreviation a question asks the expansion of, as written, or undefined.
 *
 * @example abbreviationAsked('What does ABR stand for?') // → 'ABR'
 */
export function abbreviationAsked(question: string): string | undefined {
  const m = STANDS_FOR.exec(question);
  return m?.[1] ?? m?.[2];
}

/**
 * Whether a sentence writes a run of words that spells the abbreviation out (as `expandAbbreviation` reads one: beside
 * it in brackets, in a sentence writing it, or in capitalised words).
 *
 * @example spellsOut('The Alder Bay Railway (ABR) opened.', 'ABR') // → true
 */
export function spellsOut(text: string, written: string): boolean {
  const letters = written.replace(/[.&]/g, '').toLowerCase();
  if (letters.length < 2 || letters.length > 10) return false;
  return spellingRuns(text, letters).some((run) => runScore(text, run, written) > 0);
}

/**
 * The words the excerpts spell an abbreviation with (see acronymAnswer), or null when no run of words spells it.
 *
 * @example expandAbbreviation(groups, 'ABR')?.text // → 'Alder Bay Railway'
 */
export function expandAbbreviation(groups: readonly CorroboratedSentence[], written: string): ShortAnswer | null {
  const letters = written.replace(/[.&]/g, '').toLowerCase();
  if (letters.length < 2 || letters.length > 10) return null;
  let best: { score: number; text: string; sentence: StorySentence; from: number } | undefined;
  for (const { rank, sentence } of groupSentences(groups, GROUPS_READ)) {
    for (const run of spellingRuns(sentence.text, letters)) {
      const score = runScore(sentence.text, run, written) - rank * 0.01;
      if (!best || score > best.score) best = { score, text: run.text, sentence, from: rank };
    }
  }
  if (!best || best.score <= 0) return null;
  return phraseAnswer(best.text, best.from, best.sentence.id, { near: 1, margin: 1, support: 0, typed: 1 });
}

/**
 * Whether a candidate is written out in the capitalised words one of the abbreviations' letters spell, whole
 * ("National Rail Board" for NRB, "Festival of the Tides" for FOTT; a leading "the" aside). `abbreviations` are lower
 * case; the candidate is split once for all of them.
 *
 * @example spellsAbbreviation('the Alder Bay Railway', ['abr']) // → true
 */
export function spellsAbbreviation(candidate: string, abbreviations: readonly string[]): boolean {
  // (Module expressions, not literals: asked of every candidate of most questions, a literal is a new object each time.)
  if (abbreviations.length === 0 || !candidate.includes(' ')) return false;
  const found = candidate.match(CANDIDATE_WORD);
  if (!found || found.length < 2) return false;
  const from = found[0]!.toLowerCase() === 'the' ? 1 : 0;
  for (let i = from; i < found.length; i += 1) if (!FUNCTION_WORDS.has(found[i]!.toLowerCase()) && !isCapitalised(found[i]!)) return false;
  const words = found.slice(from).map((text) => ({ text }));
  const initial = words[0]?.text[0]?.toLowerCase();
  return abbreviations.some((letters) => letters[0] === initial && spell(words, 0, letters, 0) === words.length);
}

/**
 * Whether some run of a text's words, in any case, spells an abbreviation by their initials (function words kept or
 * skipped, as `spell` reads them): "the Board of Harbour and River Traffic" spells BHRT.
 *
 * @example wordsSpell('the Alder Bay Railway', 'ABR') // → true
 */
export function wordsSpell(text: string, abbreviation: string): boolean {
  const letters = abbreviation.replace(/[.&]/g, '').toLowerCase();
  const found = text.match(CANDIDATE_WORD);
  if (!found || letters.length < 2) return false;
  const words = found.map((word) => ({ text: word }));
  for (let i = 0; i < words.length; i += 1) if (spell(words, i, letters, 0) !== undefined) return true;
  return false;
}

/** A word of a candidate: a letter, then letters and apostrophes. */
const CANDIDATE_WORD = /[\p{L}][\p{L}'’]*/gu;

/**
 * The question's short words the story never writes ("hm") with the terms of the capitalised words that spell them
 * out most often in `sentences` ("Harbour Master": its words' terms); undefined when there are none. The ranker reads
 * the candidates' articles (so a large story costs no more than a small one), the extractor its top excerpts.
 *
 * @example abbreviationSpellings(story, ['hm', 'resign'], sentences) // → Map { 'hm' => ['harbour', 'master'] }
 */
export function abbreviationSpellings(
  story: Story,
  terms: readonly string[],
  sentences: Iterable<StorySentence>,
): Map<string, string[]> | undefined {
  const shortAbsent = terms.filter((t) => /^[a-z]{2,6}$/.test(t) && !story.documentFrequency.has(t));
  if (shortAbsent.length === 0) return undefined;
  const read = [...sentences];
  let out: Map<string, string[]> | undefined;
  for (const t of shortAbsent) {
    const seen = new Map<string, number>();
    // A sentence where no word but a function word opens with the run's capital holds none ("The" has the "T" of most
    // sentences): most are passed over without being split into words.
    const capital = t[0]!.toUpperCase();
    for (const sentence of read) {
      if (!mayOpenRun(sentence.text, capital)) continue;
      for (const run of capitalisedSpellings(sentence.text, t)) if (termsEveryWord(run)) seen.set(run, (seen.get(run) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [run, n] of seen) if (best === undefined || n > seen.get(best)!) best = run;
    if (best === undefined) continue;
    const spelledTerms = termListOf(best).filter((r) => !terms.includes(r));
    if (spelledTerms.length > 0) (out ??= new Map()).set(t, spelledTerms);
  }
  return out;
}

/**
 * Whether a text may hold a run of capitalised words opening with `capital` (an ASCII capital): it writes the capital
 * somewhere other than at the head of a function word ("The", "In"). Exact for `capitalisedSpellings`: a run opens
 * with a word that is no function word, and a capital there is either this one or one of the two capitals that lower
 * to another ASCII letter ("İ", the Kelvin sign "K"), with which the text is read as before (whether it writes the capital).
 *
 * @example mayOpenRun('The boats sailed to Tarn.', 'T') // → true
 * @example mayOpenRun('The boats sailed.', 'T') // → false
 */
export function mayOpenRun(text: string, capital: string): boolean {
  let at = text.indexOf(capital);
  if (at < 0) return false;
  if (OTHER_CAPITALS.test(text)) return true;
  for (; at >= 0; at = text.indexOf(capital, at + 1)) {
    let end = at + 1;
    while (end < text.length && end - at <= MAX_FUNCTION_WORD && goesOnInAscii(text.charCodeAt(end))) end += 1;
    // A word longer than any function word, or going on past ASCII (a letter, a curly apostrophe), is none.
    if (end - at > MAX_FUNCTION_WORD || (end < text.length && text.charCodeAt(end) > 127)) return true;
    if (!FUNCTION_WORDS.has(text.slice(at, end).toLowerCase())) return true;
  }
  return false;
}

/** Capitals whose lower case begins with an ASCII letter other than their own lower case's ("İ" → "i̇", "K" → "k"). */
const OTHER_CAPITALS = /[\u0130\u212A]/;

/** Letters of the longest function word. */
const MAX_FUNCTION_WORD = 3;

/** An ASCII letter or a straight apostrophe: what a word of `spellingRuns` goes on with in ASCII. */
function goesOnInAscii(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || c === 39;
}

/**
 * Whether each word of a spelling but its function words has a term: a word the index drops ("Now" in a paper's
 * name "Harbour Now" spelling "HN") leaves the spelling's other words to hold the abbreviation alone, so that a sentence
 * writing one common word of it ("harbour") held it. Without this guard eval:refusal's test half answered one more question asked
 * of the other half of its article (near 0.676 → 0.675, strict 0.713 → 0.711); kit and typed keep their gains.
 *
 * @example termsEveryWord('Harbour Master') // → true
 * @example termsEveryWord('Harbour Now') // → false
 */
function termsEveryWord(run: string): boolean {
  return words(run).every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || termOf(w) !== null);
}

/**
 * The runs of capitalised words (function words aside) of a text whose initials spell `letters` (lower case), as
 * written: "Harbour Master" in "… including Harbour Master Ada Vell" for 'hm'.
 *
 * @example capitalisedSpellings('The Alder Bay Railway opened.', 'abr') // → ['Alder Bay Railway']
 */
export function capitalisedSpellings(text: string, letters: string): string[] {
  if (letters.length < 2) return [];
  return spellingRuns(text, letters)
    .filter((run) => run.capitalised)
    .map((run) => run.text);
}

interface Run {
  text: string;
  start: number;
  end: number;
  /** Every word of the run but function words is capitalised. */
  capitalised: boolean;
}

/** The runs of words of a sentence whose initials spell `letters` (lower case). */
function spellingRuns(text: string, letters: string): Run[] {
  const words = [...text.matchAll(/[\p{L}][\p{L}'’]*/gu)].map((w) => ({ text: w[0], start: w.index, end: w.index + w[0].length }));
  const out: Run[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (FUNCTION_WORDS.has(words[i]!.text.toLowerCase())) continue;
    const end = spell(words, i, letters, 0);
    if (end === undefined) continue;
    const run = words.slice(i, end);
    // Adjacent words only: no punctuation but a hyphen or a slash between them.
    if (run.some((w, k) => k > 0 && !/^[\s/-]+$/.test(text.slice(run[k - 1]!.end, w.start)))) continue;
    const content = run.filter((w) => !FUNCTION_WORDS.has(w.text.toLowerCase()));
    out.push({
      text: text.slice(run[0]!.start, run.at(-1)!.end),
      start: run[0]!.start,
      end: run.at(-1)!.end,
      capitalised: content.every((w) => isCapitalised(w.text)),
    });
  }
  return out;
}

/**
 * Where the run spelling `letters` from word `i` on ends (exclusive), or undefined: each word gives its first letter,
 * a function word may give none, and the run must end on a word that gave the last letter.
 */
function spell(words: readonly { text: string }[], i: number, letters: string, at: number): number | undefined {
  if (at === letters.length) return i;
  const word = words[i];
  if (!word) return undefined;
  const lower = word.text.toLowerCase();
  if (lower[0] === letters[at]) {
    const end = spell(words, i + 1, letters, at + 1);
    if (end !== undefined) return end;
  }
  return FUNCTION_WORDS.has(lower) && at > 0 ? spell(words, i + 1, letters, at) : undefined;
}

/** How sure a run is the expansion: beside the abbreviation in brackets, in a sentence that writes it, capitalised. */
function runScore(text: string, run: Run, written: string): number {
  const { after, before, writes } = writtenPatterns(written);
  if (after.test(text.slice(run.end)) || before.test(text.slice(0, run.start))) return 3;
  if (writes.test(text)) return run.capitalised ? 2 : 1.5;
  return run.capitalised ? 1 : 0;
}

/**
 * `runScore`'s three patterns of an abbreviation as written, made once per abbreviation: a question reads them for every
 * run of every sentence it spells out, and the `\p{L}` pattern under `iu` costs 1–3 ms to compile when V8 has not kept it.
 */
function writtenPatterns(written: string): WrittenPatterns {
  let made = writtenPatternCache.get(written);
  if (!made) {
    const escaped = escapeRegExp(written);
    made = {
      after: new RegExp(`^\\s*[(\\[]\\s*(?:the\\s+)?${escaped}\\s*[)\\]]`, 'i'),
      before: new RegExp(`${escaped}\\s*[(\\[]\\s*$`, 'i'),
      writes: new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu'),
    };
    if (writtenPatternCache.size >= WRITTEN_PATTERNS_KEPT) writtenPatternCache.clear();
    writtenPatternCache.set(written, made);
  }
  return made;
}

/** An abbreviation beside a run in brackets, after it or before it, and written anywhere in the sentence. */
interface WrittenPatterns {
  after: RegExp;
  before: RegExp;
  writes: RegExp;
}

/** Abbreviations' patterns kept by `writtenPatterns`; cleared when full, so odd questions cannot grow it. */
const writtenPatternCache = new Map<string, WrittenPatterns>();
const WRITTEN_PATTERNS_KEPT = 256;

/** A word of a question as written, for `askedNameInitials`. */
const QUESTION_WORD = /[\p{L}][\p{L}'’-]*/gu;

/**
 * The terms of each name of three to six capitalised words a question writes ("the Harbour Survey Board"), each with the
 * term of the name's initials ("hsb"): a sentence that writes the initials holds the name, as "HSB chair Orla Tellin"
 * tells of the Harbour Survey Board's chair. The question's opening word is no part of a name ("Who", "When").
 *
 * @example askedNameInitials('Who chairs the Harbour Survey Board?') // → Map { 'harbour' => 'hsb', 'survey' => 'hsb', 'board' => 'hsb' }
 */
export function askedNameInitials(written: string): Map<string, string> | undefined {
  let out: Map<string, string> | undefined;
  let run: string[] = [];
  const close = () => {
    // (Two initials spell too many short words of their own: "ot", "fm".)
    if (run.length >= 3 && run.length <= 6) {
      const initials = termOf(run.map((w) => w[0]!).join(''));
      for (const w of run) {
        const t = termOf(w);
        if (t && initials && t !== initials) (out ??= new Map()).set(t, initials);
      }
    }
    run = [];
  };
  let first = true;
  let end = 0;
  for (const m of written.matchAll(QUESTION_WORD)) {
    const w = m[0];
    // A name's words stand apart by spaces only ("Tarn, Velmia" is two names).
    if (!/^\s*$/.test(written.slice(end, m.index))) close();
    end = m.index + w.length;
    const name = !first && isCapitalised(w) && !FUNCTION_WORDS.has(w.toLowerCase()) && !/[a-z].*[A-Z]|^[A-Z]+$/.test(w);
    first = false;
    if (name) run.push(w);
    else close();
  }
  close();
  return out;
}
