import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { type FullQuery, nameRuns } from '../../src/answer/mentions.js';
import { unnamedPart } from '../../src/answer/unnamedPart.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story of one sentence after an opening one. */
function story(sentence: string) {
  return oneArticleStory('numbered', 'Numbered', `The harbour board met on the quay. ${sentence}`);
}

/** The name runs a what-question reads in the story's second sentence. */
function runs(sentence: string): string[] {
  const s = story(sentence);
  const query: FullQuery = { terms: [], kind: 'other', text: 'what', types: [], fallback: [], role: 'any', counted: [] };
  return nameRuns(s, s.sentences[1]!, query).map((r) => r.text);
}

describe('a name with its number', () => {
  it('keeps a bare figure after a name run', () => {
    expect(runs('The crew of Velden 8 landed on the far shore in the spring.')).toContain('Velden 8');
    expect(runs('The harbour dues are set out in Annex 7 of the Tarnby Charter.')).toContain('Annex 7');
    expect(runs('The barges moor beside Orsk Route 46 Freeway at night.')).toContain('Orsk Route 46 Freeway');
  });
  it('leaves out a year, a count of the noun after it and a figure joined to another', () => {
    expect(runs('The mayor closed Velden 2024 budget talks early.')).toContain('Velden');
    expect(runs('Ivo Brandt lives by the Tarn 3 miles away from the mill.')).toContain('Tarn');
    expect(runs('In Velden 300 people marched on the mill.')).toContain('Velden');
    expect(runs('The sermon read Orsk 8:9 aloud to the crowd.')).not.toContain('Orsk 8');
    expect(runs('Ivo Brandt 34-yard kicks won the cup for Velden.')).toContain('Ivo Brandt');
    expect(runs('Ivo Brandt 3, Tam Rusk 1 was the final tally.')).toContain('Ivo Brandt');
  });
  it('answers with the whole numbered name where the tagger typed the name alone', () => {
    expect(
      answerQuestion(story('The harbour dues are set out in Annex 7 of the Tarnby Charter.'), 'Where are the harbour dues set out?').answer
        ?.text,
    ).toBe('Annex 7');
    expect(
      answerQuestion(
        story('The old coast road is now Harbour Route 46, which runs from Tarnby to the ferry pier at Orsk.'),
        'What route runs from Tarnby to the ferry pier?',
      ).answer?.text,
    ).toBe('Harbour Route 46');
  });
});

describe('the part of a numbered name a question leaves unnamed', () => {
  it('is the whole name where the question names the kind of thing before the number', () => {
    const span = { text: 'Harbour Route 46', start: 4, end: 20 };
    expect(unnamedPart(span, 'What route runs to the ferry pier?', false)).toEqual(span);
  });
  it('is none where the question holds the number too', () => {
    expect(unnamedPart({ text: 'Harbour Route 46', start: 4, end: 20 }, 'What does Route 46 link?', false)).toBeNull();
  });
});
