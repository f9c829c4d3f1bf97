import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { questionEcho } from '../../src/answer/questionEcho.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: a hill town and what its farmers earn. */
const story = oneArticleStory(
  'valley',
  'Valley',
  'Pellridge is a small hill town. In 2003, 8.5% of the farmers of Pellridge earned less than $3 a day.',
);

describe('questionEcho', () => {
  it('tells a candidate made only of the question’s words, as written or by their index terms', () => {
    const echoes = questionEcho('What did Ada Vell mistakenly believe half-moons were?');
    expect(echoes('half-moons')).toBe(true);
    expect(echoes('Ada Vell')).toBe(true);
    expect(echoes('cold sparks')).toBe(false);
    expect(echoes('half-moons of frost')).toBe(false);
    expect(echoes('about the half-moons')).toBe(true);
    expect(echoes('such')).toBe(false);
    expect(questionEcho('Which other towns were mentioned?')('other')).toBe(true);
  });
  it('reads a decade written with an apostrophe as the decade its plural spells', () => {
    const echoes = questionEcho("Which mill of the 1870's burned first?");
    expect(echoes('1870s')).toBe(true);
    expect(echoes('1878')).toBe(false);
  });
  it('tells the words an abbreviation of the question spells, unless the question asks what it stands for', () => {
    expect(questionEcho('which nrl club won the cup?')('Northern Rail League')).toBe(true);
    expect(questionEcho('which nrl club won the cup?')('the Northern Rail League')).toBe(true);
    expect(questionEcho('which nrl club won the cup?')('northern rail league')).toBe(false);
    expect(questionEcho('which nrl club won the cup?')('Pellridge Rovers')).toBe(false);
    expect(questionEcho('what does nrl stand for?')('Northern Rail League')).toBe(false);
    expect(questionEcho("what is the nrl's full name?")('Northern Rail League')).toBe(false);
  });
  it('reads a candidate the same way whether it is ASCII or not: by case-folded runs of letters and digits', () => {
    const echoes = questionEcho('Where did Ada Vell and Tómas sail in 1902?');
    expect(echoes('ADA VELL')).toBe(true);
    expect(echoes('1902, Ada-Vell')).toBe(true);
    expect(echoes('Tómas Vell')).toBe(true);
    expect(echoes('Ada Tómasson')).toBe(false);
    expect(echoes('Ada Dunmore')).toBe(false);
    expect(echoes('...')).toBe(false);
    expect(echoes('in the')).toBe(false);
    expect(questionEcho('Which of the towns?')('of the')).toBe(true);
  });
  it('never flags a candidate of a question that offers a choice', () => {
    expect(questionEcho('Did Ada Vell live in Pellridge or Dunmore?')('Pellridge')).toBe(false);
  });
});

/** An invented story: a club of a league written out and abbreviated. */
const league = oneArticleStory(
  'rail',
  'Rail',
  'The Pellridge Rovers, a club of the Northern Rail League (NRL), won the cup in 2003. They beat the Dunmore Harriers in the final.',
);

describe('a candidate that only repeats the question', () => {
  it('is passed over when it spells out the question’s abbreviation', () => {
    expect(answerQuestion(league, 'Which NRL club won the cup in 2003?').answer?.text).toBe('Pellridge Rovers');
    expect(answerQuestion(league, 'What does NRL stand for?').answer?.text).toBe('Northern Rail League');
  });
  it('is passed over for one the question does not name', () => {
    expect(answerQuestion(story, 'How much did 8.5% of the farmers earn a day?').answer?.text).toBe('less than $3');
  });
});
