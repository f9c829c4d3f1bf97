import { relatedWords } from '../lexicon/index.js';
import { tagSentence } from '../nlp/entities.js';
import { PARTICLES } from '../nlp/cueWords.js';
import { termOf, words } from '../search/terms.js';
import { isCalendarName } from '../text/calendarNames.js';
import type { Story, StorySentence } from '../story/story.js';
import { slicedPerStory } from '../story/warmUp.js';
import { ANSWER_TYPES } from './answerKind.js';
import type { CorroboratedSentence } from './corroborate.js';
import { questionDay, speaksOfDay } from './questionDate.js';
import { correctTypo } from './typos.js';
import { hasAnswerEntity, type PreparedQuery } from './rankSentences.js';
import { termSetOf } from './termMemo.js';
import { isCapitalised } from '../text/words.js';

/** Sentences read to tell which words the story uses as names (all of them in a story up to this size). */
export const NAME_SAMPLE = 20_000;

/** How many of the best excerpts are searched for the subject together with an answer of the wanted kind. */
export const SUBJECT_EVIDENCE_DEPTH = 5;

/**
 * The index terms of the story's names: words the tagger reads as proper nouns at least half the times
 * they occur ("Keltra", "Okafor", "Marrowby"; not "bank", a proper noun only inside "Bank of …"), made once
 * per story. The tokens are read rather than the typed entities, since an index or a firm is a name to a
 * reader whether or not it was typed as an organisation.
 */
export const nameTerms = slicedPerStory(function* (story: Story): Generator<void, Set<string>, void> {
  const counts = new Map<string, { proper: number; all: number }>();
  // A story of up to NAME_SAMPLE sentences is read whole; a larger one (an archive of thousands of
  // articles) evenly, so the first question after a start does not unpack every sentence's tokens.
  const step = Math.max(1, Math.ceil(story.sentences.length / NAME_SAMPLE));
  for (let i = 0, n = 0; i < story.sentences.length; i += step, n += 1) {
    if (n % 16 === 15) yield; // a warm-up's slice ends here (see slicedPerStory)
    for (const t of story.sentences[i]!.tokens) {
      const term = termOf(t.text);
      if (!term) continue;
      const c = counts.get(term) ?? { proper: 0, all: 0 };
      c.all += 1;
      if (t.pos === 'PROPN') c.proper += 1;
      counts.set(term, c);
    }
  }
  return new Set([...counts].filter(([, c]) => c.proper * 2 >= c.all).map(([term]) => term));
});

/**
 * The question's subject as index terms: its words that name someone or something ("How much did the
 * *Keltra* index gain…", "Who beat *Okafor*…"): those the story uses as proper nouns, and those the asker wrote
 * with a capital inside the question (a name the story may never use: "the Bank of *Norland*"). Month and
 * weekday names are left to the day check. Empty when the question names nothing.
 */
export function subjectTerms(story: Story, question: string): string[] {
  return [...new Set(subjectWords(story, question).map((w) => w.term))];
}

/** Words that join the words of one name ("the Bank *of* Norland", "Ana *de* Vela": a name's PARTICLES), not two parties. */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', ...PARTICLES]);

/**
 * The names the question asks by, as the index terms of each (see subjectTerms): consecutive name words are one name,
 * and so are name words joined only by a joining word ("the Bank of Norland"); any other word between them ("Tellin's
 * match *against* Varrow", "Tellin *and* Varrow") parts two names.
 *
 * @example subjectNames(story, 'How long did Orla Tellin take to beat Mirek Varrow?') // → [['orla', 'tellin'], ['mirek', 'varrow']]
 */
export function subjectNames(story: Story, question: string): string[][] {
  const all = words(question);
  const out: string[][] = [];
  let last = -2;
  for (const w of subjectWords(story, question)) {
    const joined = last >= 0 && all.slice(last + 1, w.at).every((x) => NAME_JOINERS.has(x.toLowerCase()));
    if (!joined || out.length === 0) out.push([]);
    const name = out.at(-1)!;
    if (!name.includes(w.term)) name.push(w.term);
    last = w.at;
  }
  return out;
}

/** A word of the question that names someone or something, with its index term and place. */
interface SubjectWord {
  word: string;
  term: string;
  at: number;
}

/**
 * The question's words that name someone or something (see subjectTerms), kept for the latest story and question: the
 * ranker, the held-words and refusal tests each ask of the same question (callers only read the list).
 */
function subjectWords(story: Story, question: string): readonly SubjectWord[] {
  if (latestSubject?.story !== story || latestSubject.question !== question)
    latestSubject = { story, question, words: readSubjectWords(story, question) };
  return latestSubject.words;
}
let latestSubject: { story: Story; question: string; words: readonly SubjectWord[] } | undefined;

