import { isDictionaryWord, relatedWords } from '../lexicon/index.js';
import {
  beginsOtherwiseAt,
  forEachWordSpan,
  foldWord,
  irregularVerbBase,
  STOP_WORDS,
  termKeepsInitial,
  termOf,
  termOfUncached,
  words,
} from '../search/terms.js';
import { sentencesHolding, sentencesHoldingWith } from '../search/termSample.js';
import type { Story } from '../story/story.js';
import { isCapitalised } from '../text/words.js';
import { slicedPerStory } from '../story/warmUp.js';

/** A figure anywhere in a term: numbers are never typos. */
const HAS_DIGIT = /\d/;

/** Most story terms compared per key for one unknown term (keeps a question's work bounded on a large story). */
const MAX_COMPARED = 5_000;

/**
 * The story's index terms by their first two letters, and again by their first and third letters, made once per
 * story: a typo in the second letter ("Oirana", "Oiana" for "Oriana") keeps the first and, for a swap or a letter
 * left out, brings the third letter second.
 */
const termsByInitial = slicedPerStory(function* (story: Story): Generator<void, Map<string, string[]>, void> {
  const out = new Map<string, string[]>();
  const add = (key: string, term: string) => {
    const list = out.get(key);
    if (list) list.push(term);
    else out.set(key, [term]);
  };
  let n = 0;
  for (const term of story.documentFrequency.keys()) {
    if (++n % 1024 === 0) yield; // a warm-up's slice ends here (see slicedPerStory)
    if (term.length < 4 || HAS_DIGIT.test(term)) continue;
    add(term.slice(0, 2), term);
    add(`${term[0]}_${term[2]}`, term);
  }
  return out;
});

/**
 * The keys of the story terms a typo of `term` may be of (termsByInitial): those sharing its first two letters, or the
 * first and the third. Two keys may be one (a term whose second and third letters are the same).
 */
function typoKeys(term: string): string[] {
  return [term.slice(0, 2), `${term[0]}_${term[1]}`, `${term[0]}${term[2] ?? ''}`, `${term[0]}_${term[2] ?? ''}`];
}

/** Most unknown terms of one question mended. */
export const MAX_TYPOS = 3;

/**
 * A question word whose term the story never uses, mended to the story term it is most likely a typo of
 * (nearestTerm; for a four-letter word shortTypo), unless the mending would read an English word as a name of the
 * story (mistakesWordForName) or as another English word (mistakesWordForWord, which looks for the story's word beside
 * the question's other terms, `questionTerms`). Every reading of a typo outside mendQuestion goes through here, so none
 * skips a guard.
 *
 * @example correctTypo(story, 'Halvorsn', ['halvorsn', 'resign']) // → 'halvorsen' when the story uses "Halvorsen"
 */
export function correctTypo(story: Story, word: string, questionTerms: readonly string[]): string | undefined {
  const term = termOf(word);
  if (term === null) return undefined;
  const fixed = nearestTerm(story, term) ?? shortTypo(story, word, term, questionTerms);
  if (fixed === undefined) return undefined;
  return mistakesWordForName(story, word, fixed) || mistakesWordForWord(story, word, fixed, questionTerms) ? undefined : fixed;
}

/** Letters of the typed words shortTypo reads (nearestTerm reads terms of five letters or more). */
const SHORT_TYPO_LENGTH = 4;

/**
 * A typed four-letter word whose term the story never uses ("Vala" for the story's "Valka", "tile" for "title"), read
 * as the story term of a word one edit from it (typoTerms) that the story writes right beside another of the
 * question's terms (writtenBeside: "Hanna Vala" where the story writes "Hanna Valka"), the most frequent such term.
 * A short word has many neighbours one edit away, English words among them; only the question's other words say
 * which one the asker means, so without that evidence the word is left alone, and function words ("when", "once")
 * always are.
 *
 * Round 26: eval:typed macro hit@1 typo 0.819 → 0.828, hurried 0.819 → 0.828, cmd typo 0.828 → 0.837 (storyD
 * 0.667 → 0.694 and 0.694 → 0.722: a misspelt four-letter surname), answers and every other row unchanged; SQuAD
 * reading F1 0.5193 → 0.5197 (held back 0.5456 → 0.5459; 6 questions won, none lost); eval:refusal and the kit's
 * rows unchanged. Mending four-letter words without the beside evidence had mended "when" on SQuAD (round 11).
 */
