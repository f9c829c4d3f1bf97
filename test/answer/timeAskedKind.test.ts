import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { questionFrame } from '../../src/answer/questionFrame.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const frameOf = (question: string) => questionFrame('ask', question);

describe('what/which questions asking for a time get the date or duration kind', () => {
  it('reads a which/what phrase after a preposition of time ("during", "since", "between", "until")', () => {
    expect(frameOf('During what period did the Tarrow mill thrive?')).toMatchObject({ kind: 'date', focus: 'period' });
    expect(frameOf('The Orsk ferry has sailed since which decade?')).toMatchObject({ kind: 'date', focus: 'decade' });
    expect(frameOf('The millers struck between what years?')).toMatchObject({ kind: 'date', focus: 'years' });
    expect(frameOf('Small ports waited until what decade to get a quay?')).toMatchObject({ kind: 'date', focus: 'decade' });
    // The phrase is read whatever its noun: an event is asked for by a phrase, not a date.
    expect(frameOf('After what storm did the Orsk ferry stop?')).toMatchObject({ kind: 'other', focus: 'storm' });
  });

  it('reads "time" as a point of time, and as a span after "longest"', () => {
    expect(frameOf('At what time did Ada Vell leave the mill?')).toMatchObject({ kind: 'date', focus: 'time' });
    expect(frameOf('What is the longest time a Tarrow permit is good for?')).toMatchObject({ kind: 'duration', focus: 'time' });
  });

  it('reads a measure of time as a span, and a compound noun of time as a date', () => {
    expect(frameOf('What amount of time did the Orsk repair take?')).toMatchObject({ kind: 'duration', focus: 'amount' });
    expect(frameOf('For what length of time did the strike last?')).toMatchObject({ kind: 'duration', focus: 'length' });
    expect(frameOf('What amount of grain did the Tarrow mill grind?').kind).toBe('number');
    expect(frameOf('In what time frame did the Tarrow mill run?')).toMatchObject({ kind: 'date', focus: 'frame' });
    // A figure WordNet files under time as well stays a figure.
    expect(frameOf('What is the growth rate of Orsk?').kind).toBe('number');
  });

  it('answers "between what years" and "during what period" with the dates, not a name of the sentence', () => {
    const strike = oneArticleStory(
      'a0',
      'Tarrow strike',
      'Tarrow millers struck against the Orsk guild between 1702 and 1709, until troops put the strike down.',
    );
    expect(answerQuestion(strike, 'The Orsk guild put down the strike between what years?').answer?.text).toMatch(/1702 and 1709/);
    const ferry = oneArticleStory(
      'a0',
      'Orsk ferry',
      'Ferry trade along the Orsk coast boomed between the 1880s and the great storm, when barges carried flour from Tarrow.',
    );
    expect(answerQuestion(ferry, 'During what period did ferry trade boom?').answer?.text).toMatch(/1880s/);
  });

  it('answers "during which period" with the name of the period when the excerpt dates nothing', () => {
    const story = oneArticleStory(
      'a0',
      'Orsk valley',
      'Ferns spread across the Orsk valley during the Varnian period, long before the Tarrow mill was built.',
    );
    expect(answerQuestion(story, 'During which period did ferns spread across the Orsk valley?').answer?.text).toMatch(/Varnian/);
  });
});
