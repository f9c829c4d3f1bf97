import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { Mention } from '../../src/answer/mentions.js';
import { absorbWholeName } from '../../src/answer/ofTheName.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented stories naming bodies whose names hold "of the" between capitalised words. */
const museum = oneArticleStory(
  'museum',
  'Museum',
  'Visitors crowded the galleries last spring. The exhibition was put on by the Museum of the Orrin Valley in 1991, its curator said.',
);
const order = oneArticleStory('order', 'Order', 'The Order of the Silver Oar met in Fort Mirela on a wet evening.');
const king = oneArticleStory('king', 'King', 'In 1802 Tam Rusk of the Velmian Guard sailed to Fort Mirela with two ships.');

describe('a name holding "of the" answered whole', () => {
  it('answers a who-question with the whole name where the tagger typed its head apart', () => {
    expect(answerQuestion(museum, 'Who put on the exhibition in 1991?').answer?.text).toBe('Museum of the Orrin Valley');
  });
  it('answers a who-question with the whole name where nothing in it was typed', () => {
    expect(answerQuestion(order, 'Who met in Fort Mirela?').answer?.text).toBe('Order of the Silver Oar');
  });
  it('offers no run through "of the" that holds a person: the body after it does not outrank the person', () => {
    expect(answerQuestion(king, 'Who sailed to Fort Mirela in 1802?').answer?.text).toBe('Tam Rusk');
  });
});

/** A mention of `text` at its place in `sentence`. */
function at(sentence: string, text: string, type: Mention['type']): Mention {
  const start = sentence.indexOf(text);
  return { type, text, start, end: start + text.length };
}

describe('absorbWholeName', () => {
  const s = 'Run by the Museum of the Orrin Valley and Ada Vell.';
  const run = { ...at(s, 'Museum of the Orrin Valley', 'PHRASE'), run: true };
  it('makes the typed parts one mention typed as the head, the others kept in order', () => {
    const out = [at(s, 'Museum', 'ORG'), at(s, 'Orrin Valley', 'PLACE'), at(s, 'Ada Vell', 'PERSON')];
    expect(absorbWholeName(out, 3, run)).toBe(2);
    expect(out.map((m) => `${m.type}:${m.text}`)).toEqual(['ORG:Museum of the Orrin Valley', 'PERSON:Ada Vell']);
  });
  it('leaves them where no typed name heads the run', () => {
    const out = [at(s, 'Orrin Valley', 'PLACE')];
    expect(absorbWholeName(out, 1, run)).toBe(1);
    expect(out[0]!.text).toBe('Orrin Valley');
  });
  it('leaves them where a person is among them', () => {
    const p = 'Tam Rusk of the Velmian Guard sailed.';
    const out = [at(p, 'Tam Rusk', 'PERSON'), at(p, 'Velmian Guard', 'ORG')];
    expect(absorbWholeName(out, 2, { ...at(p, 'Tam Rusk of the Velmian Guard', 'PHRASE'), run: true })).toBe(2);
    expect(out).toHaveLength(2);
  });
});
