import { eng as englishStopWords } from 'stopword';
import stem from 'wink-porter2-stemmer';

/**
 * Words that carry no meaning for retrieval: the `stopword` package's English list (108 words, which
 * already holds the question words who/what/when/where/how) plus the few question auxiliaries it lacks.
 * Dropping them from the index and from queries is what keeps a natural question from touching every
 * posting list.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([...englishStopWords, 'does', 'whom', 'whose', 'why', 'which', 'its', 'it\'s', 's']);

/** Splits text into words: letters and digits, keeping inner apostrophes, dots of abbreviations and number separators. */
const WORD = /[\p{L}\p{N}]+(?:[.'’,-][\p{L}\p{N}]+)*/gu;

/** Folds a word for matching: lower case, no diacritics, straight apostrophes, no dots or thousands separators. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/(?<=\d),(?=\d{3}\b)/g, '')
    .replace(/\./g, '');
}

/**
 * The words of a text as written (not folded), in order.
 *
 * @example words("U.S.–Ukraine talks, 1,100 bombs") // → ['U.S', 'Ukraine', 'talks', '1,100', 'bombs']
 */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The index term for one word, or null for a stop word: folded, possessive dropped, hyphenated
 * parts kept whole, then Porter2-stemmed ("negotiations" → "negoti", "Zelenskyy's" → "zelenskyy").
 */
export function termOf(word: string): string | null {
  let w = foldWord(word).replace(/'s$/, '').replace(/'/g, '');
  if (!w || STOP_WORDS.has(w)) return null;
  if (/^\d/.test(w)) return w.replace(/-/g, '');
  w = w.replace(/-/g, '');
  return stem(w);
}

/** The index terms of a text, in order, stop words removed. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const t = termOf(w);
    if (t) out.push(t);
  }
  return out;
}
