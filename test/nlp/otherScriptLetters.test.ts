import { describe, expect, it } from 'vitest';
import { buildActors } from '../../src/actors/buildActors.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { its, nlp, readTokens } from '../../src/nlp/wink.js';
import { buildStory } from '../../src/story/buildStory.js';

// An invented story whose names are written in Greek, Cyrillic and Armenian letters. Every name, place and sentence
// is made up.
const story = buildStory(
  [
    {
      id: 'bridge',
      title: 'Bridge talks',
      titleGiven: true,
      file: 'bridge.md',
      published: '2031-08-02',
      body:
        'Harbour director Orla Tellin met Δαμιανός Κορλέτης in Велмиград on Monday to settle the bridge tolls.\n\n' +
        'The new span was designed by Зоряна Велмчук, an engineer at the Velmian Bridge Company.\n\n' +
        'Κορλέτης said the first cars would cross in July. Surveyor Արմեն Թալվորյան checked the piers in Ελμοπόλη. ' +
        '"They will hold," Թալվորյան said.',
    },
  ],
  'other-scripts-fixture',
);

describe('letters of other alphabets', () => {
  it('are word tokens, one a word, whatever Latin letter, figure or apostrophe is written beside them', () => {
    const doc = nlp.readDoc("Ο'Κόννορ met Kalδos of the ΑΒ12 unit in Велм2. Արմեն, ნირავო, דלמיאל and زلمور spoke.");
    expect(doc.tokens().out()).toEqual([
      "Ο'Κόννορ",
      'met',
      'Kalδos',
      'of',
      'the',
      'ΑΒ12',
      'unit',
      'in',
      'Велм2',
      '.',
      'Արմեն',
      ',',
      'ნირავო',
      ',',
      'דלמיאל',
      'and',
      'زلمور',
      'spoke',
      '.',
    ]);
    const types = doc.tokens().out(its.type) as string[];
    expect(types.filter((t) => t === 'word')).toHaveLength(15);
    expect(types).not.toContain('unk');
  });

  it('are letters in either case, and their punctuation is no letter', () => {
    const words = nlp.readDoc('ΖΉΣΗΣ and ζήσης\u037E ВЕЛМЧУК and велмчук: Ζήσης\u0387 Զորա\u0589').tokens().out();
    expect(words).toEqual(['ΖΉΣΗΣ', 'and', 'ζήσης', '\u037E', 'ВЕЛМЧУК', 'and', 'велмчук', ':', 'Ζήσης', '\u0387', 'Զորա', '\u0589']);
  });

  it('are tagged a noun in a lower-case word and a proper noun in a capitalised one', () => {
    const read = readTokens(nlp.readDoc('Δαμιανός Κορλέτης wrote the word σκαλμίδα beside велмица on the sign.'));
    const tags = Object.fromEntries(read.words.map((w, i) => [w, read.pos[i]]));
    expect(tags).toMatchObject({ Δαμιανός: 'PROPN', Κορλέτης: 'PROPN', σκαλμίδα: 'NOUN', велмица: 'NOUN' });
  });

  it('keep a name the story names as a person', () => {
    const names = buildActors(story).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Зоряна Велмчук', 'Արմեն Թալվորյան']));
  });

  it('answer who and where with the whole name', () => {
    expect(answerQuestion(story, 'designed the new span', { command: 'who' }).answer?.text).toBe('Зоряна Велмчук');
    expect(answerQuestion(story, 'checked the piers', { command: 'who' }).answer?.text).toBe('Արմեն Թալվորյան');
    expect(answerQuestion(story, 'did Orla Tellin meet Δαμιανός Κορλέτης', { command: 'where' }).answer?.text).toBe('Велмиград');
    expect(answerQuestion(story, 'Who did Orla Tellin meet on Monday?').answer?.text).toBe('Δαμιανός Κορλέτης');
    expect(answerQuestion(story, 'Where did Արմեն Թալվորյան check the piers?').answer?.text).toBe('Ελμοπόλη');
  });
});
