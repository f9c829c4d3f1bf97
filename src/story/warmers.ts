import { memberGroupWords, nounClass, nounKinds, relatedWords } from '../lexicon/index.js';
import { warmPostings } from '../search/postingTable.js';
import { termOf } from '../search/terms.js';
import { addWarmer } from './warmUp.js';

/**
 * What a warm-up does besides the story's sliced derivations (which register themselves, see
 * `slicedPerStory`): imported by whatever warms a story (`StoryHolder`).
 *
 * The word tables every answer reads (the verb forms and demonyms terms are folded with, WordNet's noun
 * classes, related words, kinds and member groups: about 7 MB of JSON), one table a slice, rather than by
 * the first question after a start. Each is loaded by its first lookup; the words looked up are ordinary
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
});

/** The common terms' posting lists of a story loaded from its snapshot (see `warmPostings`). */
addWarmer(function* (story) {
  if (story.index.hasPostings()) yield* warmPostings(story.index.postings());
});
