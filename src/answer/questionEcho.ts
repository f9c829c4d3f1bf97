import { STOP_WORDS, termOf } from '../search/terms.js';

/** Letters and digits: the words a candidate and a question are compared by. */
const WORD = /[\p{L}\p{N}]+/gu;

/** A question offering its answers ("Was it Ada or Otto?", "which is older, A or B?"): its answer repeats its words. */
const CHOICE = /\bor\b/i;

/**
 * A test of whether a candidate only repeats the question's words: each of its words but stop words, as written or by its index term, is
 * one of the question's ("Orla Teague" for "What engine did Orla Teague design?", "half-moons" for "What did Ada believe
 * half-moons were?"). Such a candidate names what the question already names, not its answer; never for a question that
 * offers a choice ("A or B").
 */
export function questionEcho(question: string): (candidate: string) => boolean {
  if (CHOICE.test(question)) return () => false;
  const asked = new Set(question.toLowerCase().match(WORD) ?? []);
  const terms = new Set([...asked].map((w) => termOf(w)).filter((t) => t !== null));
  return (candidate) => {
    const all = candidate.toLowerCase().match(WORD);
    if (!all) return false;
    // Stop words aside ("about 12.5%", "most species"), unless the candidate is only those ("other", "more").
    const content = all.filter((w) => !STOP_WORDS.has(w));
    return (content.length > 0 ? content : all).every((w) => asked.has(w) || terms.has(termOf(w) ?? w));
  };
}
