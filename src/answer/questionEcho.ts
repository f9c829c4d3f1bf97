import { isAsciiLetterOrDigit, STOP_WORDS, termOf } from '../search/terms.js';
import { spellsAbbreviation } from './acronym.js';

/** Letters and digits: the words a candidate and a question are compared by. */
const WORD = /[\p{L}\p{N}]+/gu;

/** A decade written with an apostrophe ("the 1870's"), the decade its plural spells ("1870s"). */
const DECADE_APOSTROPHE = /(\d0)['’]s\b/g;

/** A question offering its answers ("Was it Ada or Otto?", "which is older, A or B?"): its answer repeats its words. */
const CHOICE = /\bor\b/i;

/** A word of the question that may be an abbreviation ("nrb", "u.s."; the question comes lower-cased): letters, with dots or "&" between. */
const ABBREVIATION = /(?<![\p{L}\p{N}])\p{L}(?:[.&]?\p{L}){1,9}\.?(?![\p{L}\p{N}])/gu;

/** A question about the abbreviation itself ("What does NRB stand for?", "What is NRB's full name?"): its expansion is the answer. */
const ASKS_EXPANSION = /\b(?:stands?|stood)\s+for\b|\bshort\s+for\b|\bfull\s+(?:name|form|title)\b|\bacronym\b|\babbreviat|\binitials\b/i;

/** The question's words that an expansion may spell, as lower-case letters (stop words aside); none where it asks for an expansion. */
function abbreviationsOf(question: string): string[] {
  if (ASKS_EXPANSION.test(question)) return [];
  return [...question.toLowerCase().matchAll(ABBREVIATION)].map((m) => m[0].replace(/[.&]/g, '')).filter((w) => !STOP_WORDS.has(w));
}

/**
 * A test of whether a candidate only repeats the question's words: each of its words but stop words, as written or by its index term, is
 * one of the question's ("Orla Teague" for "What engine did Orla Teague design?", "half-moons" for "What did Ada believe
 * half-moons were?"). Such a candidate names what the question already names, not its answer; never for a question that
 * offers a choice ("A or B"). The words an abbreviation of the question spells count as its repeat too ("National
 * Rail Board" for "Which NRB depot closed?"), unless the question asks what the abbreviation stands for.
 */
export function questionEcho(question: string): (candidate: string) => boolean {
  if (CHOICE.test(question)) return () => false;
  const asked = new Set(question.toLowerCase().replace(DECADE_APOSTROPHE, '$1s').match(WORD) ?? []);
  const terms = new Set([...asked].map((w) => termOf(w)).filter((t) => t !== null));
  const abbreviations = abbreviationsOf(question);
  const echoed = (w: string) => asked.has(w) || terms.has(termOf(w) ?? w);
  return (candidate) => {
    if (spellsAbbreviation(candidate, abbreviations)) return true;
    const plain = plainEcho(candidate, echoed);
    if (plain !== undefined) return plain;
    const all = candidate.toLowerCase().match(WORD);
    if (!all) return false;
    // Stop words aside ("about 12.5%", "most species"), unless the candidate is only those ("other", "more"). One
    // pass, no filtered copy nor closure per candidate (asked of every candidate of every question).
    let contentSeen = false;
    for (let i = 0; i < all.length; i += 1) {
      const w = all[i]!;
      if (STOP_WORDS.has(w)) continue;
      contentSeen = true;
      if (!echoed(w)) return false;
    }
    if (contentSeen) return true;
    for (let i = 0; i < all.length; i += 1) if (!echoed(all[i]!)) return false;
    return true;
  };
}

/**
 * The echo test of an ASCII candidate, its words read in place and made strings one at a time up to the first that
 * is no echo (most candidates' first content word): what the test gives by its lower-cased words (`WORD`, which in
 * ASCII is a run of letters and digits). Undefined for a candidate with any other character, read the full way.
 */
function plainEcho(candidate: string, echoed: (word: string) => boolean): boolean | undefined {
  for (let i = 0; i < candidate.length; i += 1) if (candidate.charCodeAt(i) > 127) return undefined;
  let contentSeen = false;
  let words = 0;
  for (let end = 0, start = nextWordStart(candidate, 0); start < candidate.length; start = nextWordStart(candidate, end)) {
    end = wordEnd(candidate, start);
    words += 1;
    const w = candidate.slice(start, end).toLowerCase();
    if (STOP_WORDS.has(w)) continue;
    contentSeen = true;
    if (!echoed(w)) return false;
  }
  if (words === 0) return false;
  if (contentSeen) return true;
  // Only stop words ("other", "more"): each must be the question's.
  for (let end = 0, start = nextWordStart(candidate, 0); start < candidate.length; start = nextWordStart(candidate, end)) {
    end = wordEnd(candidate, start);
    if (!echoed(candidate.slice(start, end).toLowerCase())) return false;
  }
  return true;
}

/** Where the next ASCII word of a text begins at or after `from` (the text's length when none does). */
function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isAsciiLetterOrDigit(text.charCodeAt(i))) i += 1;
  return i;
}

/** Where the ASCII word beginning at `start` ends. */
function wordEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && isAsciiLetterOrDigit(text.charCodeAt(i))) i += 1;
  return i;
}
