import { warmActorKeys } from '../actors/findActor.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import { isClassifierNoun } from '../answer/listHeld.js';
import { NOUNS_KEPT, sentenceNouns } from '../answer/nounNumber.js';
import { FIRST_VERBS_KEPT, keptFirstVerbTerm } from '../answer/questionVerb.js';
import { passagesOf } from '../answer/rankSentences.js';
import {
  demonymWords,
  hasMinorPlaceSense,
  hasMixedSenses,
  isCurrencyNoun,
  isMainlyAdjective,
  isMotionVerb,
  memberGroupWords,
  multiwordStarts,
  namesPeopleWord,
  nounClass,
  nounKinds,
  personNounSex,
  relatedWords,
  verbConverses,
} from '../lexicon/index.js';
import { warmSummary, warmWalk } from '../search/blockedWalk.js';
import { passageTable } from '../search/passageTable.js';
import { LazyField, warmPostings } from '../search/postingTable.js';
import { BM25, INDEX_FIELDS } from '../search/sentenceIndex.js';
import { growTermCacheAhead, termOf, words } from '../search/terms.js';
import { isGivenName } from '../text/places.js';
import { storyActors } from './catalogues.js';
import type { Story } from './story.js';
import { KEPT_SENTENCES_MAX } from './recentRows.js';
import { addWarmer } from './warmUp.js';

/**
 * What a warm-up does besides the story's sliced derivations (which register themselves, see
 * `slicedPerStory`): imported by whatever warms a story (`StoryHolder`).
 *
 * The word tables every answer reads (the verb forms and demonyms terms are folded with, WordNet's noun
 * classes, related words and the first two words of the multiword ones, kinds and member groups: about 7 MB of JSON; the
 * gazetteer's places and given names),
 * one table a slice, rather than by the first question after a start. Each is loaded by its first lookup; the words looked up are ordinary
 * English, and a lookup changes nothing but that the table is then loaded.
 */
addWarmer(function* () {
  termOf('tables');
  yield;
  nounClass('table');
  yield;
  relatedWords('table');
  yield;
  multiwordStarts();
  yield;
  nounKinds('table');
  yield;
  memberGroupWords('table');
  yield;
  isGivenName('table');
  yield;
  // The small tables: a question's focus noun of mixed senses or rarely a place, currencies, demonyms, adjectives, people words, nouns of one sex,
  // the verbs told from the other side (paraphrase.ts; ~20 ms at the first question that reached it).
  hasMixedSenses('table');
  hasMinorPlaceSense('table');
  isCurrencyNoun('table');
  demonymWords();
  isMainlyAdjective('table');
  namesPeopleWord('table', 'nation');
  personNounSex('table');
  verbConverses('table');
  // The verbs of motion a where-question may ask a destination by, and the nouns a list is asked by ("three kinds of").
  isMotionVerb('table');
  isClassifierNoun('table');
});

/**
 * The common terms' posting lists of a story loaded from its snapshot (see `warmPostings`), each with the block
 * summary its first sentence search would make (`warmSummary`).
 */
addWarmer(function* (story) {
  if (story.index.hasPostings())
    yield* warmPostings(story.index.postings(), 0.25, undefined, (field, list) => warmSummary(field, list, BM25));
});

/**
 * What the first search made for itself (about 100 ms of the first answer after a warm-up at 100,000 sentences):
 * the walk's byte-length tables of each field, the passage table (each sentence's paragraph, as the ranker
 * searches it) with its own, and the common terms' passage lists, ranked by their sentence lists' sizes.
 */
addWarmer(function* (story) {
  if (!story.index.hasPostings()) return;
  const table = story.index.postings();
  warmWalk(table);
  yield;
  const passages = passageTable(table, passagesOf(story));
  warmWalk(passages.table);
  yield;
  const text = table.fields[INDEX_FIELDS.indexOf('text')];
  if (text instanceof LazyField && text.sizes) yield* warmPostings(passages.table, 0.25, text.sizes);
});

/**
 * The people catalogue and its search keys, which "Who is X?" and "What did X say?" read (at 100,000 sentences
 * about 25 ms of the first such question on a loaded machine): a loaded story decodes its catalogues when first
 * read, in one slice here.
 */
addWarmer(function* (story) {
  const actors = storyActors(story);
  yield;
  yield* warmActorKeys(actors);
});

/** Sentences whose tokens and entities a warm-up makes between two yields. */
const TOKEN_SENTENCES_A_STEP = 64;

/**
 * Each sentence's tokens and entities (in a story of at most `limit` sentences, one that keeps them: keepsMadeValues),
 * which a story loaded from its snapshot makes when an answer first reads them and keeps. Made by the answers, they
 * are young objects that every scavenge of the first pass copies and then promotes (at 100,000 sentences, 100 of the
 * 132 MB a first pass of 2,000 questions leaves behind, and most of its scavenges' time); made here, in idle slices,
 * the first pass finds them made and its scavenges copy only its own work. They are the ones an answer would make (the
 * same values, kept the same way). So are each sentence's one-number nouns (and its token list's terms), which the
 * ranker reads of its 40 sentences a question and keeps for the sentence (`sentenceNouns`, when the whole story fits
 * its memo): made by the first pass they were 35 of the 94 MB it left behind at 100,000 sentences; made here, the first
 * pass of 2,000 questions (scripts/answerReplay.ts --warm, three interleaved pairs under load 12–17) collected 48 →
 * 42–43 times, its main-thread CPU p50 / p99 4.46 / 11.60, 4.32 / 10.51, 4.84 / 11.96 → 3.51 / 8.81, 3.99 / 10.66,
 * 4.00 / 9.70 ms, for about 1.9 s more warm-up CPU and 64 MB more heap after it (395 → 459 MB; a served story's
 * answers fill the same tables as they read its sentences).
 */