function shortTypo(story: Story, word: string, term: string, questionTerms: readonly string[]): string | undefined {
  const folded = foldWord(word);
  if (folded.length !== SHORT_TYPO_LENGTH || FUNCTION_WORDS.has(folded) || HAS_DIGIT.test(term) || story.documentFrequency.has(term))
    return undefined;
  const others = questionTerms.filter((t) => t !== term);
  let best: { term: string; df: number } | undefined;
  for (const candidate of typoTerms(story, folded, term)) {
    const df = story.documentFrequency.get(candidate) ?? 0;
    if (best && df <= best.df) continue;
    if (writtenBeside(story, candidate, new Set(others.filter((t) => t !== candidate)))) best = { term: candidate, df };
  }
  return best?.term;
}

/**
 * A question term the story never uses, matched to the story term it is nearest to: same
 * first letter and one of the next two in place (typoKeys), within one edit (two for terms of eight letters or
 * more), the more frequent term on a tie. Terms shorter than five letters and numbers are left alone. Unguarded:
 * correctTypo reads typos with it, and mendQuestion takes it only for a word that is no English word.
 */
function nearestTerm(story: Story, term: string): string | undefined {
  if (term.length < 5 || HAS_DIGIT.test(term) || story.documentFrequency.has(term)) return undefined;
  const max = term.length >= 8 ? 2 : 1;
  const byInitial = termsByInitial(story);
  let best: { term: string; distance: number; df: number } | undefined;
  // Each key's first MAX_COMPARED terms, read in place: a term under two keys is compared twice, and the second
  // time cannot win (it would need to be strictly nearer or more frequent than the best, which it was compared to).
  for (const key of typoKeys(term)) {
    const list = byInitial.get(key) ?? [];
    for (let i = 0; i < list.length && i < MAX_COMPARED; i += 1) {
      const candidate = list[i]!;
      if (Math.abs(candidate.length - term.length) > max) continue;
      const d = boundedDistance(term, candidate, max);
      if (d > max) continue;
      const df = story.documentFrequency.get(candidate) ?? 0;
      if (!best || d < best.distance || (d === best.distance && df > best.df)) best = { term: candidate, distance: d, df };
    }
  }
  return best?.term;
}

/** Damerau–Levenshtein distance (adjacent swaps count one), giving up above `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  const n = b.length;
  // Three rows reused from call to call (rows i − 2, i − 1 and i), not a new array per row and call.
  if (distanceRows[0].length < n + 1)
    distanceRows = [new Int32Array(2 * (n + 1)), new Int32Array(2 * (n + 1)), new Int32Array(2 * (n + 1))];
  let [before, prev, cur] = distanceRows;
  for (let j = 0; j <= n; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    cur[0] = i;
    let rowMin = Infinity;
    for (let j = 1; j <= n; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    const done = before;
    before = prev;
    prev = cur;
    cur = done;
  }
  return prev[n]!;
}

let distanceRows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Sentences read to learn how the story writes a term's words. */
const FORMS_SAMPLE = 24;

/** How the story writes one word: how often after a sentence's first word with a capital and without, and its spellings. */
interface WrittenWord {
  capital: number;
  lower: number;
  /** Spellings as written (not sentence-initial), with counts. */
  spellings: Map<string, number>;
}

/** Terms whose written forms are kept per story (a story's questions name its names again and again). */
const FORMS_KEPT = 4_096;
const formsByStory = new WeakMap<Story, Map<string, ReadonlyMap<string, WrittenWord>>>();

/**
 * The words of the story whose index term is `term`, by folded form, read from up to FORMS_SAMPLE sentences holding
 * it; kept for the story's next questions (up to {@link FORMS_KEPT} terms, then forgotten all at once).
 */
