import { beforeAll, describe, expect, it } from 'vitest';
import { phraseChunks } from '../../src/answer/mentions.js';
import { verbsReadAsNouns } from '../../src/answer/verbReadAsNoun.js';
import type { Story } from '../../src/story/story.js';
import { plainQuery } from '../fixtures/plainQuery.js';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The indexes of the tokens marked as verbs read as nouns. */
function marked(tagged: string): number[] {
  const verbs = verbsReadAsNouns(taggedTokens(tagged));
  return verbs ? [...verbs.keys()].filter((k) => verbs[k] === 1) : [];
}

describe('verbsReadAsNouns', () => {
  it('finds a base form after a plural noun in a clause with no verb tagged', () => {
    expect(marked('Coastal/ADJ ferries/NOUN lack/NOUN cabins/NOUN ./PUNCT')).toEqual([2]);
    expect(marked('Most/ADJ mills/NOUN use/NOUN the/DET river/NOUN to/PART turn/VERB wheels/NOUN')).toEqual([2]);
  });

  it('finds an "-s" form after a singular noun before an article or a describing word', () => {
    expect(marked('The/DET old/ADJ mill/NOUN supplies/NOUN the/DET town/NOUN')).toEqual([3]);
    expect(marked('Their/PRON theory/NOUN addresses/NOUN practical/ADJ problems/NOUN')).toEqual([2]);
  });

  it('finds the verb right after a relative word that is its clause’s subject', () => {
    expect(marked('the/DET barges/NOUN ,/PUNCT which/DET lack/NOUN cabins/NOUN ,/PUNCT')).toEqual([4]);
    expect(marked('crews/NOUN that/DET use/NOUN sails/NOUN ./PUNCT')).toEqual([2]);
  });

  it('leaves a noun after "that" or "which" that opens no clause, or whose clause has its verb', () => {
    expect(marked('in/ADP that/DET design/NOUN team/NOUN ./PUNCT')).toEqual([]);
    expect(marked('in/ADP which/DET case/NOUN law/NOUN applies/VERB')).toEqual([]);
    expect(marked('the/DET fact/NOUN that/SCONJ rail/NOUN transport/NOUN grew/VERB')).toEqual([]);
    expect(marked('the/DET mill/NOUN ,/PUNCT that/DET design/NOUN team/NOUN ./PUNCT')).toEqual([]);
  });

  it('leaves a clause with a verb tagged, and a plural head of a compound', () => {
    expect(marked('The/DET mill/NOUN workers/NOUN were/AUX paid/VERB weekly/ADV')).toEqual([]);
    expect(marked('Ferries/NOUN lack/NOUN cabins/NOUN but/CCONJ barges/NOUN have/VERB them/PRON')).toEqual([1]);
    expect(marked('The/DET steam/NOUN turbines/NOUN in/ADP Velden/PROPN')).toEqual([]);
    expect(marked('Coastal/ADJ ferries/NOUN such/ADJ as/ADP the/DET Tolly/PROPN')).toEqual([]);
  });

  it('leaves a plural head before a relative word, and a hyphen inside a word', () => {
    expect(marked('The/DET two/NUM lipid/NOUN -/PUNCT rich/NOUN layers/NOUN that/PRON wrap/VERB the/DET cell/NOUN')).toEqual([]);
    expect(marked('or/CCONJ tax/NOUN credit/NOUN grants/NOUN that/PRON may/AUX help/VERB')).toEqual([]);
  });

  it('leaves a phrase after "or" that shares the clause’s verb', () => {
    expect(
      marked('Velden/PROPN offered/VERB its/PRON farms/NOUN or/CCONJ its/PRON upland/NOUN mills/NOUN east/ADJ of/ADP Orsk/PROPN'),
    ).toEqual([]);
  });
});

describe('verbsReadAsNouns of a question', () => {
  /** The indexes marked in a question's tokens. */
  function markedInQuestion(tagged: string): number[] {
    const verbs = verbsReadAsNouns(taggedTokens(tagged), true);
    return verbs ? [...verbs.keys()].filter((k) => verbs[k] === 1) : [];
  }

  it('reads an "-s" form right after an opening "what" as the verb before an object, a name or a place', () => {
    expect(markedInQuestion('What/DET drives/NOUN the/DET mill/NOUN wheels/NOUN ?/PUNCT')).toEqual([1]);
    expect(markedInQuestion('What/DET flows/NOUN between/ADP the/DET two/NUM weirs/NOUN ?/PUNCT')).toEqual([1]);
    expect(markedInQuestion('What/DET powers/NOUN Velden/PROPN ?/PUNCT')).toEqual([1]);
    // Not in a sentence: there "what" is no subject the rule reads.
    expect(marked('What/DET drives/NOUN the/DET mill/NOUN wheels/NOUN ./PUNCT')).toEqual([]);
  });

  it('leaves a noun before "of", before a noun, and where a verb follows', () => {
    expect(markedInQuestion('What/DET kinds/NOUN of/ADP fish/NOUN live/VERB here/ADV ?/PUNCT')).toEqual([]);
    expect(markedInQuestion('What/DET rights/NOUN the/DET charter/NOUN gives/VERB ?/PUNCT')).toEqual([]);
    expect(markedInQuestion('What/DET states/NOUN border/NOUN Velden/PROPN ?/PUNCT')).toEqual([2]);
  });
});

describe('phraseChunks at a verb read as a noun', () => {
  let story: Story;
  beforeAll(() => {
    story = oneArticleStory('a', 'Ferries', 'Coastal ferries lack cabins.');
  });

  it('offers the object apart from the subject', () => {
    const question = 'What do the small boats not have?';
    const query = plainQuery(question);
    const chunks = phraseChunks(story.sentences[0]!, query).map((m) => m.text);
    expect(chunks).toContain('cabins');
    expect(chunks.some((t) => /\black\b/.test(t))).toBe(false);
  });
});