export function* warmTokens(story: Story, limit = KEPT_SENTENCES_MAX): Generator<void, void, void> {
  const sentences = story.sentences;
  if (sentences.length > limit) return;
  const nounsFit = sentences.length <= NOUNS_KEPT;
  const verbsFit = sentences.length <= FIRST_VERBS_KEPT;
  for (let i = 0; i < sentences.length; i += 1) {
    // Reading the properties makes and keeps them (a loaded story's lazy lists).
    void sentences[i]!.tokens;
    void sentences[i]!.entities;
    // And what the ranker keeps of each sentence it reads (its nouns in one number only, its tokens' terms).
    if (nounsFit) sentenceNouns(sentences[i]!);
    // And its first verb's term, which the ranker reads of the same sentences (`leadsWithVerb`).
    if (verbsFit) keptFirstVerbTerm(sentences[i]!);
    if (i % TOKEN_SENTENCES_A_STEP === TOKEN_SENTENCES_A_STEP - 1) yield;
  }
}

addWarmer((story) => warmTokens(story));

/**
 * Questions a warm-up answers at most (see `warmAnswers`), and one for how many sentences below that. 1,000 was tried
 * at 100,000 sentences (scripts/answerReplay.ts --warm, three pairs beside 200 on a machine loaded 8–14 over its two
 * cores): the first round's process CPU p99 36.0 / 23.1 / 27.6 → 18.4 / 21.8 / 28.8 ms, its main-thread CPU p99
 * 14.2 / 10.7 / 12.5 → 10.3 / 12.1 / 15.1 ms (no clear gain), for twice the warm-up's slices and 40–60 MB more
 * peak RSS: kept at 200.
 */
export const WARM_QUESTIONS = 200;
const SENTENCES_A_WARM_QUESTION = 10;

/** How many questions a warm-up asks of a story: one per ten sentences, at most {@link WARM_QUESTIONS}. */
export function warmQuestionCount(story: Story): number {
  return Math.min(WARM_QUESTIONS, Math.ceil(story.sentences.length / SENTENCES_A_WARM_QUESTION));
}

/**
 * General English question frames a warm-up asks of the story's own sentences, so that every kind of question (and
 * the typo mending, the speech and "who is" answers) has run before the first asker's: `{p}` a few of a sentence's
 * words, `{t}` the same with two letters of its longest word swapped, `{n}` a person the sentence names.
 */
const WARM_FRAMES: readonly string[] = [
  'Who {p}?',
  'What {p}?',
  'When did {p}?',
  'Where {p}?',
  'How many {p}?',
  'Which {p}?',
  'How much {p}?',
  'Why {p}?',
  'What {t}?',
  'What did {n} say?',
  'Who is {n}?',
  'how {p}',
];

/**
 * The questions a warm-up answers: `count` sentences spread over the story, each asked in the next of the
 * {@link WARM_FRAMES} (a frame that needs a person falls back to "What …?" for a sentence without one).
 */
export function warmQuestions(story: Story, count = warmQuestionCount(story)): string[] {
  const sentences = story.sentences;
  const out: string[] = [];
  for (let k = 0; k < count && sentences.length > 0; k += 1) {
    const sentence = sentences[Math.floor((k * sentences.length) / count)]!;
    const phrase = words(sentence.text).slice(1, 7);
    if (phrase.length < 2) continue;
    const person = sentence.entities.find((e) => e.type === 'PERSON')?.text;
    let frame = WARM_FRAMES[k % WARM_FRAMES.length]!;
    if (frame.includes('{n}') && !person) frame = 'What {p}?';
    const longest = phrase.reduce((a, b) => (b.length > a.length ? b : a));
    const swapped = longest.length > 3 ? `${longest.slice(0, 1)}${longest[2]}${longest[1]}${longest.slice(3)}` : longest;
    out.push(
      frame
        .replace('{p}', phrase.join(' '))
        .replace('{t}', phrase.map((w) => (w === longest ? swapped : w)).join(' '))
        .replace('{n}', person ?? ''),
    );
  }
  return out;
}

/**
 * Answers {@link warmQuestions}, one a slice, after the other warmers: the answer path's code is compiled and
 * optimised, and its word tables read, before an asker's first question rather than during the first questions
 * (at 100,000 sentences, on a loaded machine, the first pass of 2,000 questions took 8.0 / 13.5 / 21.6 ms of main-thread CPU
 * at p50 / p90 / p99 after 50 of them, 7.3 / 11.7 / 16.9 ms after 1,000 other questions, the steady pass 6.4 / 10.3 /
 * 15.2). The answers are dropped; what they leave is what any question leaves, kept values that change no later answer.
 */
export function* warmAnswers(story: Story, count = warmQuestionCount(story)): Generator<void, void, void> {
  for (const question of warmQuestions(story, count)) {
    answerQuestion(story, question, { command: 'ask', limit: 5 });
    yield;
  }
}

addWarmer((story) => warmAnswers(story));

/**
 * Last: the term cache doubled now if the warm-up's words brought it near its next doubling (`growTermCacheAhead`;
 * at 100,000 sentences the warm-up leaves ~30,700 words, and the doubling at 32,768 came inside an early question).
 */
addWarmer(function* () {
  // A slice of its own: filling the cache to its capacity makes the map copy every entry once.
  yield;
  growTermCacheAhead();
});
