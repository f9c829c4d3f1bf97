import { describe, expect, it } from 'vitest';
import { askedKind, kindClash } from '../../src/answer/answerOwnKind.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** A one-article invented story, with a lookup of a sentence's id by how it starts. */
function storyOf(body: string) {
  const story = oneArticleStory('news', 'News', body);
  return { story, idOf: (start: string) => story.sentences.findIndex((s) => s.text.startsWith(start)) };
}

describe('askedKind', () => {
  it('reads a person, a place, or an organisation by the focus noun', () => {
    expect(askedKind('person', undefined, 'Who opened the pier?')).toBe('person');
    expect(askedKind('place', 'town', 'Which town hosts the regatta?')).toBe('place');
    expect(askedKind('other', 'organization', 'What organization operates the ferry?')).toBe('organization');
  });
  it('reads none for a kind of thing, a nationality, or a question of no such kind', () => {
    expect(askedKind('other', 'type', 'What type of ferry sails to Orvel?')).toBeUndefined();
    expect(askedKind('other', 'nationality', 'What nationality is the skipper?')).toBeUndefined();
    expect(askedKind('date', undefined, 'When did the pier open?')).toBeUndefined();
    expect(askedKind('other', 'cargo', 'What cargo did the ferry carry?')).toBeUndefined();
  });
});

