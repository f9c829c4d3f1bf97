import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { spokenForm } from '../../src/answer/spokenForm.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The form one invented sentence gives a name a how-question asks how to say or spell. */
function form(text: string, question: string): string | undefined {
  const story = oneArticleStory('form', 'Form', text);
  return spokenForm(story.sentences[0]!, question)?.text;
}

describe('spokenForm', () => {
  it('gives the bracket written right after the name', () => {
    expect(form('Orsk (/ɔːrsk/ ORSK), the seat of Orsk County, is a river town.', 'How do you pronounce Orsk?')).toBe('/ɔːrsk/ ORSK');
    expect(form('Orsk (/ɔːrsk/ ORSK) is a river town.', 'how is orsk pronounced?')).toBe('/ɔːrsk/ ORSK');
  });

  it('gives the value after the label the question names', () => {
    expect(
      form('The town is spelled in many ways, such as Velmian: Orsca, Tarnish: Orrsk, and others.', 'How is Orsk spelled in Tarnish?'),
    ).toBe('Orrsk');
  });

  it("gives the label's value after the name asked, where several names each have one, the label in lower case", () => {
    const s = 'Harbour signs give both towns in two scripts: Orsk, with romaji: Oruska, and further down Tellin, with romaji: Teriin.';
    expect(form(s, 'How is Tellin written in romaji?')).toBe('Teriin');
    expect(form(s, 'How is Orsk written in romaji?')).toBe('Oruska');
  });

  it('gives nothing for a question asking no form, or a bracket after another word', () => {
    expect(form('Orsk (/ɔːrsk/ ORSK) is a river town.', 'How big is Orsk?')).toBeUndefined();
    expect(form('The river town (founded 1702) is Orsk.', 'How do you pronounce Orsk?')).toBeUndefined();
  });
});

const orsk = oneArticleStory(
  'orsk',
  'Orsk',
  'Orsk (/ɔːrsk/ ORSK), the seat of Orsk County, is a river town in Velden. Its ferry crosses twice a day.',
);

describe('a how-question asking how a name is said', () => {
  it('is answered with the pronunciation the story writes after it', () => {
    expect(answerQuestion(orsk, 'How do you pronounce Orsk?').answer?.text).toBe('/ɔːrsk/ ORSK');
  });
});

describe('a how-question asking how a name is written in a script', () => {
  it('reads the names asked as the question writes them, capitalised', () => {
    const signs = oneArticleStory(
      'signs',
      'Signs',
      'Harbour signs give both towns in two scripts: Orsk, with romaji: Oruska, and further down Tellin, with romaji: Teriin.',
    );
    expect(answerQuestion(signs, 'How is Tellin written in romaji?').answer?.text).toBe('Teriin');
  });
});
