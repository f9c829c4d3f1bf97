/**
 * "Which episode …", "what radio station …", "what book …" ask for a title or a call sign (lexicon
 * `namesTitledWork`), which a story writes as a name: a run of capitalised words that may hold small words inside
 * ("The Night Hour with Ann Lee", "On the Mills and the River", "Tarnvale: Salt and Stone in a …"), or the
 * words set between quotes ("the single “Song for the Ferry”"). The noun-phrase chunker cuts such a title at its
 * small words and joins it to the lower-case words before it ("a late broadcast of The Night Hour"). General English.
 *
 * Measured (round 35, SQuAD dev reading, `DIGITS=1 npm run -s eval:squad -- --reading-only --rows`): with the titled
 * nouns of buildLexicon, the title spans as candidates (and the lists they stand in) and the best excerpt's titles first
 * (extractAnswer.ts), F1 0.5371 → 0.5393, EM 0.449 → 0.452, held back 0.5639 → 0.5649 (training 41 won / 15 lost, held
 * back 7 / 3; which 0.5005 → 0.5140, what 0.4732 → 0.4767; show 0.42 → 0.68, station 0.44 → 0.54, episode 0.24 → 0.37,
 * book 0.54 → 0.68, program 0.43 → 0.73). Without the lists the title spans stand in: 0.5392 (three lists lost). Tried and
 * dropped: WordNet's whole "creation" as a root (crops, inventions, images, plans: 0.5382 with spans only where small
 * words join; 0.5384 without "and" and figures after small words); the titles of every excerpt, not the best one's
 * (0.5384 → 0.5380); four senses read in place of three ("genre", "act", "reference") with titles that only repeat the
 * question's words kept (0.5389; three senses and that check: 6 won / 3 lost); a lower-case quoted phrase as a title;
 * among the titles, those written beside the noun asked ("the film X": no question moved, the candidate model's
 * focusNounBefore already weighs it).
 */
import type { Token } from '../nlp/entities.js';
import type { StorySentence } from '../story/story.js';
import type { Mention } from './mentions.js';

/**
 * Small words a title holds between its capitalised words. Not "and", which as often joins two titles or names ("The
 * Tide Hour and The Night Pier"): the lists are made apart (coordinatedLists.ts).
 */
