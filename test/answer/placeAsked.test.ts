import { describe, expect, it } from 'vitest';
import { asksDestination, namesPlaceAsked, placingAsked, questionVerbs } from '../../src/answer/placeAsked.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: a small country and its airport. */
const BODY =
  'Vellmark, known formally as the Republic of Vellmark, is a country in Oceania that belongs to the Tarn League. ' +
  'The Orbury Field Airport is on the North Shore, near the harbour. ' +
  'In 1820 the weavers of Tarnby fled from Corvale to Amberlee. ' +
  "In 1840 the weavers' hall was relocated from Marrow Lane to Pellor Quay.";

const story = oneArticleStory('vellmark', 'Vellmark', BODY);

const ask = askShort(story);

describe('a where-candidate that names the thing asked about', () => {
  it('is no place of it', () => {
    expect(ask('Where is Vellmark located?')).toBe('Oceania');
    expect(ask('Where is the airport?')).toBe('North Shore');
  });

  it('is told by a word of the thing after "is"', () => {
    const held = namesPlaceAsked('Where is the ferry terminal located?');
    expect(held('Orbury Ferry Terminal', '')).toBe(true);
    expect(held('Orbury Ferry', ' Terminal is on the')).toBe(true);
    expect(held('North Shore', ', near the harbour')).toBe(false);
    expect(namesPlaceAsked('Where is Vellmark?')('Republic', ' of Vellmark, is')).toBe(true);
    expect(namesPlaceAsked('Where was the press moved to from Orbury House?')('Tarn House', '')).toBe(false);
    expect(namesPlaceAsked('Where did the airport move?')('Orbury Field Airport', '')).toBe(false);
  });
});

describe('a where-question about where something went', () => {
  it('is told by a verb of motion, not by one that ends in "from"', () => {
    expect(asksDestination('Where did the weavers flee to?')).toBe(true);
    expect(asksDestination('Where were the weavers sent?')).toBe(true);
    expect(asksDestination('Where did the weavers live?')).toBe(false);
    expect(asksDestination('Where did the weavers come from?')).toBe(false);
    expect(asksDestination('Where was the loom before the weavers moved it?')).toBe(false);
  });

  it('is told by a final "to", after which only a time or a clause may follow, whatever the verb', () => {
    expect(asksDestination('Where were the looms relocated?')).toBe(false);
    expect(asksDestination('Where were the looms relocated to?')).toBe(true);
    expect(asksDestination('Where were the looms relocated to in 1904?')).toBe(true);
    expect(asksDestination('Where were the looms relocated to after the flood?')).toBe(true);
    expect(asksDestination('Where did Ada talk to the weavers?')).toBe(false);
  });

  it('is answered by the place after "to" where the question ends in "to"', () => {
    expect(ask("Where was the weavers' hall relocated to in 1840?")).toBe('Pellor Quay');
  });

  it('is answered by the place after "to", not the one left', () => {
    expect(ask('Where did the weavers of Tarnby flee?')).toBe('Amberlee');
  });
});

describe('questionVerbs', () => {
  it("reads the verbs of the question's own clause, by term and lemma", () => {
    expect([...questionVerbs('Where did the weavers flee?')]).toContain('flee');
    expect([...questionVerbs('Where was the loom located?')]).toContain('locat');
    const own = questionVerbs('Where did Ada work before she moved to Tarnby?');
    expect([...own]).toContain('work');
    expect([...own]).not.toContain('move');
  });

  it('takes the word right after the auxiliary for the opening of the subject, not a verb', () => {
    // "drift" is a verb of motion; here it describes the nets.
    expect([...questionVerbs('Where do drift nets rot?')]).not.toContain('drift');
    expect(asksDestination('Where do drift nets rot?')).toBe(false);
    expect(asksDestination('Where did the weavers flee?')).toBe(true);
    expect([...questionVerbs('Where do weavers work?')]).toContain('work');
  });

  it('ends the own clause at "whilst" and "although"', () => {
    expect([...questionVerbs('Where was the loom kept whilst the weavers moved house?')]).not.toContain('move');
    expect([...questionVerbs('Where did Ada work although she lived in Tarnby?')]).not.toContain('live');
  });
});

describe('placingAsked', () => {
  it("holds the question's verbs and whether it asks where something went, read once for a question asked again", () => {
    const fled = placingAsked('Where did the weavers flee to?');
    expect([...fled.verbs]).toEqual([...questionVerbs('Where did the weavers flee to?')]);
    expect(fled.destination).toBe(true);
    expect(placingAsked('Where did the weavers flee to?')).toBe(fled);
    const lived = placingAsked('Where did the weavers live?');
    expect([...lived.verbs]).toContain('live');
    expect(lived.destination).toBe(false);
  });
});

describe("a where-question's verbs, read from the question as written", () => {
  it('takes a capitalised word of a name for no verb: "Bowl" does not ask where something went', () => {
    const bowl = oneArticleStory('bowl', 'Bowl', 'In 1990 the Tolly Bowl was played at Vell Park, and the winners sailed to Orbury.');
    expect(askShort(bowl)('Where was the Tolly Bowl held?')).toBe('Vell Park');
    expect(placingAsked('Where was the Tolly Bowl held?').destination).toBe(false);
  });
});
