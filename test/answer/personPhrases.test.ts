import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/answer/mentions.js';
import { lastWord, personPhrases } from '../../src/answer/personPhrases.js';
import type { StorySentence } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: who did things told only by what the doers were, a name in another sentence. */
const FAIR_BODY =
  'Orla Finch opened the autumn fair at the old mill on Saturday morning and baked some of the cakes. ' +
  'The cakes in the tent were judged by a retired baker from the valley. ' +
  'The prize for the largest marrow went to a local schoolteacher. ' +
  'Two local fishermen rescued the crew of the trawler near Kestle Point, the harbour master Ivo Brandt said. ' +
  'Stalls sold jam, cider and wool until dusk.';

const story = oneArticleStory('fair', 'Fair', FAIR_BODY);

const ask = askShort(story);

/** A sentence of its own, its chunks as the phrase maker would give them. */
function sentenceOf(body: string): StorySentence {
  return oneArticleStory('one', 'One', body).sentences.at(-1)!;
}
const span = (s: StorySentence, text: string, type: Mention['type'] = 'PHRASE'): Mention => {
  const start = s.text.indexOf(text);
  return { type, text, start, end: start + text.length };
};

describe('a who-question no name answers', () => {
  it('is answered by the phrase that tells of a person by a common noun, not by a name of another sentence', () => {
    expect(ask('Who judged the cakes?')).toMatch(/baker/);
    expect(ask('Who won the prize for the largest marrow?')).toMatch(/schoolteacher/);
  });

  it('is answered by such a phrase in a sentence that names someone else, not by that name', () => {
    expect(ask('Who rescued the crew of the trawler?')).toMatch(/fishermen/);
  });
});

