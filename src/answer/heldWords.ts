import { DAY_OF_MONTH_RE, NUMBER_WORDS } from '../nlp/dates/dateLexicon.js';
import type { Story, StorySentence } from '../story/story.js';
import { slicedPerStory } from '../story/warmUp.js';
import { termOf, termsOf, words } from '../search/terms.js';
import { countryOf } from '../text/places.js';
import { paraphraseTerms } from './paraphrase.js';
import { abbreviationSpellings } from './acronym.js';
import { idf } from './rankSentences.js';
import { subjectTerms } from './subjectEvidence.js';
import { termSetOf } from './termMemo.js';
import { isCapitalised } from '../text/words.js';

/** A question that counts ("how many …"). */
export const HOW_MANY = /\bhow\s+many\b/i;

/**
 * A name the story writes in fewer than this share of its sentences is one of its particulars, not its subject
 * (heldWords `rareNameMissing`): a Wikipedia half or a news story names its subject all through and leaves it
 * unnamed in many a sentence about it, but a sentence about a particular person, place or thing names it.
 * Chosen on eval:refusal's training half (`--sample 6000`, articles 0–23); the figures are in covered.ts isCovered.
 */
export const RARE_NAME_SHARE = 0.05;
/**
 * A sentence of fewer words than this with no verb is a fragment (heldWords `fragment`). The tagger misses the verb
 * of a long sentence now and then (a subject and verb split by a long aside): of eval:refusal's covered
 * answers whose sentence it reads without a verb (10 of 6,000 questions and settings), none is under 14 words, where a
 * list line of seeds or results is under 8.
 */
