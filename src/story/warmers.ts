import { getHeapStatistics } from 'node:v8';
import { warmActorKeys } from '../actors/findActor.js';
import { passagesOf } from '../answer/rankSentences.js';
import { memberGroupWords, nounClass, nounKinds, relatedWords } from '../lexicon/index.js';
import { warmWalk } from '../search/blockedWalk.js';
import { passageTable } from '../search/passageTable.js';
import { LazyField, warmPostings } from '../search/postingTable.js';
import { INDEX_FIELDS } from '../search/sentenceIndex.js';
import { termOf } from '../search/terms.js';
import { isGivenName } from '../text/places.js';
import { storyActors } from './catalogues.js';
import type { Story } from './story.js';
import { addWarmer } from './warmUp.js';

/**
 * What a warm-up does besides the story's sliced derivations (which register themselves, see
 * `slicedPerStory`): imported by whatever warms a story (`StoryHolder`).
 *
 * The word tables every answer reads (the verb forms and demonyms terms are folded with, WordNet's noun
 * classes, related words, kinds and member groups: about 7 MB of JSON; the gazetteer's places and given names),
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
  nounKinds('table');
  yield;
  memberGroupWords('table');
  yield;
  isGivenName('table');
});

/** The common terms' posting lists of a story loaded from its snapshot (see `warmPostings`). */
addWarmer(function* (story) {
  if (story.index.hasPostings()) yield* warmPostings(story.index.postings());
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

/** Heap that news-length sentences' tokens and entities take, about, per sentence once made. */
const TOKEN_BYTES_A_SENTENCE = 3_000;

/** The share of the process's heap limit a warm-up may fill with sentences' tokens and entities. */
const TOKEN_HEAP_SHARE = 0.1;

/**
 * The largest story whose sentences' tokens and entities a warm-up makes: a tenth of the heap limit at about 3 KB a
 * sentence (some 145,000 sentences, 435 MB, with Node's default limit of about 4.3 GB on a 24 GB machine). A larger story's
 * sentences make theirs when an answer first reads them, as before: its questions' candidates are spread over all of
 * them, so making a part would cost that part's memory for a like part of the gain.
 */
export const WARM_TOKEN_SENTENCES = Math.floor((getHeapStatistics().heap_size_limit * TOKEN_HEAP_SHARE) / TOKEN_BYTES_A_SENTENCE);

/** Sentences whose tokens and entities a warm-up makes between two yields. */
const TOKEN_SENTENCES_A_STEP = 64;

/**
 * Each sentence's tokens and entities (in a story of at most `limit` sentences), which a story loaded from its snapshot
 * makes when an answer first reads them and keeps. Made by the answers, they are young objects that every
 * scavenge of the first pass copies and then promotes (at 100,000 sentences, 100 of the 132 MB a first pass of
 * 2,000 questions leaves behind, and most of its scavenges' time); made here, in idle slices, the first pass
 * finds them made and its scavenges copy only its own work. They are the ones an answer would make (the same
 * values, kept the same way).
 */
export function* warmTokens(story: Story, limit = WARM_TOKEN_SENTENCES): Generator<void, void, void> {
  const sentences = story.sentences;
  if (sentences.length > limit) return;
  for (let i = 0; i < sentences.length; i += 1) {
    // Reading the properties makes and keeps them (a loaded story's lazy lists).
    void sentences[i]!.tokens;
    void sentences[i]!.entities;
    if (i % TOKEN_SENTENCES_A_STEP === TOKEN_SENTENCES_A_STEP - 1) yield;
  }
}

addWarmer((story) => warmTokens(story));
