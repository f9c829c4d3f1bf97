import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/answer/mentions.js';
import { bracketedAfter, placedAfterNamed, questionNamesPlace, withRegion } from '../../src/answer/placePhrases.js';
import type { StorySentence } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: a school in a town of a country, and a ferry calling at a list of towns. */
const BODY =
  'The Orlen Lace School was founded in 1902 in Lisbon, Portugal, by two weavers. ' +
  'The ferry calls at Lisbon, Madrid, Vienna and Prague every summer. ' +
  'The old press was moved in 1920 to Nice, California, after the flood. ' +
  'Weaving schools include the Arlen Weavers School in Porto and the Dunmore Lace Guild School in Braga.';

const story = oneArticleStory('lace', 'Lace', BODY);

const ask = askShort(story);

function sentenceWith(text: string): StorySentence {
  return story.sentences.find((s) => s.text.includes(text))!;
}
const span = (s: StorySentence, text: string): Mention => {
  const start = s.text.indexOf(text);
  return { type: 'PLACE', text, start, end: start + text.length };
};
const none = () => false;

describe('a where-answer with the place it lies in', () => {
  it('shows the town with the country or state written after its comma', () => {
    expect(ask('Where was the Orlen Lace School founded?')).toBe('Lisbon, Portugal');
    const s = sentenceWith('Nice, California');
    expect(withRegion(s, span(s, 'Nice'), none)?.text).toBe('Nice, California');
  });

  it('shows it so for a question asking what town, as for a where-question', () => {
    expect(ask('In what town was the old press moved in 1920?')).toBe('Nice, California');
  });

  it('leaves a member of a list of places alone', () => {
    const s = sentenceWith('ferry calls');
    expect(withRegion(s, span(s, 'Lisbon'), none)).toBeUndefined();
    expect(withRegion(s, span(s, 'Madrid'), none)).toBeUndefined();
  });

  it('leaves out a place the question names', () => {
    const s = sentenceWith('Orlen');
    expect(withRegion(s, span(s, 'Lisbon'), (w) => w === 'Portugal')).toBeUndefined();
    expect(withRegion(s, span(s, 'Lisbon'), none)?.text).toBe('Lisbon, Portugal');
  });
});

describe('a where-answer that is the region a town is written with', () => {
  const body =
    'In 1911 the rope guild moved to Orvenik, Portugal, where it built a new shed. ' +
    'The spring fair was held on Harrow Hill, Lisbon, Portugal, with music until dawn. ' +
    'The barge calls at Lisbon, Madrid, and Vienna each spring.';
  const regions = oneArticleStory('rope', 'Rope', body);
  const s = (text: string) => regions.sentences.find((x) => x.text.includes(text))!;

  it('shows the region with the town written before its comma', () => {
    const moved = s('Orvenik');
    expect(withRegion(moved, span(moved, 'Portugal'), none)?.text).toBe('Orvenik, Portugal');
    expect(askShort(regions)('Where did the rope guild move in 1911?')).toBe('Orvenik, Portugal');
  });

  it('not where the question names the town', () => {
    const moved = s('Orvenik');
    expect(withRegion(moved, span(moved, 'Portugal'), (w) => w === 'Orvenik')).toBeUndefined();
  });

  it('shows the region of the region where the sentence writes a third place', () => {
    const fair = s('Harrow Hill');
    expect(withRegion(fair, span(fair, 'Harrow Hill'), none)?.text).toBe('Harrow Hill, Lisbon, Portugal');
  });

  it('leaves alone a list whose last member follows a comma and "and"', () => {
    const barge = s('barge');
    expect(withRegion(barge, span(barge, 'Lisbon'), none)).toBeUndefined();
  });

  it('does not read a country before a comma as a town in its region', () => {
    const unlike = oneArticleStory('ships', 'Ships', 'Unlike Portugal, Spain sent few ships that year.').sentences[0]!;
    expect(withRegion(unlike, span(unlike, 'Portugal'), none)).toBeUndefined();
  });

  it('nor a country the gazetteer lacks but WordNet names one', () => {
    const apart = oneArticleStory('lamps', 'Lamps', 'Apart from Britain, Norway built few lamp houses before 1890.').sentences[0]!;
    expect(withRegion(apart, span(apart, 'Britain'), none)).toBeUndefined();
  });
});

describe('questionNamesPlace', () => {
  it('reads a place written as a place as named, not one written as its demonym', () => {
    expect(questionNamesPlace('Where in Portugal is the rope school?')('Portugal')).toBe(true);
    expect(questionNamesPlace('Where is the Portuguese rope school?')('Portugal')).toBe(false);
  });
});

describe('a where-question about a thing the sentence places', () => {
  it('is answered by the place written right after that thing, not by another place of the sentence', () => {
    expect(ask('Where is the Dunmore Lace Guild School?')).toBe('Braga');
    const s = sentenceWith('Weaving schools');
    expect(placedAfterNamed(s, span(s, 'Braga'), 'where is the dunmore lace guild school?')).toBe(true);
    expect(placedAfterNamed(s, span(s, 'Porto'), 'where is the dunmore lace guild school?')).toBe(false);
  });

  it('does not take a thing named by its last word alone for the one asked about', () => {
    const s = sentenceWith('Weaving schools');
    expect(placedAfterNamed(s, span(s, 'Porto'), 'where is the school?')).toBe(false);
    expect(placedAfterNamed(s, span(s, 'Braga'), 'where is the guild school?')).toBe(true);
  });
});

describe('a where-question about a thing the sentence places past a bracketed aside', () => {
  const body = 'Sheep graze on the Orsk hills, which lie south of the Tolly Canal, and the Tarn Board (or Raad) at Velden rules them.';
  const s = oneArticleStory('raad', 'Raad', body).sentences[0]!;

  it('reads the place after the aside as the place of the name before it', () => {
    expect(placedAfterNamed(s, span(s, 'Velden'), 'where does the tarn board sit?')).toBe(true);
    expect(placedAfterNamed(s, span(s, 'Tolly Canal'), 'where does the tarn board sit?')).toBe(false);
  });

  it('is answered by that place, not by another place of the sentence', () => {
    expect(askShort(oneArticleStory('raad', 'Raad', body))('Where does the Tarn Board sit?')).toBe('Velden');
  });
});

describe('bracketedAfter', () => {
  const body = 'In 1222 the riders camped at Halden (Tarn County, Orsk Province) and later near Velden.';
  const s = oneArticleStory('halden', 'Halden', body).sentences[0]!;
  const others = (s: StorySentence, ...texts: string[]) => texts.map((t) => span(s, t));

  it('holds a place in a bracket of names right after another place of the sentence', () => {
    expect(bracketedAfter(s, span(s, 'Tarn County'), others(s, 'Halden', 'Velden'), 'where did the riders camp?')).toBe(true);
    expect(bracketedAfter(s, span(s, 'Orsk Province'), others(s, 'Halden', 'Velden'), 'where did the riders camp?')).toBe(true);
    expect(bracketedAfter(s, span(s, 'Halden'), others(s, 'Velden'), 'where did the riders camp?')).toBe(false);
  });

  it('not where the question names the place before the bracket, nor in a bracket that holds more than names', () => {
    expect(bracketedAfter(s, span(s, 'Tarn County'), others(s, 'Halden'), 'where is halden?')).toBe(false);
    const clause = oneArticleStory('park', 'Park', 'Races were held at Orlen Field (a park in the north of Velden) in 1841.').sentences[0]!;
    expect(bracketedAfter(clause, span(clause, 'Velden'), others(clause, 'Orlen Field'), 'where were races held?')).toBe(false);
  });
});