export const FRAGMENT_WORDS = 8;
/** A year written as four digits standing alone ("in 1921", not the decades "1920s" and "1920's", nor "$1,921"). */
const YEAR = /(?<![\d$£€]|\d[,.])\b(1[1-9]\d\d|20\d\d)\b(?![,.]?\d|['’]?s\b)/g;

/**
 * A small figure written in digits that the question names ("at 60 kPa", "45 degrees south", "in the last 10 minutes"):
 * one or two digits standing alone — not after a letter, a hyphen or a currency sign ("F-16", "2012-13", "$45m"), not
 * part of a decimal, a larger figure or a time ("16:08"), not a decade ("the 70s") nor a rank ("3rd"), not before a letter
 * ("45m"), nor after another figure in a list or a range ("1755, 56 and 57": a year's last digits). A larger figure is
 * missingDetail's (it is looked for in the best excerpts), a year yearAbsent's, a day of a month (DAY_OF_MONTH) the day
 * checks'.
 */
const SMALL_FIGURE =
  /(?<![\p{L}\d$£€.,:/'’-]|\d(?:\s*[,&–—]|\s+(?:and|or|to))\s*)(\d{1,2})(?![.,:/]?\d|['’]?s\b|st\b|nd\b|rd\b|th\b|\p{L})/gu;
/**
 * A day of a month ("October 13", "13 October", "the 13th of October"; dateLexicon's `DAY_OF_MONTH_RE`): a day, which an
 * article's "today" may write.
 */
const DAY_OF_MONTH = new RegExp(DAY_OF_MONTH_RE, 'giu');

/** The index terms of the single words that write a number ("two", "ten"), by the number (NUMBER_WORDS). */
const NUMBER_WORD_TERMS: ReadonlyMap<number, readonly string[]> = (() => {
  const out = new Map<number, string[]>();
  for (const [word, n] of NUMBER_WORDS) {
    const term = word.includes(' ') ? null : termOf(word);
    if (term !== null) out.set(n, [...(out.get(n) ?? []), term]);
  }
  return out;
})();

/**
 * Whether a story writes a small figure: in digits (alone, "60%", "a 60-day limit") or as a word ("sixty" is not read:
 * only the single number words of NUMBER_WORDS), or before a scale ("$60m", "60bn", "60k"), which the index keeps as one term.
 */
function writesFigure(story: Story, figure: string): boolean {
  const has = (t: string) => story.documentFrequency.has(t);
  return has(figure) || FIGURE_SCALES.some((scale) => has(figure + scale)) || (NUMBER_WORD_TERMS.get(Number(figure)) ?? []).some(has);
}

/** Scales the index keeps joined to a figure as one term ("$60m" → "60m"). */
const FIGURE_SCALES = ['m', 'bn', 'k', 'mn'] as const;

/**
 * The years a story writes, with the year each article was published and the one before it (an article
 * says "this year" and "last year" for them), made once per story (and by the warm-up, a slice at a time).
 * A decade ("the 1980s") does not write its ten years: counted so, a story of one half-century covered another
 * 14 questions about the other half's years for one more asked of the story holding the answer
 * (eval:refusal `--sample 6000`, articles 24–47).
 */
const yearsOf: (story: Story) => Set<string> = slicedPerStory(function* (story) {
  const years = new Set<string>();
  for (const [i, s] of story.sentences.entries()) {
    if (i % 4096 === 4095) yield; // a warm-up's slice ends here (see slicedPerStory)
    for (const m of s.text.matchAll(YEAR)) years.add(m[1]!);
  }
  for (const a of story.articles) {
    const y = Number(a.published?.slice(0, 4));
    if (y > 0) for (const near of [y, y - 1]) years.add(String(near));
  }
  return years;
});

/**
 * Words that name people of one sex as a category ("the boys' relay", "female voters"), in lower case as a category
 * is written (a capitalised "Man" is as often a name: "Man Booker"); a hyphenated compound ("man-made") is none.
 */
const MALE = /(?<![\p{L}\p{N}'’-])(?:men|man|males?|boys?|gentlem[ae]n)(?:['’]s?)?(?![\p{L}\p{N}-])/u;
const FEMALE = /(?<![\p{L}\p{N}'’-])(?:women|woman|females?|girls?|lad(?:y|ies))(?:['’]s?)?(?![\p{L}\p{N}-])/u;

/** Which sexes a text names as a category (MALE, FEMALE); its first word is read in lower case. */
function sexesNamed(text: string): { male: boolean; female: boolean } {
  const lowered = text.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase());
  return { male: MALE.test(lowered), female: FEMALE.test(lowered) };
}

/** How much of a question the story, and the sentence its short answer comes from, hold (numbers in [0, 1]). */
export interface HeldWords {
  /** Idf-weighted share of the question's terms that the answer's sentence, with the one before it in its article, holds. */
  answerHeld: number;
  /** Idf-weighted share of the question's terms that the answer's sentence alone holds. */
  sentenceHeld: number;
  /**
   * Idf-weighted share of the question's terms that the answer's sentence with its neighbours in its article, the one
   * before and the one after, holds, a term counting as held when the passage writes a paraphrase the ranker reads
   * (paraphraseTerms): what the passage the answer was read from says of the question.
   */
  aroundHeld: number;
  /** Share of the question's terms the story never uses. */
  absent: number;
  /** Share of the names the question writes (subjectTerms) that the story never uses; 0 when it writes none. */
  namesAbsent: number;
  /**
   * Share of the terms of the noun a how-many question counts ("how many *yards*") that the answer's sentence,
   * with the one before it, lacks; 0 when the question counts none. A how-much question is left out: its
   * amount carries its unit ("$40 million" for "how much money").
   */
  countedMissing: number;
  /**
   * 1 when the question writes a name the story writes in fewer than RARE_NAME_SHARE of its sentences and neither
   * the answer's sentence nor the one before writes it, else 0: the sentence is about another particular.
   */
  rareNameMissing: number;
  /**
   * 1 when the question writes a name the story writes in fewer than RARE_NAME_SHARE of its sentences and no sentence
   * of the answer's article writes it, else 0: the answer comes from an article that never speaks of the particular
   * asked about (a news story's article names the person or the place it reports on somewhere, if not in the sentence).
   */
  rareNameOffArticle: number;
  /**
   * 1 when the question writes a name the story writes in fewer than RARE_NAME_SHARE of its sentences, no sentence of
   * the answer's article up to the answer's own writes it, and it names nobody the story quotes (speakerTerms), else 0:
   * an article introduces the person or the organisation it reports on before it tells what they did, so one that has
   * not named them yet tells of someone else. A speaker is left out: a quotation comes first and its speaker after it
   * ('"…," said Vell Orman'), and a question on what they think is answered from words written before their name.
   */
  rareNameBefore: number;
  /**
   * Idf-weighted share of the question's terms that the story writes but no sentence of the answer's article does, nor
   * in the ranker's paraphrase of it (paraphraseTerms): the question's words stand in other articles than the one its
   * answer is read from, which says something else.
   */
  offArticle: number;
  /** 1 when the question names a year the story never writes (nor publishes an article in, nor the year before one), else 0. */
  yearAbsent: number;
  /**
   * 1 when the question names a small figure in digits (SMALL_FIGURE: "at 60 kPa", "45 degrees south") that the story never
   * writes, in digits or in words, else 0: it measures or counts something the story does not report.
   */
  figureAbsent: number;
  /**
   * 1 when the question names a year and the answer's sentence, with the one before it, names another year but not
   * that one ("in 1934 the bridge reopened" for a question about 1921), else 0: the sentence dates another event.
   */
  otherYear: number;
  /**
   * 1 when the question names one sex as a category ("the boys' final") and the answer's sentence names only the
   * other ("a girl's win …"), neither it nor the sentence before naming the one asked about; else 0.
   */
  otherSex: number;
  /**
   * 1 when the answer's sentence is a fragment: fewer than FRAGMENT_WORDS words and no verb (a line of a list of
   * seeds or results, a caption, a heading: "3 Rosa Pell (Varnia)"), else 0. It names things and tells nothing of them.
   */
  fragment: number;
  /**
   * 1 when the question names a country (by name or demonym: "the Polish minister") and the answer's sentence, with
   * the one before it, names another country but not that one ("Norway's deputy minister" for a question about Sweden's), else 0.
   */
  otherCountry: number;
  /**
   * 1 when the answer's sentence alone holds the RAREST_HELD rarest of the question's terms the story writes (highest
   * idf first), else 0: the words that single out what is asked, not the topic words every sentence shares.
   */
  rarestHeld: number;
}

/** How many of the question's rarest written terms the answer's sentence must hold for `rarestHeld`. */
export const RAREST_HELD = 2;

/**
 * What the story holds of a question, for the coverage model (covered.ts): a question about something the
 * story does not report keeps its names and topic words ("the 1921 final") but loses the specific words
 * of the fact asked about, which the story either never writes or writes away from the answer's sentence.
 * The sentence before the answer's counts with it, since it often names what a "he" or "the club" is.
 *
 * A count is of something: a figure in a sentence that never names the counted noun ("How many metres was the
 * jump?" against "cleared all three of her jumps") counts something else (`countedMissing`). A year the question
 * names that the story never writes dates something the story does not report (`yearAbsent`).
 *
 * A list answer holds the count and the noun classing its members that its question asks by ("three kinds of …"),
 * which its sentence seldom writes (listHeld.ts): they count as held, and not as absent from the story.
 *
 * @param counted terms of the noun a how-many/how-much question counts (answerQuestion.ts countedTerms), if any
 * @param listed terms of the question the short answer holds as a list (listHeld.listHeldTerms), if any
 * @example heldWords(story, 'Who coached the rowing club?', answerSentenceId).answerHeld // → 0.8
 */
export function heldWords(
  story: Story,
  question: string,
  sentenceId: number,
  counted: readonly string[] = [],
  listed: readonly string[] = [],
): HeldWords {
  const terms = [...new Set(termsOf(question))];
  const names = subjectTerms(story, question);
  const s = story.sentences[sentenceId];
  const before = story.sentences[sentenceId - 1];
  const own = new Set(s ? termsOf(s.text) : []);
  const here = new Set([...own, ...(s && before?.articleId === s.articleId ? termsOf(before.text) : [])]);
  const after = story.sentences[sentenceId + 1];
  const around = new Set([...here, ...(s && after?.articleId === s.articleId ? termsOf(after.text) : [])]);
  const related = paraphraseTerms(story, question, terms);
  // A short word the story never writes but the answer's article spells out ("HM": "Harbour Master") is held where
  // every word of its spelling is, and is not absent (the ranker and the extractor read it so: abbreviationSpellings).
  // Only a word the question writes in capitals is read so: a short word in lower case ("acts") is a word, not initials.
  const capitals = words(question)
    .filter((w) => /^\p{Lu}{2,6}(?:['’]s)?$/u.test(w))
    .map((w) => termOf(w))
    .filter((t) => t !== null);
  const spelled = s && capitals.length > 0 ? abbreviationSpellings(story, capitals, articleSentences(story, sentenceId)) : undefined;
  const holds = (set: ReadonlySet<string>, t: string) =>
    set.has(t) || listed.includes(t) || (spelled?.get(t)?.every((r) => set.has(r)) ?? false);
  const inArticle = articleWrites(story, sentenceId, [...terms, ...[...related.values()].flat()]);
  const writtenInArticle = (t: string) => inArticle.has(t) || (related.get(t) ?? []).some((r) => inArticle.has(r));
  let all = 0;
  let held = 0;
  let inSentence = 0;
  let inPassage = 0;
  let elsewhere = 0;
  for (const t of terms) {
    const w = idf(story, t);
    all += w;
    if (holds(here, t)) held += w;
    if (holds(own, t)) inSentence += w;
    if (holds(around, t) || (related.get(t) ?? []).some((r) => around.has(r))) inPassage += w;
    if (story.documentFrequency.has(t) && !writtenInArticle(t)) elsewhere += w;
  }
  const unused = (list: readonly string[]) =>
    list.filter((t) => !story.documentFrequency.has(t) && !spelled?.has(t) && !listed.includes(t)).length;
  const rareMissing = names.filter((t) => rare(story, t) && !here.has(t));
  return {
    answerHeld: all > 0 ? held / all : 0,
    sentenceHeld: all > 0 ? inSentence / all : 0,
    aroundHeld: all > 0 ? inPassage / all : 0,
    absent: terms.length > 0 ? unused(terms) / terms.length : 0,
    namesAbsent: names.length > 0 ? unused(names) / names.length : 0,
    rareNameMissing: rareMissing.length > 0 ? 1 : 0,
    rareNameOffArticle: rareMissing.length > 0 && !articleWritesAll(story, sentenceId, rareMissing) ? 1 : 0,
    rareNameBefore: unnamedYet(story, sentenceId, rareMissing) ? 1 : 0,
    offArticle: all > 0 ? elsewhere / all : 0,
    countedMissing: counted.length > 0 && HOW_MANY.test(question) ? counted.filter((t) => !here.has(t)).length / counted.length : 0,
    yearAbsent: [...question.matchAll(YEAR)].some((m) => !yearsOf(story).has(m[1]!)) ? 1 : 0,
    figureAbsent: [...question.replace(DAY_OF_MONTH, ' ').matchAll(SMALL_FIGURE)].some((m) => !writesFigure(story, m[1]!)) ? 1 : 0,
    otherYear: otherYear(question, s?.text ?? '', s && before?.articleId === s.articleId ? before.text : ''),
    otherSex: otherSex(question, s?.text ?? '', s && before?.articleId === s.articleId ? before.text : ''),
    fragment: s && isFragment(s) ? 1 : 0,
    otherCountry: otherCountry(question, s?.text ?? '', s && before?.articleId === s.articleId ? before.text : ''),
    rarestHeld: holdsRarest(story, terms, own),
  };
}

/**
 * Whether a sentence is a fragment (heldWords `fragment`): fewer than FRAGMENT_WORDS words, none of them a verb or
 * an auxiliary as the tagger reads them ("4 Rosa Pell (Varnia)", "Photo: the harbour at dusk").
 */
export function isFragment(sentence: Pick<StorySentence, 'text' | 'tokens'>): boolean {
  return words(sentence.text).length < FRAGMENT_WORDS && !sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** The countries a text names by a capitalised name, spelling or demonym (places.countryOf), two words or one at a time. */
export function countriesNamed(text: string): Set<string> {
  const said = words(text).map((w) => w.replace(/['’]s?$/u, ''));
  const out = new Set<string>();
  for (let i = 0; i < said.length; i += 1) {
    const w = said[i]!;
    if (!isCapitalised(w)) continue;
    const next = said[i + 1];
    const pair = next !== undefined && isCapitalised(next) ? countryOf(`${w} ${next}`) : undefined;
    const country = pair ?? countryOf(w);
    if (country !== undefined) out.add(country);
    if (pair !== undefined) i += 1;
  }
  return out;
}

/**
 * 1 when the question names a country and the answer's sentence, with the one before it, names another but not that
 * one (heldWords `otherCountry`): the sentence tells of another country's minister, delegation or market.
 * @example otherCountry('Who led the Polish team?', "Norway's team was led by Ada Vik.", '') // → 1
 */
export function otherCountry(question: string, sentence: string, before: string): number {
  const asked = countriesNamed(question);
  if (asked.size === 0) return 0;
  const here = new Set([...countriesNamed(sentence), ...countriesNamed(before)]);
  return here.size > 0 && ![...asked].some((c) => here.has(c)) ? 1 : 0;
}

/** A person whose surname the story writes in at least this many sentences is one it reports on (heldWords `otherPerson`). */
export const OTHER_PERSON_MENTIONS = 3;

/**
 * The people the story reports on (OTHER_PERSON_MENTIONS), by each of their spellings as index terms joined by a space
 * ("ivo brandt", "brandt" → "ivo brandt"), and each one's spellings by their full name, made once per story (by the
 * warm-up, a slice at a time) so that a question looks up its names, not every person.
 */
const reportedPeople = slicedPerStory(function* (story: Story) {
  const bySpelling = new Map<string, string[]>();
  const spellings = new Map<string, string[][]>();
  const written = new Map<string, string>();
  for (const [i, person] of story.people.entries()) {
    if (i % 1024 === 1023) yield; // a warm-up's slice ends here (see slicedPerStory)
    const full = termsOf(person.name);
    const surname = full.at(-1);
    if (surname === undefined || (story.documentFrequency.get(surname) ?? 0) < OTHER_PERSON_MENTIONS) continue;
    const name = full.join(' ');
    const spelled = [person.name, ...person.aliases].map((n) => termsOf(n)).filter((terms) => terms.length > 0);
    spellings.set(name, spelled);
    written.set(name, person.name);
    for (const terms of spelled) bySpelling.set(terms.join(' '), [...(bySpelling.get(terms.join(' ')) ?? []), name]);
  }
  return { bySpelling, spellings, written };
});

/** Whether a text's index terms name a person `peopleAsked` found by one of their spellings ("brandt" for Ivo Brandt). */
export function namesAskedPerson(held: ReadonlySet<string>, person: { spellings: readonly string[][] }): boolean {
  return person.spellings.some((terms) => terms.every((t) => held.has(t)));
}

/**
 * The people the story reports on (OTHER_PERSON_MENTIONS) whom a question names by a capitalised run that is a whole
 * spelling of theirs: each by their fullest name as written ("Ivo Brandt" for "Where does Brandt row?") and by its
 * spellings as index terms, to look for in a sentence.
 */
export function peopleAsked(story: Story, question: string): { name: string; spellings: readonly string[][] }[] {
  const people = reportedPeople(story);
  const asked = new Set(capitalisedRuns(question).flatMap((run) => people.bySpelling.get(run.join(' ')) ?? []));
  return [...asked].map((name) => ({ name: people.written.get(name) ?? name, spellings: people.spellings.get(name) ?? [] }));
}

/** A pronoun that may stand for a person named before it. */
export const PERSON_PRONOUN = /^(?:he|she|him|his|her|hers|himself|herself)$/i;

/**
 * The question's names written as capitalised runs (its first word left out), each as its index terms: "Where did
 * Ivo Brandt's boat sink?" → [["ivo", "brandt"]]; "San Tarvo" is one run, not the person "Tarvo".
 */
function capitalisedRuns(question: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const [at, word] of words(question).entries()) {
    const term = at > 0 && isCapitalised(word) ? termOf(word) : null;
    if (term !== null) run.push(term);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Whether the question names a person the story reports on — a capitalised run of its words that is a whole spelling the
 * names stage gives of someone whose surname the story writes in OTHER_PERSON_MENTIONS sentences or more — and the
 * answer's sentence names another person but no name the question writes, nor a pronoun that may stand for the one
 * asked about ("he", "her"), the sentence before in its article not naming them either (heldWords' otherPerson check in
 * covered.ts): the sentence tells of someone else ("Where does Brandt live?" answered from "Ada Vik, who lives in Orsk, …").
 * @param names the question's name terms (subjectTerms)
 * @example otherPerson(story, 'Where does Brandt live?', ['brandt'], sentenceId) // → true for "Ada Vik, who lives in Orsk, turned professional."
 */
export function otherPerson(story: Story, question: string, names: readonly string[], sentenceId: number): boolean {
  const s = story.sentences[sentenceId];
  if (!s) return false;
  const people = reportedPeople(story);
  const asked = new Set(capitalisedRuns(question).flatMap((run) => people.bySpelling.get(run.join(' ')) ?? []));
  if (asked.size === 0 || s.tokens.some((t) => PERSON_PRONOUN.test(t.text))) return false;
  const own = termSetOf(s.text);
  if (names.some((t) => own.has(t))) return false;
  // The person asked about by any spelling ("Brandt" for a question's "Ivo"), in the sentence or the one before.
  const namedIn = (held: ReadonlySet<string>) => (name: string) =>
    (people.spellings.get(name) ?? []).some((terms) => terms.every((t) => held.has(t)));
  if ([...asked].some(namedIn(own))) return false;
  const before = story.sentences[sentenceId - 1];
  if (before?.articleId === s.articleId && [...asked].some(namedIn(termSetOf(before.text)))) return false;
  // A mention the names stage reads as the person asked about (by another spelling) is no other person.
  return s.entities.some((e) => e.type === 'PERSON' && !asked.has(termsOf(e.canonical ?? e.text).join(' ')));
}

/** The years a text writes (YEAR). */
const yearsWritten = (text: string) => new Set([...text.matchAll(YEAR)].map((m) => m[1]!));

/**
 * 1 when the question names a year and the answer's sentence, with the one before it, names another but not that
 * one (heldWords `otherYear`): the sentence tells of another year's event.
 * @example otherYear('Who won the cup in 1921?', 'In 1934 the cup went to Orvel.', '') // → 1
 */
export function otherYear(question: string, sentence: string, before: string): number {
  const asked = yearsWritten(question);
  if (asked.size === 0) return 0;
  const here = new Set([...yearsWritten(sentence), ...yearsWritten(before)]);
  return here.size > 0 && ![...asked].some((y) => here.has(y)) ? 1 : 0;
}

/**
 * Which of some terms the article of a story sentence writes, in one sentence or another (an article's sentences stand
 * together in the story, so the walk goes out from the sentence until the article changes or every term is found).
 */
export function articleWrites(story: Story, sentenceId: number, terms: readonly string[]): Set<string> {
  const found = new Set<string>();
  const article = story.sentences[sentenceId]?.articleId;
  if (article === undefined) return found;
  const wanted = new Set(terms);
  const visit = (i: number) => {
    const held = termSetOf(story.sentences[i]!.text);
    for (const t of wanted) if (held.has(t)) found.add(t);
    return found.size === wanted.size;
  };
  for (let i = sentenceId; story.sentences[i]?.articleId === article; i -= 1) if (visit(i)) return found;
  for (let i = sentenceId + 1; story.sentences[i]?.articleId === article; i += 1) if (visit(i)) return found;
  return found;
}

/** The sentences of the article a sentence stands in, in order. */
function* articleSentences(story: Story, sentenceId: number): Generator<StorySentence> {
  const article = story.sentences[sentenceId]?.articleId;
  let first = sentenceId;
  while (first > 0 && story.sentences[first - 1]!.articleId === article) first -= 1;
  for (let i = first; story.sentences[i]?.articleId === article; i += 1) yield story.sentences[i]!;
}

/**
 * 1 when a sentence's terms hold the RAREST_HELD rarest of the question's terms that the story writes (the highest
 * idf first), else 0; 0 when the story writes fewer than RAREST_HELD of them (heldWords `rarestHeld`).
 */
function holdsRarest(story: Story, terms: readonly string[], own: ReadonlySet<string>): number {
  const written = terms.filter((t) => story.documentFrequency.has(t)).sort((a, b) => idf(story, b) - idf(story, a));
  const rarest = written.slice(0, RAREST_HELD);
  return rarest.length === RAREST_HELD && rarest.every((t) => own.has(t)) ? 1 : 0;
}

/**
 * Whether a name term of the question, none of a quoted person's (speakerTerms), is written neither by the answer's
 * sentence nor by an earlier sentence of its article (heldWords `rareNameBefore`).
 */
function unnamedYet(story: Story, sentenceId: number, names: readonly string[]): boolean {
  const article = story.sentences[sentenceId]?.articleId;
  const speakers = speakerTerms(story);
  const wanted = new Set(names.filter((t) => !speakers.has(t)));
  if (article === undefined || wanted.size === 0) return false;
  for (let i = sentenceId; story.sentences[i]?.articleId === article && wanted.size > 0; i -= 1) {
    const held = termSetOf(story.sentences[i]!.text);
    for (const t of wanted) if (held.has(t)) wanted.delete(t);
  }
  return wanted.size > 0;
}

/** The terms of every spelling of the people the catalogue quotes (made by the warm-up, in one slice). */
const speakerTerms = slicedPerStory(function* (story: Story) {
  return new Set(story.actors.filter((a) => a.quotes.length > 0).flatMap((a) => [a.name, ...a.aliases].flatMap((n) => termsOf(n))));
});

/** Whether the article of a story sentence writes every one of some terms (articleWrites). */
export function articleWritesAll(story: Story, sentenceId: number, terms: readonly string[]): boolean {
  return story.sentences[sentenceId] !== undefined && articleWrites(story, sentenceId, terms).size === new Set(terms).size;
}

/** Whether the story writes a term, in fewer than RARE_NAME_SHARE of its sentences. */
function rare(story: Story, term: string): boolean {
  const n = story.documentFrequency.get(term) ?? 0;
  return n > 0 && n < RARE_NAME_SHARE * story.sentences.length;
}

/**
 * 1 when the question asks about one sex as a category and the answer's sentence names only the other: the
 * sentence is about the other category's event (heldWords `otherSex`).
 * @example otherSex("Who set the men's record?", "The women's record fell to a teenager.", '') // → 1
 */
export function otherSex(question: string, sentence: string, before: string): number {
  const asked = sexesNamed(question);
  if (asked.male === asked.female) return 0;
  const here = sexesNamed(sentence);
  const earlier = sexesNamed(before);
  const other = asked.male ? here.female : here.male;
  const named = asked.male ? here.male || earlier.male : here.female || earlier.female;
  return other && !named ? 1 : 0;
}