function writtenForms(story: Story, term: string): ReadonlyMap<string, WrittenWord> {
  let kept = formsByStory.get(story);
  if (!kept) formsByStory.set(story, (kept = new Map()));
  let forms = kept.get(term);
  if (!forms) {
    if (kept.size >= FORMS_KEPT) kept.clear();
    kept.set(term, (forms = readWrittenForms(story, term)));
  }
  return forms;
}

function readWrittenForms(story: Story, term: string): Map<string, WrittenWord> {
  const out = new Map<string, WrittenWord>();
  forEachWrittenWord(story, term, (bare, folded, first) => {
    const entry = out.get(folded) ?? { capital: 0, lower: 0, spellings: new Map<string, number>() };
    out.set(folded, entry);
    if (first) return false;
    if (isCapitalised(bare)) entry.capital += 1;
    else entry.lower += 1;
    entry.spellings.set(bare, (entry.spellings.get(bare) ?? 0) + 1);
    return false;
  });
  return out;
}

/**
 * Whether the story writes the word `folded` as a word of `term` in the sentences writtenForms reads
 * (`writtenForms(story, term).has(folded)`): where the term's forms are not kept yet, the sample is read only up to
 * the first such word, not whole. mendQuestion asks it of each long question word the story uses that is no English
 * word — mostly names, which the first sentence holding their term writes as typed — and reads the whole sample only
 * for a word the story writes otherwise (a typo to mend). An answer's first pass on a 100k story: that read was ~2% of
 * its CPU, nearly all of it for words the first sentence writes (scripts/answerReplay.ts --profile).
 *
 * @example writesForm(story, termOf('Velmora')!, 'velmora') // → true when the story writes "Velmora"; false for 'velmroa'
 */
export function writesForm(story: Story, term: string, folded: string): boolean {
  const kept = formsByStory.get(story)?.get(term);
  if (kept) return kept.has(folded);
  let found = foundByStory.get(story);
  if (!found) foundByStory.set(story, (found = new Map()));
  if (found.get(term) === folded) return true;
  let writes = false;
  forEachWrittenWord(story, term, (_bare, form) => {
    writes = form === folded;
    return writes;
  });
  if (writes) {
    if (found.size >= FORMS_KEPT) found.clear();
    found.set(term, folded);
  }
  return writes;
}

/**
 * A form writesForm found the story writing, by term (the last found of each), kept per story as the forms are: a
 * story's questions name its names again and again. As many as FORMS_KEPT, then forgotten all at once.
 */
const foundByStory = new WeakMap<Story, Map<string, string>>();

/**
 * Each word of `term` written in up to FORMS_SAMPLE sentences holding it, in the index's order: as written without a
 * possessive's "'s", folded, and whether it opens its sentence; `visit` returning true stops the reading.
 */
function forEachWrittenWord(story: Story, term: string, visit: (bare: string, folded: string, first: boolean) => boolean): void {
  // Most words of the sample begin with another letter than any word of the term can: those skip termOf.
  const initial = termKeepsInitial(term) ? term.charCodeAt(0) : -1;
  // The words read in place, and only those that may have the term made strings.
  let text = '';
  let i = -1;
  let stop = false;
  const read = (start: number, end: number) => {
    i += 1;
    if (stop || (initial >= 0 && beginsOtherwiseAt(text, start, end, initial))) return;
    const w = text.slice(start, end);
    const bare = endsPossessive(w) ? w.slice(0, -2) : w;
    if (termOf(bare) !== term) return;
    stop = visit(bare, foldWord(bare), i === 0);
  };
  for (const id of sentencesHolding(story.index, term, FORMS_SAMPLE)) {
    text = story.sentences[id]?.text ?? '';
    i = -1;
    forEachWordSpan(text, read);
    if (stop) return;
  }
}

/**
 * Whether a word ends in "'s" or "’s" (the s in either case): what `/['’]s$/i` tests, without a regular expression
 * (`readWrittenForms` asks it of every word of 24 sentences per term, a first pass's most repeated step there).
 *
 * @example endsPossessive("Ferry's") // → true
 */
export function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || (word.charCodeAt(n - 1) | 32) !== 115) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}

