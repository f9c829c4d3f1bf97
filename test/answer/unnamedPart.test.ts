import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { restShown } from '../../src/answer/mentions.js';
import { unnamedPart } from '../../src/answer/unnamedPart.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

const span = (text: string) => ({ text, start: 10, end: 10 + text.length });

describe('unnamedPart', () => {
  it('strips the title the question names before a full name', () => {
    expect(unnamedPart(span('Harbour Commissioner Ada Vell'), 'who is the harbour commissioner?', true)).toEqual({
      text: 'Ada Vell',
      start: 31,
      end: 39,
    });
  });

  it("strips the noun a question names its answer by after a name, and a series' name before its number", () => {
    expect(unnamedPart(span('Ostwick Forest'), 'what forest lies south of the town?', false)?.text).toBe('Ostwick');
    expect(unnamedPart(span('Lantern Cup XIV'), 'which lantern cup did the crew win?', false)?.text).toBe('XIV');
  });

  it("keeps the front of a thing's name the question names, but for a series number or a person after it", () => {
    // "Arts Trust" is no name of its own: the trust keeps its whole name.
    expect(unnamedPart(span('Harbour Arts Trust'), 'what harbour charity paid for the mural?', false)?.text).toBe('Harbour Arts Trust');
    expect(unnamedPart(span('Dunmore Evening Post'), 'which dunmore paper ran the story?', false)?.text).toBe('Dunmore Evening Post');
    // The back is still stripped: "Forest" is the noun the question names its answer by.
    expect(unnamedPart(span('Ostwick Valley Forest'), 'what ostwick forest burned?', false)?.text).toBe('Ostwick Valley');
    expect(unnamedPart(span('Lantern Cup XII'), 'which lantern cup did the crew win?', false)?.text).toBe('XII');
    expect(unnamedPart(span('Harbour Master Ada Vell'), 'what did the harbour master say?', false)?.text).toBe('Ada Vell');
  });

  it('for a where-question, takes the place after "of" or one common noun, and else keeps the whole name', () => {
    expect(unnamedPart(span('Harbour Board of Tarnby'), 'where did the harbour board meet?', false)?.text).toBe('Tarnby');
    expect(unnamedPart(span('Tolly Gorge'), 'where does the tolly flow?', false)?.text).toBe('Gorge');
    expect(unnamedPart(span('Harbour Arts Trust'), 'where did the harbour charity meet?', false)?.text).toBe('Harbour Arts Trust');
    expect(unnamedPart(span('Fort Le Vell'), "where was orla's second fort built?", false)?.text).toBe('Fort Le Vell');
    expect(unnamedPart(span('Velden Telephone Exchange'), 'where did ada work in velden?', false)?.text).toBe('Velden Telephone Exchange');
  });

  it('keeps a name the question names whole, in the middle, or by a part of a person', () => {
    expect(unnamedPart(span('Ostwick Forest'), 'what is ostwick forest?', false)).toBeNull();
    expect(unnamedPart(span('Bank of Ostwick Trust'), 'who runs ostwick?', false)).toBeNull();
    // The surname names the person; so does a given name before the surname.
    expect(unnamedPart(span('Ada Vell'), 'who did vell meet?', true)).toBeNull();
    expect(unnamedPart(span('Mayor Vell'), 'who is the mayor?', true)).toBeNull();
    expect(unnamedPart(span('Ostwick Forest'), 'who is the harbour commissioner?', false)).toBeNull();
  });
});

/** Invented: a person named after the title the question asks about. */
const PIER_BODY =
  'Harbour Commissioner Ada Vell opened the rebuilt pier on Tuesday. The pier had been closed for two winters after a storm. ' +
  'Port Commissioner Tam Rusk said the city would pay. Walkers found the fox cubs in Ostwick Forest last week.';

const story = oneArticleStory('pier', 'Pier', PIER_BODY);

describe('a name the question names in part', () => {
  it('answers with the part the question does not name', () => {
    // The tagged name and the run of proper nouns alike hold the title the question names.
    const { answer } = traceAnswer(story, 'Who was the port commissioner when the pier reopened?', { command: 'ask', limit: 1 });
    expect(answer.answer?.text).toBe('Tam Rusk');
    const other = traceAnswer(story, 'Who opened the pier as harbour commissioner?', { command: 'ask', limit: 1 });
    expect(other.answer.answer?.text).toBe('Ada Vell');
  });
});

describe('a name ending in the noun the question names its answer by', () => {
  it('is shown with that noun, as a reader writes the answer', () => {
    const { short } = traceAnswer(story, 'Which forest did the walkers find the fox cubs in?', { command: 'ask', limit: 1 });
    expect(short?.text).toBe('Ostwick Forest');
  });
});

describe('restShown', () => {
  const whole = { text: 'Tolly Gorge', start: 10, end: 21 };
  const rest = { text: 'Gorge', start: 16, end: 21 };

  it('shows the whole name whose unnamed part is one common noun, whatever the question word', () => {
    expect(restShown(whole, rest, { text: 'where does the tolly flow?' })).toEqual({ shown: { start: 10, end: 21 } });
    expect(restShown(whole, rest, { text: 'what does the tolly flow through?' })).toEqual({ shown: { start: 10, end: 21 } });
  });

  it('shows the whole name whose last word, cut off, the question writes in small letters', () => {
    const cable = { text: 'Tarn Valley Cable', start: 0, end: 17 };
    const part = { text: 'Tarn Valley', start: 0, end: 11 };
    const written = 'What cable company cut the line?';
    expect(restShown(cable, part, { text: written.toLowerCase(), written })).toEqual({ shown: { start: 0, end: 17 } });
    // Written with its capital, the word is the name the question writes: the part alone is shown.
    const named = 'What did Cable say about the line?';
    expect(restShown(cable, part, { text: named.toLowerCase(), written: named })).toEqual({});
  });

  it('shows the part alone where it is no common noun', () => {
    const town = { text: 'Tolly Velmarsk', start: 0, end: 14 };
    expect(restShown(town, { text: 'Velmarsk', start: 6, end: 14 }, { text: 'where is the tolly?' })).toEqual({});
  });

  it('shows a thing’s noun the question asks by before the part: the noun opens the name', () => {
    const fort = { text: 'Fort Mirela', start: 0, end: 11 };
    const part = { text: 'Mirela', start: 5, end: 11 };
    expect(restShown(fort, part, { text: 'which fort was rebuilt?', focus: 'fort' })).toEqual({ shown: { start: 0, end: 11 } });
    // A person's noun before a name is a title: the person is the name alone.
    const warden = { text: 'Warden Mirela Osk', start: 0, end: 17 };
    const person = { text: 'Mirela Osk', start: 7, end: 17 };
    expect(restShown(warden, person, { text: 'which warden resigned?', focus: 'warden' })).toEqual({});
  });
});

describe('a where-question naming all of a place but its noun', () => {
  it('is answered by the whole name, not the noun', () => {
    const gorge = oneArticleStory(
      'gorge',
      'Gorge',
      'Between Orsk and Velden, the Tolly flows through the Tolly Gorge, a deep cut in the hills.',
    );
    expect(askShort(gorge)('Where does the Tolly flow between Orsk and Velden?')).toBe('Tolly Gorge');
  });
});
