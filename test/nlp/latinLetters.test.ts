import { describe, expect, it } from 'vitest';
import { buildActors } from '../../src/actors/buildActors.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { nlp } from '../../src/nlp/wink.js';
import { buildStory } from '../../src/story/buildStory.js';

// An invented story whose names carry Latin letters beyond Latin-1 (Turkish ş ğ ı, Polish ł ź, Croatian Đ,
// romanised ā ī, Vietnamese ạ). Every name, place and sentence is made up.
const story = buildStory(
  [
    {
      id: 'ferry',
      title: 'Ferry talks',
      titleGiven: true,
      file: 'ferry.md',
      published: '2031-05-14',
      body:
        'Harbour director Orla Tellin met Ayşe Kılıçoğlu in Łódź on Tuesday to settle the ferry timetable.\n\n' +
        'The new route was drawn up by Đora Vell, an engineer at the Velmian Ferry Company.\n\n' +
        'Kılıçoğlu said the first crossing would leave in June. Chief instructor Rāzin Bạch trained the crews in Zakarīpol. "They are ready," Bạch said.',
    },
  ],
  'latin-letters-fixture',
);

describe('letters beyond Latin-1', () => {
  it('are read as part of the word they are written in, not as tokens of their own', () => {
    const words = nlp.readDoc('Orla Tellin met Ayşe Kılıçoğlu in Łódź. Đora Vell and Rāzin Bạch spoke.').tokens().out();
    expect(words).toEqual([
      'Orla',
      'Tellin',
      'met',
      'Ayşe',
      'Kılıçoğlu',
      'in',
      'Łódź',
      '.',
      'Đora',
      'Vell',
      'and',
      'Rāzin',
      'Bạch',
      'spoke',
      '.',
    ]);
  });

  it('keep a name whole as a person the story names', () => {
    const names = buildActors(story).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Ayşe Kılıçoğlu', 'Đora Vell', 'Rāzin Bạch']));
    expect(names.some((n) => /^(?:ş|ğ|ı|ạ|ā)/.test(n) || n === 'Ay' || n === 'ora Vell')).toBe(false);
  });

  it('answer who and where with the whole name', () => {
    expect(answerQuestion(story, 'drew up the new route', { command: 'who' }).answer?.text).toBe('Đora Vell');
    expect(answerQuestion(story, 'trained the crews', { command: 'who' }).answer?.text).toBe('Rāzin Bạch');
    expect(answerQuestion(story, 'did Orla Tellin meet Ayşe Kılıçoğlu', { command: 'where' }).answer?.text).toBe('Łódź');
    expect(answerQuestion(story, 'Who did Orla Tellin meet on Tuesday?').answer?.text).toBe('Ayşe Kılıçoğlu');
  });
});