/** `subjectWords` worked out. */
function readSubjectWords(story: Story, question: string): SubjectWord[] {
  const names = nameTerms(story);
  const out: SubjectWord[] = [];
  for (const [at, word] of words(question).entries()) {
    if (isCalendarName(word)) continue;
    const term = termOf(word);
    if (term && (names.has(term) || (at > 0 && isCapitalised(word)))) out.push({ word, term, at });
  }
  return out;
}

/**
 * A name the question writes that the story never does ("What did *Ferrol* build?" of a story that has no
 * Ferrol): the question is about something the story does not speak of, however well its other words
 * match. A name of several words counts as written when any of them is, since a story calls a person by
 * the surname and a team by the city or the nickname ("Rosa *Pell*", "the *Harwick* Owls"); a word counts as
 * written when the story uses it, a word it is a typo of (typos.correctTypo), or a word WordNet relates to
 * it ("Peruvian" → "Peru"). Undefined when the story writes every name the question does.
 */
export function absentName(story: Story, question: string): string | undefined {
  const questionTerms = questionTermsOf(question);
  const written = ({ word, term }: { word: string; term: string }) =>
    story.documentFrequency.has(term) ||
    correctTypo(story, word, questionTerms) !== undefined ||
    relatedWords(word).some((w) => story.documentFrequency.has(termOf(w) ?? ''));
  let run: { word: string; term: string; at: number }[] = [];
  const runs = [run];
  for (const w of subjectWords(story, question)) {
    if (run.length > 0 && run.at(-1)!.at !== w.at - 1) runs.push((run = []));
    run.push(w);
  }
  return runs
    .find((r) => r.length > 0 && !r.some(written))
    ?.map((w) => w.word)
    .join(' ');
}

/**
 * A name of several capitalised words the question writes ("the *Orvel Harbour Trust*") whose words the story
 * writes but no candidate excerpt holds together: the question is about another thing of the same family
 * ("the Orvel Harbour Trust" of a story of the Orvel Rail Trust and the harbour). absentName lets a name of
 * several words count as written when any of them is (a story calls a person by the surname); that stands,
 * but a whole name no sentence matching the question holds names something the story does not speak of. A
 * sentence holds the name when it writes each of its words, in any order ("Governor Ellis of Orvel" holds
 * "the Orvel Governor"), a word the story never writes read as the story's word it is a typo of
 * (typos.correctTypo), and one it never writes at all left out. The candidates are the excerpts the
 * question ranked, with the sentences folded into them, not the whole story, so that the check costs the same
 * in an archive of a million sentences. Undefined when every such name is held; a lower-case word is no part
 * of a name here, though the story may use it as one ("the cat charity"). Words the question quotes are such
 * a name too, whatever their case: a title or a term as the story would write it (eval:refusal `--sample
 * 6000`: near +3 refused on each half, other +3 on the training half, no own question lost).
 */