/** The spelling the story uses most for a word (after a sentence's first word), or the folded form. */
function usualSpelling(folded: string, entry: WrittenWord | undefined): string {
  return entry ? ([...entry.spellings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? folded) : folded;
}

/** Whether the story writes a word as a name: with a capital after a sentence's first word, at least twice as often as without. */
function writtenAsName(entry: WrittenWord | undefined): boolean {
  return entry !== undefined && entry.capital > 0 && entry.capital >= 2 * entry.lower;
}

/** Whether the story writes every word of this index term as a name ("Dale" of a person, never "a dale"). */
export function writesOnlyAsName(story: Story, term: string): boolean {
  const forms = writtenForms(story, term);
  if (forms.size === 0) return false;
  for (const entry of forms.values()) if (!writtenAsName(entry)) return false;
  return true;
}

/**
 * Whether mending this question word to `term` would read an English word written in lower case as a name of the
 * story ("marsh" as the story's "Marsha"), which mendQuestion never does: such a word is no typo, and its WordNet
 * relatives ("fen") find the story's word for it.
 */
export function mistakesWordForName(story: Story, word: string, term: string): boolean {
  return !isCapitalised(word) && isEnglishWord(word.toLowerCase()) && writesOnlyAsName(story, term);
}

/**
 * Whether mending this question word to the story's `term` would replace a word WordNet lists (itself, not only
 * an inflection of one) with an English word ("score" read as the story's "scare", "factory" as its "factor"): a real
 * word is no typo unless
 * - the two are forms of one word (sameWord) or WordNet relates them (wordNetRelated: "colour" / "color"), or
 * - the story writes the term's word beside another of the question's terms (`questionTerms`: "harbour birth" asked
 *   where the story writes "harbour berth"), which says the asker means the story's word.
 * A term the story writes as any word that is no English word (a name, a coinage) is left to mistakesWordForName.
 *
 * @example mistakesWordForWord(story, 'score', 'scare', ['score', 'final']) // → true when "scare" is never beside "final"
 */
export function mistakesWordForWord(story: Story, word: string, term: string, questionTerms: readonly string[]): boolean {
  const typed = foldWord(word);
  if (!isDictionaryWord(typed)) return false;
  const forms = [...writtenForms(story, term).keys()];
  if (forms.length === 0 || !forms.every(isEnglishWord)) return false;
  if (forms.some((form) => sameWord(typed, form) || wordNetRelated(typed, form))) return false;
  return !writtenBeside(story, term, new Set(questionTerms.filter((t) => t !== term && t !== termOf(word))));
}

/**
 * Whether WordNet relates a form of one word to a form of the other, either way (its table is not symmetric):
 * spellings ("colour" / "color") and derivations ("expanded" / "expansion").
 */
function wordNetRelated(a: string, b: string): boolean {
  const basesOfA = dictionaryBases(a);
  const basesOfB = dictionaryBases(b);
  const relatedToA = new Set(basesOfA.flatMap((base) => relatedWords(base)));
  if (basesOfB.some((base) => relatedToA.has(base))) return true;
  const relatedToB = new Set(basesOfB.flatMap((base) => relatedWords(base)));
  return basesOfA.some((base) => relatedToB.has(base));
}

/** Sentences holding a term and another question term that writtenBeside reads at most (bounds it on an archive). */
const MAX_BESIDE_READ = 2_000;

/**
 * Whether some sentence holding `term` writes one of its words right beside a word of one of `others`: every
 * sentence whose text holds the term and one of them (sentencesHoldingWith), up to MAX_BESIDE_READ, is read, not a
 * search's best few.
 */
function writtenBeside(story: Story, term: string, others: ReadonlySet<string>): boolean {
  for (const id of sentencesHoldingWith(story.index, term, others, MAX_BESIDE_READ)) {
    const terms = words(story.sentences[id]?.text ?? '').map((w) => termOf(w));
    for (let i = 0; i < terms.length; i += 1) {
      if (terms[i] !== term) continue;
      const before = terms[i - 1];
      const after = terms[i + 1];
      if ((before && others.has(before)) || (after && others.has(after))) return true;
    }
  }
  return false;
}

/** What mendQuestion reads of a question: a capital anywhere, its words (apostrophes inside kept), a word's "'s", a word in capitals. */
const ANY_CAPITAL = /\p{Lu}/u;
const QUESTION_WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const POSSESSIVE_END = /['’]s$/i;
const ALL_CAPITALS = /^\p{Lu}+$/u;

/**
 * A question as typed, with the story's own spelling of its words:
 * - a word of five letters or more, not in capitals, that is no English word (isEnglishWord) and that the story
 *   never writes is mended to the story's word one edit away: the same index term written otherwise ("Octobe" →
 *   "October") or a term it may be a typo of (typoTerms: "Hlavorsen" → "Halvorsen", "Kestrle" → "Kestrel"), at
 *   most MAX_TYPOS of them. Where the asker writes capitals, a capitalised word is mended only to a word the story
 *   writes as a name, a lower-case one only to one it does not. A lower-case word no story word is one edit from
 *   becomes the English word it misspells (unwrittenDictionaryTypo: "shoutng" → "shouting");
 * - in a question typed without capitals, a word the story writes as a name (writtenAsName) gets its capital
 *   ("oriana" → "Oriana"), so that the question's names are read as names.
 * Every later reading of the question (its frame, the names it asks about, its day) sees the mended words.
 *
 * @example mendQuestion(story, 'who beat tomas brekk') // → 'who beat Tomas Brekke' when the story writes "Tomas Brekke"
 */
export function mendQuestion(story: Story, question: string): string {
  const uncapitalised = !ANY_CAPITAL.test(question.slice(1));
  let mended = 0;
  return question.replace(QUESTION_WORD, (word, at: number) => {
    const bare = word.replace(POSSESSIVE_END, '');
    const rest = word.slice(bare.length);
    const folded = foldWord(bare);
    const term = STOP_WORDS.has(folded) ? null : termOf(bare);
    if (!term) return word;
    const known = story.documentFrequency.has(term);
    if (folded.length >= 5 && mended < MAX_TYPOS && !ALL_CAPITALS.test(bare) && !isEnglishWord(folded)) {
      // Where the asker writes capitals, a name is mended to a name and another word to another word: "Warsz"
      // is not "wars", nor "staes" "States".
      const capital = isCapitalised(bare);
      const sameKind = (entry: WrittenWord) => uncapitalised || at === 0 || writtenAsName(entry) === capital;
      // A word of a term the story uses is mended only to a spelling it does not extend ("Octobe" → "October";
      // "resulted" is "result" inflected, not misspelt).
      const near =
        known && writesForm(story, term, folded)
          ? undefined
          : nearestWritten(
              story,
              folded,
              known ? [term] : typoTerms(story, folded, term),
              (form, entry) => sameKind(entry) && !(known && folded.startsWith(form)),
            );
      if (near) {
        mended += 1;
        const spelt = usualSpelling(near.form, near.entry);
        return (uncapitalised || isCapitalised(bare) || writtenAsName(near.entry) ? spelt : spelt.toLowerCase()) + rest;
      }
      // A lower-case word no story word is one edit from: the English word it misspells, if there is one.
      const english = known || capital ? undefined : unwrittenDictionaryTypo(story, folded);
      if (english) {
        mended += 1;
        return english + rest;
      }
    }
    if (uncapitalised && at > 0 && known) {
      const entry = writtenForms(story, term).get(folded);
      if (writtenAsName(entry)) return usualSpelling(folded, entry) + rest;
    }
    return word;
  });
}

/**
 * The story terms an unknown word may be a typo of: nearestTerm's, and the terms of the words one edit from it
 * (a letter left out, doubled or added, two swapped, one changed) that the story uses. The second reaches a typo
 * that stemming hides ("Octboer", "Kauptihng": the stem of the typed word is not one edit from the story's).
 */
function typoTerms(story: Story, folded: string, term: string): readonly string[] {
  let kept = typoTermsByStory.get(story);
  if (!kept) typoTermsByStory.set(story, (kept = new Map()));
  let found = kept.get(folded);
  if (!found) {
    if (kept.size >= TYPOS_KEPT) kept.clear();
    kept.set(folded, (found = readTypoTerms(story, folded, term)));
  }
  return found;
}

/**
 * Unknown words whose typoTerms are kept per story (the word decides its term): a story's questions repeat its names,
 * and each reading makes some 550 variants of the word and their terms. The variants' terms are not kept by `termOf`
 * (termOfUncached): they filled its cache and cleared the story's words out of it (answerReplay, 100k sentences, 2,000
 * SQuAD questions, first pass: what `termOf` allocated, 13 MB, went; the answers' hash unchanged). As many as FORMS_KEPT.
 */
const TYPOS_KEPT = 4_096;
const typoTermsByStory = new WeakMap<Story, Map<string, readonly string[]>>();

function readTypoTerms(story: Story, folded: string, term: string): string[] {
  const out = new Set<string>();
  const corrected = nearestTerm(story, term);
  if (corrected) out.add(corrected);
  // Each variant read as it is made, not gathered in a set first: a variant made twice adds its term once to `out`.
  forEachOneEdit(folded, (variant) => {
    const t = termOfUncached(variant);
    if (t && t !== term && story.documentFrequency.has(t)) out.add(t);
  });
  return [...out];
}

/**
 * The one WordNet word one edit from a typed lower-case word that is no English word ("shoutng" → "shouting"), when
 * the story never writes that word's term: the asker's word, which the story puts otherwise. Read as English, the
 * question's frame sees what it asks and the ranker searches the word's WordNet relatives the story writes
 * (rankSentences `absentRelatives`). Nothing when no WordNet word or several are one edit away ("scoe": "score",
 * "scone", "shoe" …), or when the story writes the word: a story word is mended to only as the story writes it
 * (nearestWritten, correctTypo and their guards).
 *
 * Round 26: eval:typed macro word typo hit@1 / answer / not covered 0.810 / 0.874 / 0.046 → 0.819 / 0.884 / 0.037
 * (storyD hit@1 0.639 → 0.667, storyE answer 0.944 → 0.972), every other row unchanged; SQuAD reading F1 0.5197 and
 * eval:refusal unchanged, the kit's rows unchanged. Also taking a word the story writes (in a form no typed letter
 * is one edit from): eval:refusal test near refused 0.635 → 0.634 (a mended word covered a near paragraph), reading
 * F1 unchanged.
 *
 * @example unwrittenDictionaryTypo(story, 'shoutng') // → 'shouting' when the story never says "shout"
 */
function unwrittenDictionaryTypo(story: Story, folded: string): string | undefined {
  let found: string | undefined;
  for (const variant of oneEditAway(folded)) {
    if (!isDictionaryWord(variant)) continue;
    if (found !== undefined) return undefined;
    found = variant;
  }
  const term = found === undefined ? null : termOf(found);
  return term !== null && !story.documentFrequency.has(term) ? found : undefined;
}

/** Letters an edit may add or put in place of another. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** The strings one edit from a lower-case word: each letter left out, each pair of neighbours swapped, a letter added or changed anywhere. */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  forEachOneEdit(word, (variant) => out.add(variant));
  return out;
}

/**
 * Visits the strings one edit from a lower-case word ({@link oneEditAway}'s), some more than once (a letter added
 * beside the same letter), never the word itself.
 */
function forEachOneEdit(word: string, visit: (variant: string) => void): void {
  for (let i = 0; i <= word.length; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) visit(head + tail.slice(1));
    if (tail.length > 1 && tail[1] !== tail[0]) visit(head + tail[1] + tail[0] + tail.slice(2));
    const rest = tail.slice(1);
    for (let k = 0; k < ALPHABET.length; k += 1) {
      const c = ALPHABET[k]!;
      visit(head + c + tail);
      if (tail && c !== tail[0]) visit(head + c + rest);
    }
  }
}