describe('personPhrases', () => {
  it('keeps a phrase ending in a noun of a person, and no other', () => {
    const s = sentenceOf('The cakes were judged by a retired baker from the valley.');
    const kept = personPhrases(s, [span(s, 'cakes'), span(s, 'retired baker'), span(s, 'valley')], []);
    expect(kept.map((m) => m.text)).toEqual(['retired baker']);
  });

  it('marks a phrase alone in its sentence or beside a name the sentence offers', () => {
    const s = sentenceOf('Two fishermen mended the roof, the harbour master Ivo Brandt said.');
    const chunks = [span(s, 'Two fishermen'), span(s, 'roof')];
    expect(personPhrases(s, chunks, []).map((m) => [m.text, m.person])).toEqual([['Two fishermen', 'alone']]);
    expect(personPhrases(s, chunks, [span(s, 'Ivo Brandt', 'PERSON')]).map((m) => [m.text, m.person])).toEqual([
      ['Two fishermen', 'beside'],
    ]);
  });

  it('keeps a phrase whose head before "of" is a noun of a person, whatever noun ends it', () => {
    const s = sentenceOf('The guild keeps to its rules, and tenants of the farm have spoken against the toll.');
    const kept = personPhrases(s, [span(s, 'rules'), span(s, 'tenants of the farm'), span(s, 'toll')], []);
    expect(kept.map((m) => m.text)).toEqual(['tenants of the farm']);
  });

  it('keeps such a phrase ending in a name unless the question writes that name', () => {
    const s = sentenceOf('The gift was sent to the envoy of Velmar by boat.');
    const chunks = [span(s, 'gift'), span(s, 'envoy of Velmar'), span(s, 'boat')];
    expect(personPhrases(s, chunks, [], true, ['gift', 'sent']).map((m) => m.text)).toEqual(['envoy of Velmar']);
    expect(personPhrases(s, chunks, [], true, ['gift', 'sent', 'velmar']).map((m) => m.text)).toEqual([]);
  });

  it('keeps a lower-case phrase of a body of people, whose noun WordNet files first as an organisation', () => {
    const s = sentenceOf('The parish council paid for the new roof of the barn.');
    const kept = personPhrases(s, [span(s, 'parish council'), span(s, 'new roof'), span(s, 'barn')], []);
    expect(kept.map((m) => m.text)).toEqual(['parish council']);
  });

  it('keeps a plural WordNet lists as a lemma of its own (a group) whose singular is a person', () => {
    const s = sentenceOf('The harbour tax was raised again by two guild leaders in the spring.');
    const kept = personPhrases(s, [span(s, 'harbour tax'), span(s, 'guild leaders'), span(s, 'spring')], []);
    expect(kept.map((m) => m.text)).toEqual(['guild leaders']);
  });

  it('keeps a lower-case phrase of a people taken whole, whose noun WordNet files first as a group', () => {
    const s = sentenceOf('The new tolls on the road to Fort Mirela angered the public.');
    const kept = personPhrases(s, [span(s, 'new tolls'), span(s, 'road'), span(s, 'public')], []);
    expect(kept.map((m) => m.text)).toEqual(['public']);
  });

  it('keeps no such group noun without "the" before it, nor a plural lemma whose own sense is no group', () => {
    const s = sentenceOf('Its fleet carried survey data to the mechanics at Fort Mirela.');
    const kept = personPhrases(s, [span(s, 'fleet'), span(s, 'survey data'), span(s, 'mechanics')], []);
    expect(kept.map((m) => m.text)).toEqual([]);
  });

  it('keeps no phrase whose last word is a person noun in WordNet but an adjective in the sentence', () => {
    const s = sentenceOf('The painter of the mural remained unknown to the villagers.');
    const kept = personPhrases(s, [span(s, 'painter'), span(s, 'unknown'), span(s, 'villagers')], []);
    expect(kept.map((m) => m.text)).toEqual(['painter', 'villagers']);
  });

  it('keeps no phrase whose noun is a person only by a sense after its two most frequent', () => {
    // WordNet: "peanut" is a plant and a seed before it is a small person.
    const s = sentenceOf('The farmer sold a sack of peanut to the miller.');
    const kept = personPhrases(s, [span(s, 'farmer'), span(s, 'peanut'), span(s, 'miller')], []);
    expect(kept.map((m) => m.text)).toEqual(['farmer', 'miller']);
  });

  it('leaves out a phrase in apposition to a name, one after "as", and one whose head before "of" is no person', () => {
    const s = sentenceOf('The mill was bought by Orla Finch, a retired baker, who served as an adviser to the appearance of tenants.');
    const chunks = [span(s, 'retired baker'), span(s, 'adviser'), span(s, 'appearance of tenants')];
    expect(personPhrases(s, chunks, [span(s, 'Orla Finch', 'PERSON')])).toEqual([]);
    expect(personPhrases(s, chunks.slice(2), [])).toEqual([]);
  });

  it('takes a capitalised person noun only as the first word of its sentence', () => {
    const s = sentenceOf('Bakers judged the cakes, and Bakers Lane was closed.');
    const first = { type: 'PHRASE' as const, text: 'Bakers', start: 0, end: 6 };
    const later = span(s, 'Bakers Lane');
    expect(personPhrases(s, [first, later], []).map((m) => m.start)).toEqual([0]);
  });
});

describe('a phrase’s last word', () => {
  it('is the run of letters and hyphens only non-word characters follow, as the anchored expression reads it', () => {
    expect(lastWord('the retired ferry-keeper.')).toBe('ferry-keeper');
    expect(lastWord('Bay 12')).toBeUndefined();
    expect(lastWord('route 9 café')).toBe('café');
    expect(lastWord('lot_é')).toBe('é');
    // Every short text over letters in and out of A–Z, digits, "_", hyphens, spaces, marks and an astral letter.
    const anchored = /([\p{L}-]+)\W*$/u;
    const units = ['a', 'Q', 'é', '-', ' ', '.', '7', '_', '’', '\u{1D400}'];
    const texts = [''];
    for (let length = 0; length < 4; length += 1) for (const t of texts.splice(0)) for (const u of units) texts.push(t + u, t);
    const differing = [...new Set(texts)].filter((t) => lastWord(t) !== anchored.exec(t)?.[1]);
    expect(differing).toEqual([]);
  });
});
