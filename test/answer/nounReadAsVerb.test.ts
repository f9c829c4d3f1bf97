import { describe, expect, it } from 'vitest';
import { phraseChunks } from '../../src/answer/mentions.js';
import { compoundNounReadAsVerb } from '../../src/answer/nounReadAsVerb.js';
import { plainQuery } from '../fixtures/plainQuery.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { taggedTokens } from '../fixtures/taggedTokens.js';

describe('compoundNounReadAsVerb', () => {
  it('reads a base form between an adjective and a noun as a noun of the compound', () => {
    const tokens = taggedTokens('the/DET worn/ADJ hull/VERB plating/NOUN');
    expect(compoundNounReadAsVerb(tokens, 2)).toBe(true);
  });

  it('reads a base form after a singular noun, ending the phrase, as its head', () => {
    expect(compoundNounReadAsVerb(taggedTokens('the/DET scrub/NOUN cover/VERB on/ADP the/DET slopes/NOUN'), 2)).toBe(true);
  });

  it('leaves a verb after a plural noun, an inflected form, and a word WordNet has no noun for', () => {
    expect(compoundNounReadAsVerb(taggedTokens('the/DET crews/NOUN repair/VERB in/ADP spring/NOUN'), 2)).toBe(false);
    expect(compoundNounReadAsVerb(taggedTokens('the/DET scrub/NOUN covers/VERB slopes/NOUN'), 2)).toBe(false);
    expect(compoundNounReadAsVerb(taggedTokens('a/DET museum/NOUN showing/VERB lace/NOUN'), 2)).toBe(false);
    expect(compoundNounReadAsVerb(taggedTokens('the/DET mill/NOUN tends/VERB ./PUNCT'), 2)).toBe(false);
  });

  it('leaves the verb of an "of" phrase (a name\'s words in it too), which agrees with the noun before "of", and a verb before "that"', () => {
    const tokens = taggedTokens('tales/NOUN of/ADP the/DET old/ADJ mill/NOUN hold/VERB in/ADP winter/NOUN');
    expect(compoundNounReadAsVerb(tokens, 5)).toBe(false);
    const named = taggedTokens('floods/NOUN of/ADP the/DET Tarn/PROPN river/NOUN come/VERB from/ADP ice/NOUN');
    expect(compoundNounReadAsVerb(named, 5)).toBe(false);
    const joint = taggedTokens('we/PRON and/CCONJ the/DET guild/NOUN hold/VERB that/SCONJ tolls/NOUN rise/VERB');
    expect(compoundNounReadAsVerb(joint, 4)).toBe(false);
  });

  it("leaves the bare infinitive after a perception or causative verb's object, reading that verb by its lemma", () => {
    const watched = taggedTokens('the/DET guard/NOUN watched/VERB the/DET old/ADJ cart/NOUN pass/VERB ./PUNCT');
    watched[2]!.lemma = 'watch';
    expect(compoundNounReadAsVerb(watched, 6)).toBe(false);
    const let_ = taggedTokens('they/PRON let/VERB the/DET rising/VERB mill/NOUN stream/VERB in/ADP spring/NOUN');
    expect(compoundNounReadAsVerb(let_, 5)).toBe(false);
    const noticing = taggedTokens('anyone/PRON noticing/NOUN the/DET moving/ADJ cart/NOUN pass/VERB by/ADP');
    expect(compoundNounReadAsVerb(noticing, 5)).toBe(false);
    const built = taggedTokens('they/PRON built/VERB a/DET steam/NOUN pump/VERB ./PUNCT');
    built[1]!.lemma = 'build';
    expect(compoundNounReadAsVerb(built, 4)).toBe(true);
  });
});

describe("phraseChunks with the tagger's verb inside a compound", () => {
  it('offers the scrub cover whole, its head no verb after a singular noun', () => {
    const story = oneArticleStory('a', 'Frost', 'The frost thinned the scrub cover on the Marn slopes.');
    const chunks = phraseChunks(story.sentences[0]!, plainQuery('What did the frost thin?')).map((m) => m.text);
    expect(chunks).toContain('scrub cover');
  });

  it('ends the phrase before the bare infinitive after a perception verb', () => {
    const story = oneArticleStory('a', 'Cart', 'The guard watched the old cart pass.');
    const chunks = phraseChunks(story.sentences[0]!, plainQuery('What did the guard watch?')).map((m) => m.text);
    expect(chunks).not.toContain('old cart pass');
  });
});