/**
 * The story's written word one edit from a typed one among the words of some terms (those `allowed`), the more
 * written on a tie. One edit, whatever the length: two reach another name ("DeMarcus", "Demaryius").
 */
function nearestWritten(
  story: Story,
  typed: string,
  terms: readonly string[],
  allowed: (form: string, entry: WrittenWord) => boolean,
): { form: string; entry: WrittenWord } | undefined {
  let best: { form: string; entry: WrittenWord; d: number; n: number } | undefined;
  for (const term of terms)
    for (const [form, entry] of writtenForms(story, term)) {
      if (Math.abs(form.length - typed.length) > 1 || !allowed(form, entry)) continue;
      const d = boundedDistance(typed, form, 1);
      const n = entry.capital + entry.lower;
      if (d <= 1 && (!best || d < best.d || (d === best.d && n > best.n))) best = { form, entry, d, n };
    }
  return best;
}

/** Endings of regular inflections and derivations, longest first, each with what it may have replaced ("-men" of "-man" last). */
const ENDINGS: readonly [RegExp, readonly string[]][] = [
  [/(?:ings|ing)$/, ['', 'e']],
  [/ied$|ies$/, ['y']],
  [/(?:ed|es|er|est|ers)$/, ['', 'e']],
  [/(?:ly|s|d)$/, ['']],
  [/men$/, ['man']],
];