export function unwrittenNameRun(story: Story, groups: readonly CorroboratedSentence[], question: string): string | undefined {
  // A word the story never writes is read as the story's word it is a typo of (typos.correctTypo).
  const questionTerms = questionTermsOf(question);
  const spelt = ({ word, term }: { word: string; term: string }) =>
    story.documentFrequency.has(term) ? term : (correctTypo(story, word, questionTerms) ?? term);
  const runs: { word: string; term: string; at: number }[][] = [];
  for (const w of subjectWords(story, question)) {
    // A name as the asker writes it, capitalised: "the cat charity" may use the story's name words in lower case.
    // A word the story never writes, nor one it is a typo of, is left to absentName: it may be a short name
    // misspelt ("the Brisko Idnex"), and the name stands or falls by the words the story does write.
    if (!isCapitalised(w.word) || !story.documentFrequency.has(spelt(w))) continue;
    const run = runs.at(-1);
    if (run && run.at(-1)!.at === w.at - 1) run.push(w);
    else runs.push([w]);
  }
  const several = runs.filter((r) => new Set(r.map((w) => w.term)).size >= 2);
  // Words the asker quotes ("the “grey fleet”") name a title or a term as the story would write it.
  for (const m of question.matchAll(/["“]([^"“”]+)["”]/gu)) {
    const quoted = words(m[1]!).flatMap((word, at) => {
      const term = termOf(word);
      return term ? [{ word, term, at }] : [];
    });
    if (quoted.length > 0) several.push(quoted);
  }
  if (several.length === 0) return undefined;
  const sentences = groups.flatMap((g) => [g.sentence, ...g.others.map((o) => o.sentence)]);
  const writes = (run: { word: string; term: string }[]) =>
    sentences.some((s) => {
      const terms = termSetOf(s.text);
      return run.every((w) => terms.has(spelt(w)));
    });
  return several
    .find((r) => !writes(r))
    ?.map((w) => w.word)
    .join(' ');
}

/** The index terms of a question's words, in order (what typos.correctTypo looks for beside a mended word). */
function questionTermsOf(question: string): string[] {
  return words(question).flatMap((w) => termOf(w) ?? []);
}

/**
 * Whether the story supports an answer of the wanted kind about the question's subject: one of the best
 * excerpts holds every word of the subject together with an entity of the wanted type that the question
 * does not name, and, when the question names a day, speaks of that day. A question whose subject the
 * story names but whose asked fact it lacks (a trap: "How much bonus pay did X receive?" where X is
 * in every article but no sum is) finds no such sentence. A question that wants no type ("What did X
 * change into?") is answered by a phrase: the evidence is then the sentence the short answer was taken
 * from (`answerSentence`), when it names the subject.
 */
export function subjectEvidence(
  story: Story,
  groups: readonly CorroboratedSentence[],
  query: PreparedQuery,
  question: string,
  answerSentence?: number,
): StorySentence | undefined {
  const untyped = (query.types ?? ANSWER_TYPES[query.kind]).length === 0;
  const named = subjectTerms(story, question);
  // A question that names nothing is about the things its nouns name ("What protects the inner ear?").
  const subject = named.length === 0 && untyped && answerSentence !== undefined ? nounTerms(question) : named;
  if (subject.length === 0) return undefined;
  const day = questionDay(query.text);
  for (const g of groups.slice(0, SUBJECT_EVIDENCE_DEPTH)) {
    for (const s of [g.sentence, ...g.others.map((o) => o.sentence)]) {
      const words = termSetOf(s.text);
      if (!subject.every((t) => words.has(t))) continue;
      if (untyped ? s.id !== answerSentence : !hasAnswerEntity(s, query)) continue;
      if (day && !speaksOfDay(story, s, day)) continue;
      return s;
    }
  }
  return undefined;
}

/**
 * A name written in at least this share of a story's sentences is the story's topic (subjectTopical): an encyclopedia
 * article or a profile names its subject in a third of its sentences or more, where a news story of several reports
 * names each report's people in about one sentence in ten, and a particular (heldWords RARE_NAME_SHARE) in fewer than
 * one in twenty. eval:refusal's halves asked of another half's fact named their topics in 0.29–0.70 of the sentences;
 * the kit's storyD players, asked about their own matches, 0.08–0.10 (at RARE_NAME_SHARE it lost both). Round 53,
 * eval:refusal 2,000 sample: training half near refused 0.734 → 0.737 (strict 0.780 → 0.784, 3 questions), own answered
 * 0.882 and own F1 0.521 unchanged; test half near 0.748 → 0.751 (3, each a half that writes the gold elsewhere), own
 * answered 0.897 → 0.896 (a partly right answer, F1 0.35), own F1 0.572 unchanged. Kit, eval:typed, `--actors` and
 * SQuAD reading identical (a paragraph is too short a story for the rule).
 */
export const TOPIC_SHARE = 0.25;

/**
 * Whether the subject subjectEvidence reads for a question is the story's topic rather than one of its particulars:
 * every word of it is written in TOPIC_SHARE or more of the story's sentences. A long story names its topic all
 * through, beside a thing of every kind, so an excerpt naming it beside an answer of the wanted kind is no sign that
 * the excerpt tells the fact asked ("When did Orla Tellin open the harbour quay?" answered from a sentence dating
 * another of her deeds, in a profile of her); one naming a person, place or thing it writes less often is. Read only
 * for stories of SUPPORT_MIN_SENTENCES or more (covered.ts coveringRule).
 * @example subjectTopical(story, 'When did Orla Tellin open the harbour quay?') // → true where "tellin" is in most sentences
 */
export function subjectTopical(story: Story, question: string, answerSentence?: number, untyped = false): boolean {
  const named = subjectTerms(story, question);
  const subject = named.length === 0 && untyped && answerSentence !== undefined ? nounTerms(question) : named;
  if (subject.length === 0) return false;
  const common = TOPIC_SHARE * story.sentences.length;
  return subject.every((t) => (story.documentFrequency.get(t) ?? 0) >= common);
}

/** The index terms of a question's common nouns, as wink tags them. */
export function nounTerms(question: string): string[] {
  const out = new Set<string>();
  for (const t of tagSentence(question).tokens) {
    if (t.pos !== 'NOUN') continue;
    const term = termOf(t.text);
    if (term) out.add(term);
  }
  return [...out];
}