describe('kindClash', () => {
  // An invented harbour story: a describing word before a noun, a demonym, a written code, a charity and a person.
  const { story, idOf } = storyOf(
    'The Orvel harbour is run by the Varnholt Port Board. Supplementary rules were added by the board in March. ' +
      'French crews and Portuguese skippers signed the Edict of Orvel. Tomas Reyk and Harbour Rescue raised funds on Sunday.',
  );
  it('reads a describing word before a noun as no organisation, place or person', () => {
    expect(kindClash(story, idOf('Supplementary'), 'Supplementary', 'PHRASE', 'organization')).toBe('modifier');
    expect(kindClash(story, idOf('Supplementary'), 'Supplementary', 'PLACE', 'place')).toBe('modifier');
    expect(kindClash(story, idOf('French'), 'French', 'PHRASE', 'place')).toBe('modifier');
  });
  it('lets a demonym answer a who-question: the people of a place', () => {
    expect(kindClash(story, idOf('French'), 'French', 'PHRASE', 'person')).toBeUndefined();
  });
  it('reads a thing named by a common noun of a thing made or written as no person', () => {
    expect(kindClash(story, idOf('French'), 'Edict of Orvel', 'PHRASE', 'person')).toBe('thing');
    expect(kindClash(story, idOf('Tomas'), 'Tomas Reyk', 'PERSON', 'person')).toBeUndefined();
  });
  it('lets a body named by a noun of an act answer a who-question', () => {
    expect(kindClash(story, idOf('Tomas'), 'Harbour Rescue', 'PHRASE', 'person')).toBeUndefined();
  });
  it('reads names of the asked kind, and any answer to a question of no checked kind, as fitting', () => {
    expect(kindClash(story, idOf('The Orvel'), 'Varnholt Port Board', 'ORG', 'organization')).toBeUndefined();
    expect(kindClash(story, idOf('Supplementary'), 'Supplementary', 'PHRASE', undefined)).toBeUndefined();
    expect(kindClash(story, idOf('Supplementary'), 'March', 'DATE', 'person')).toBeUndefined();
  });

  describe('no place for a where-question', () => {
    // An invented story: two bodies as the doers of a verb, one as the place of a meeting, one in apposition to a
    // place phrase, a museum as a doer, a fall in value and a yard.
    const place = storyOf(
      'The Tarn Institute and the Velden Trust will hold their meetings soon. The guild met at the Tarn Institute on Monday. ' +
        'Ada Vell taught at a weaving school, the Orsk Institute, in May. The Orsk Museum preserves the old looms. ' +
        'Orsk Mills fell in value on Friday. The kiln stands in the yard of Orsk Mills.',
    );
    it('reads bodies written as the doers of a verb, or a noun of a quality, as no place', () => {
      expect(kindClash(place.story, place.idOf('The Tarn'), 'Tarn Institute and the Velden Trust', 'ORG', 'place')).toBe('placeless');
      expect(kindClash(place.story, place.idOf('Orsk Mills fell'), 'value', 'PHRASE', 'place')).toBe('placeless');
    });
    it('keeps a body after a preposition of place or in apposition to a place phrase, a name headed by a place noun', () => {
      expect(kindClash(place.story, place.idOf('The guild'), 'Tarn Institute', 'ORG', 'place')).toBeUndefined();
      expect(kindClash(place.story, place.idOf('Ada Vell'), 'Orsk Institute', 'ORG', 'place')).toBeUndefined();
      expect(kindClash(place.story, place.idOf('The Orsk Museum'), 'Orsk Museum', 'ORG', 'place')).toBeUndefined();
    });
    it('keeps a phrase of place, and any body for a question naming its kind of place', () => {
      expect(kindClash(place.story, place.idOf('The kiln'), 'yard of Orsk Mills', 'PHRASE', 'place')).toBeUndefined();
      expect(kindClash(place.story, place.idOf('The Tarn'), 'Tarn Institute and the Velden Trust', 'ORG', 'place', true)).toBeUndefined();
    });
  });

  describe('a people or a measure for a place or a person', () => {
    // An invented story: a people named by a plural of a person noun, places named by plurals, a measure and a count.
    const more = storyOf(
      'The Drovers crossed the Orvel Highlands in May. The kiln reached 1200 kelvins on Monday. Forty dockers and 12 crews joined.',
    );
    it('reads a capitalised plural of a person noun as no place', () => {
      expect(kindClash(more.story, more.idOf('The Drovers'), 'Drovers', 'PLACE', 'place')).toBe('people');
      expect(kindClash(more.story, more.idOf('The Drovers'), 'Highlands', 'PLACE', 'place')).toBeUndefined();
      expect(kindClash(more.story, more.idOf('The Drovers'), 'Drovers', 'PHRASE', 'person')).toBeUndefined();
      // "What inn …" names the kind of place, which may be called by a plural of people ("The Drovers" inn).
      expect(kindClash(more.story, more.idOf('The Drovers'), 'Drovers', 'PLACE', 'place', true)).toBeUndefined();
    });
    it('reads a figure and a noun of an amount as no person, a count of people as one', () => {
      expect(kindClash(more.story, more.idOf('The kiln'), '1200 kelvins', 'PHRASE', 'person')).toBe('measure');
      expect(kindClash(more.story, more.idOf('Forty'), '12 crews', 'PHRASE', 'person')).toBeUndefined();
      // For a place it is no 'measure' but a noun of an amount, as "value" is (see 'no place for a where-question').
      expect(kindClash(more.story, more.idOf('The kiln'), '1200 kelvins', 'PHRASE', 'place')).toBe('placeless');
    });
  });

  describe('a body of people or a longer name answering a who-question', () => {
    // An invented story: a describing word before a plural of a group, one ending a longer name, and bodies named by
    // a noun of a place.
    const body = storyOf(
      'Dockers, unions and four Coastal countries opposed the levy. The board turned down a Harbour Electric bid in May. ' +
        'The Varnholt Museum and Orvel Hall restored the barge.',
    );
    it('lets a describing word before a plural of a group answer a who-question, not other questions', () => {
      expect(kindClash(body.story, body.idOf('Dockers'), 'Coastal', 'PHRASE', 'person')).toBeUndefined();
      expect(kindClash(body.story, body.idOf('Dockers'), 'Coastal', 'PLACE', 'place')).toBe('modifier');
    });
    it('reads a describing word that ends a longer name as part of that name', () => {
      expect(kindClash(body.story, body.idOf('The board'), 'Electric', 'PHRASE', 'person')).toBeUndefined();
    });
    it('lets a name headed by a noun of a place answer a who-question', () => {
      expect(kindClash(body.story, body.idOf('The Varnholt'), 'Varnholt Museum', 'PHRASE', 'person')).toBeUndefined();
      expect(kindClash(body.story, body.idOf('The Varnholt'), 'Orvel Hall', 'PHRASE', 'person')).toBeUndefined();
    });
  });
});