/**
 * English function words of four letters or more that neither WordNet nor the stop-word list holds: a closed
 * class (prepositions, conjunctions, pronouns, determiners, "when"), never a misspelling of a story's word.
 */
const FUNCTION_WORDS = new Set(
  (
    'when onto upon unto once ours hers else until unless though although whether among amongst beside beyond during toward towards underneath without against ' +
    'again already anything anyone anybody everyone everything someone something nothing shall every either neither ' +
    'others whenever wherever whichever whoever whatever yours itself myself yourself herself himself themselves ' +
    'ourselves upon whereas whereby versus'
  ).split(' '),
);

/**
 * Whether a word is English as WordNet knows it, a function word, or an inflection of a WordNet word ("bought",
 * "resulted", "studies", "stopped"), which is no misspelling though the dictionary lists only its base.
 */
export function isEnglishWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || forEachBase(word, isDictionaryWord);
}

/**
 * Whether two lower-case words are forms of one WordNet word: they share a dictionary base (dictionaryBases).
 *
 * @example sameWord('scored', 'scores') // → true
 * @example sameWord('score', 'scare') // → false
 */
export function sameWord(a: string, b: string): boolean {
  const bases = new Set(dictionaryBases(a));
  return dictionaryBases(b).some((base) => bases.has(base));
}

