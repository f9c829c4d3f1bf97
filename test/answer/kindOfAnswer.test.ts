import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: a kind told by the words before the noun a "what kind of" question names. */
const MILL_BODY =
  'The old mill by the river was rebuilt in the spring. ' +
  'Its owners chose the use of diesel motors to saw the logs, a local paper said. ' +
  'The lab across the river showed off solar grain drying to visitors.';

/** Invented: X inside a longer phrase, before more nouns or an "of" ("wooden barge crews", "a guild of …"). */
const CANAL_BODY =
  'The canal reopened to traffic in May. ' +
  'Alongside the lock keepers worked a seasonal guild of Tolvic, Marren and Oskey boatmen. ' +
  'The wooden barge crews hauled stone down the canal for the new bridge. ' +
  'At dusk the keepers hung newly painted lanterns on the pier. ' +
  'The crews moored old painted skiffs by the gate.';

/** Invented: the kind beside a name and a place of the same sentence. */
const LOCK_BODY =
  'The lock keepers met on Monday. ' +
  'The Harbour Trust gave the keepers a floating landing beside Quay Road in June. ' +
  'The work starts in July.';

/** Invented: the kind told by two words ending in a noun, which name a thing of their own. */
const FERRY_BODY =
  'The ferry company grew fast last year. ' +
  'On the lower river it hired river pilot boats from Orsk. ' +
  'Its new office runs on tide chart software. ' +
  'For the harbour runs it bought two-mast barges.';

/** Invented: nouns X that open with "a", "an" or "the" ("antenna", "arches"), read whole after "type of". */
const RIDGE_BODY =
  'The relay station on Mount Velka opened in March. ' +
  'Its crew reached the ships with a high-gain dish antenna from Tarnby. ' +
  'The old chapel beside the station has rounded arches and a slate roof.';

const canal = oneArticleStory('canal', 'Canal', CANAL_BODY);
const story = oneArticleStory('mill', 'Mill', MILL_BODY);
const lock = oneArticleStory('lock', 'Lock', LOCK_BODY);

const ask = askShort(story);

describe('"what kind of X" questions', () => {
  it('answer with the words that tell the kind of X, without X and what comes before an "of"', () => {
    expect(ask('What kind of motors did the old mill use?')).toBe('diesel');
    expect(ask('What type of motors saw the logs?')).toBe('diesel');
  });

  it("leaves out the question's words that go with X", () => {
    expect(ask('What kind of grain drying did the lab show off?')).toBe('solar');
  });

  it("takes, among the best excerpt's candidates, one that stands right before X over a name beside the question's words", () => {
    expect(askShort(lock)('What kind of landing did the keepers get?')).toBe('floating');
  });

  it('reads the kind where X stands inside a longer phrase, before more nouns or an "of"', () => {
    const askCanal = askShort(canal);
    expect(askCanal('What kind of guild worked alongside the lock keepers?')).toBe('seasonal');
    expect(askCanal('What type of barge did the crews haul stone with?')).toBe('wooden');
  });

  it('reads the kind from a participle the tagger took for a verb right before X, and the words describing X before it', () => {
    const askCanal = askShort(canal);
    expect(askCanal('What kind of lanterns did the keepers hang on the pier?')).toBe('painted');
    // With the describing words before the participle.
    expect(askCanal('What kind of skiffs did the crews moor by the gate?')).toBe('old painted');
  });

  it('keeps X after two or more words ending in a noun, which name a thing of their own', () => {
    const askFerry = askShort(oneArticleStory('ferry', 'Ferry', FERRY_BODY));
    expect(askFerry('What kind of boats did the ferry company hire on the lower river?')).toBe('river pilot boats');
    expect(askFerry('What type of software does the new office run on?')).toBe('tide chart software');
    // A hyphened word describes X: shown without it.
    expect(askFerry('What kind of barges did the ferry company buy for the harbour runs?')).toBe('two-mast');
  });

  it('reads X whole when it opens with the letters of an article ("arches", "theatres", "anthems")', () => {
    const askRidge = askShort(oneArticleStory('ridge', 'Ridge', RIDGE_BODY));
    expect(askRidge('What type of antenna did the relay station use?')).toBe('high-gain dish antenna');
    expect(askRidge('What kind of arches has the old chapel got?')).toBe('rounded');
  });
});