const TITLE_JOINER = /^(?:of|the|a|an|with|for|in|on|at|to|from|by|&|-|:|'s|’s)$/i;

/** Whether a word is one of TITLE_JOINER's small words. */
function titleJoiner(word: string): boolean {
  return TITLE_JOINER.test(word);
}

/** Whether a word is a small word a title written whole holds: TITLE_JOINER's, and "and" ("Salt and Stone", a list of titles). */
function writtenJoiner(word: string): boolean {
  return TITLE_JOINER.test(word) || word.toLowerCase() === 'and';
}

/** A word written as a title's word: a capital or a figure first ("Harbour 7"). */
const TITLE_WORD = /^[\p{Lu}\p{N}]/u;

/** A word that may open a title, or follow a small word inside one: a capital first ("in 1888" ends no title). */
const CAPITAL_WORD = /^\p{Lu}/u;

/** An article opening a title. */
const ARTICLE = /^(?:the|a|an)$/i;

/** Quotation marks that open a quoted title. */
const OPENING_QUOTE = /^["“]$/;

/** Quotation marks that close one. */
const CLOSING_QUOTE = /^["”]$/;

/** Most words of a title span. */
const MAX_TITLE_WORDS = 12;

/**
 * Whether token k is a title's word (`word`: a capital or a figure first, or a capital first): not the sentence's first
 * unless the tagger read it as a name.
 */
function titleWord(tokens: readonly Token[], k: number, word: RegExp = TITLE_WORD): boolean {
  const t = tokens[k];
  return t !== undefined && word.test(t.text) && (k > 0 || t.pos === 'PROPN');
}

/**
 * The title spans of a sentence: each run of capitalised words holding small words between them (a run with none is a
 * name run or a chunk already), and each quoted run of one to MAX_TITLE_WORDS words opening with a capital or a figure.
 *
 * @example titleSpans(sentence('It aired The Night Hour with Ann Lee after.')) // → ['The Night Hour with Ann Lee']
 */
export function titleSpans(sentence: StorySentence): Mention[] {
  const tokens = sentence.tokens;
  const text = sentence.text;
  const out: Mention[] = [];
  const span = (a: number, b: number): Mention => {
    const start = tokens[a]!.start;
    const end = tokens[b]!.end;
    return { type: 'PHRASE', text: text.slice(start, end), start, end };
  };
  let k = 0;
  while (k < tokens.length) {
    if (!titleWord(tokens, k, CAPITAL_WORD)) {
      k += 1;
      continue;
    }
    let last = k;
    let j = k + 1;
    // Past a colon the words are one subtitle, whose "and" joins its own words ("Tarnvale: Salt and Stone"), no two titles.
    let subtitle = false;
    while (j < tokens.length && j - k < MAX_TITLE_WORDS) {
      if (titleWord(tokens, j)) {
        last = j;
        j += 1;
        continue;
      }
      let m = j;
      while (m < tokens.length && (subtitle ? writtenJoiner : titleJoiner)(tokens[m]!.text) && !TITLE_WORD.test(tokens[m]!.text)) {
        if (tokens[m]!.text === ':') subtitle = true;
        m += 1;
      }
      if (m === j || !titleWord(tokens, m, CAPITAL_WORD)) break;
      last = m;
      j = m + 1;
    }
    // A title's own "The" is left out, as the chunker leaves it (its lists are then found around it: "Tide Hour and The
    // Night Pier").
    out.push(span(ARTICLE.test(tokens[k]!.text) && k < last ? k + 1 : k, last));
    k = last + 1;
  }
  for (let a = 0; a < tokens.length; a += 1) {
    if (!OPENING_QUOTE.test(tokens[a]!.text)) continue;
    let b = a + 1;
    while (b < tokens.length && !CLOSING_QUOTE.test(tokens[b]!.text) && b - a <= MAX_TITLE_WORDS) b += 1;
    if (b < tokens.length && CLOSING_QUOTE.test(tokens[b]!.text) && b > a + 1 && CAPITAL_WORD.test(tokens[a + 1]!.text))
      out.push(span(a + 1, b - 1));
    a = b;
  }
  return out;
}

/** Most words of a quoted name (quotedNames): longer quotations are speech. */
const MAX_QUOTED_NAME_WORDS = 6;

/** Marks that end or split a clause: a quotation holding one inside is speech, not a name ("“We stay. We sail.”"). */
const CLAUSE_MARK = /^[.,;!?]$/;

/**
 * The quoted names of a sentence: each double quotation of one to MAX_QUOTED_NAME_WORDS words opening with a capital,
 * with no clause mark inside (a comma or full stop set before the closing mark, as American print does, is left out):
 * the whole title, its opening small word with it ("“Every Tide Home”", "“The Tolly Lantern”"), which the chunker
 * cuts off. Offered for a question asking what something is named or called, or asking for a thing, not a person
 * (extractAnswer.ts `chunksOf`). Measured (round 57, SQuAD dev reading, with sayings and literary works as titled nouns):
 * F1 0.5896 → 0.5905, held back 0.6099 → 0.6101, 18 won / 2 lost (held back 3 / 1); kit and refusal's refused rates
 * identical. Without the echo check (a quotation only repeating the question's words) two more were lost.
 *
 * @example quotedNames(sentence('The ads ran as “Every Tide Home,” its slogan.')) // → ['Every Tide Home']
 * @example quotedNames(sentence('“We stay, and we sail,” she said.')) // → []
 */
export function quotedNames(sentence: StorySentence): Mention[] {
  const tokens = sentence.tokens;
  const text = sentence.text;
  const out: Mention[] = [];
  for (let a = 0; a < tokens.length; a += 1) {
    if (!OPENING_QUOTE.test(tokens[a]!.text)) continue;
    // The quotation's own closing mark, however far: a straight quote both opens and closes, so a long quotation's
    // closing mark must not be read as opening the next one.
    let b = a + 1;
    while (b < tokens.length && !CLOSING_QUOTE.test(tokens[b]!.text)) b += 1;
    if (b >= tokens.length) break;
    const last = b - 1 > a + 1 && /^[.,]$/.test(tokens[b - 1]!.text) ? b - 2 : b - 1;
    let clause = false;
    for (let k = a + 1; k <= last; k += 1) if (CLAUSE_MARK.test(tokens[k]!.text)) clause = true;
    if (last > a && last - a <= MAX_QUOTED_NAME_WORDS && !clause && CAPITAL_WORD.test(tokens[a + 1]!.text)) {
      const start = tokens[a + 1]!.start;
      const end = tokens[last]!.end;
      out.push({ type: 'PHRASE', text: text.slice(start, end), start, end });
    }
    a = b;
  }
  return out;
}

/**
 * Whether a mention is written as a title: between quotes, or opening with a capital, every word capitalised or a figure
 * but the small words a title holds inside ("The Night Hour with Ann Lee"; not "a late broadcast of The Night Hour"); and
 * not a person's name or a date the tagger found ("Ann Lee", "December 2007"), which name no work.
 */
export function writtenAsTitle(sentence: StorySentence, e: Mention): boolean {
  if (namesPersonOrDate(sentence, e)) return false;
  const text = sentence.text;
  // A phrase shown from past the focus noun is read as shown ("the journal **Tidings**").
  const { start, end } = e.shown ?? e;
  const written = text.slice(start, end);
  if (!CAPITAL_WORD.test(written)) return false;
  if (/["“]\s*$/.test(text.slice(Math.max(0, start - 2), start)) && /^\s*["”]/.test(text.slice(end, end + 2))) return true;
  const words = written.split(/\s+/);
  if (!TITLE_WORD.test(words.at(-1)!)) return false;
  return words.every((w) => TITLE_WORD.test(w) || writtenJoiner(w));
}

/** Whether a mention is a person's name the tagger found, or overlaps a date or a time. */
function namesPersonOrDate(sentence: StorySentence, e: Mention): boolean {
  return sentence.entities.some(
    (x) =>
      (x.type === 'PERSON' && x.start === e.start && x.end === e.end) ||
      ((x.type === 'DATE' || x.type === 'TIME') && x.start < e.end && e.start < x.end),
  );
}