/** A word ending in a doubled letter ("stopp" of "stopped"). */
const DOUBLED_END = /(\w)\1$/;

/**
 * The WordNet words a lower-case word may be a form of: itself, an irregular verb's base ("bought" → "buy"), or its
 * stem without a regular ending ("studies" → "study", "stopped" → "stop", "women" → "woman"), each only if WordNet knows it.
 */
function dictionaryBases(word: string): string[] {
  const out: string[] = [];
  forEachBase(word, (base) => {
    if (isDictionaryWord(base) && !out.includes(base)) out.push(base);
    return false;
  });
  return out;
}

/**
 * Each base a lower-case word may be a form of, in dictionaryBases' order (itself, an irregular verb's base, its stems
 * without a regular ending), WordNet's or not, until `visit` returns true; whether it did. isEnglishWord stops at the
 * first WordNet word: most long words a question asks mendQuestion about are their own base (isEnglishWord, listing
 * every base, was 0.75% of an answer's first pass at 100k: scripts/answerReplay.ts --warm --profile).
 */
function forEachBase(word: string, visit: (base: string) => boolean): boolean {
  if (visit(word)) return true;
  const irregular = irregularVerbBase(word);
  if (irregular && visit(irregular)) return true;
  for (const [ending, replaced] of ENDINGS) {
    if (!ending.test(word)) continue;
    const stem = word.replace(ending, '');
    if (stem.length < 2) continue;
    for (const r of replaced) if (visit(stem + r)) return true;
    // A doubled consonant before the ending: "stopped" → "stop".
    if (DOUBLED_END.test(stem) && visit(stem.slice(0, -1))) return true;
  }
  return false;
}
