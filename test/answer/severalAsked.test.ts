import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { asksSeveral } from '../../src/answer/askedNumber.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented regatta: two cities named as a list, and the town it was held in. */
const story = oneArticleStory(
  'regatta',
  'Regatta',
  'At the regatta, rowers from certain cities have won medals twice, as in Leeds and York, or have coached abroad. The regatta was held in Dunmere.',
);

describe('a question that asks for several things', () => {
  it('is answered with the list its best member stands in, though only the members are kinds of the noun asked by', () => {
    expect(answerQuestion(story, 'Which cities have rowers that won medals twice?').answer?.text).toBe('Leeds and York');
  });

  it('leaves one chosen among a number alone ("which of the two …")', () => {
    expect(answerQuestion(story, 'Which city of the two has rowers that won medals twice?').answer?.text).toBe('Leeds');
  });

  it('leaves a single thing asked for alone', () => {
    expect(answerQuestion(story, 'Which city has rowers that won medals twice?').answer?.text).toBe('Leeds');
  });
});

describe('a question that asks for several things no name gives', () => {
  const quarry = oneArticleStory(
    'quarry',
    'Quarry',
    'The old quarry at Tolvik still yields chalk, flint and clay for the builders of the valley.',
  );

  it('is answered with the list of noun phrases its best one stands in', () => {
    expect(answerQuestion(quarry, 'What are the three materials the old quarry still yields for builders?').answer?.text).toBe(
      'chalk, flint and clay',
    );
  });
});

describe('a count of things asked for written in digits', () => {
  const prize = oneArticleStory(
    'prize',
    'Prize',
    'The Halvard prize for river ecology was shared this year by Mara Lind and Tomas Brek. The jury met in Dornvale.',
  );

  it('asks for several things as the word does', () => {
    expect(answerQuestion(prize, 'Which 2 people shared the Halvard prize?').answer?.text).toBe('Mara Lind and Tomas Brek');
  });

  // A typed who-question may be answered by the list its best name stands in whatever it asks, so the count is read
  // where it is decided.
  it('is no count of things as the figure of a name', () => {
    expect(asksSeveral('which person shared the halvard 2 prize?', 'person')).toBe(false);
    expect(asksSeveral('which 2 people shared the halvard prize?', 'people')).toBe(true);
  });

  it('is no count of things before a unit of time', () => {
    expect(asksSeveral('which person shared the halvard prize after 2 years?', 'person')).toBe(false);
  });
});

describe('a list whose members share the head noun the question names', () => {
  const libraries = oneArticleStory(
    'libraries',
    'Libraries',
    'Boats came from the Harwick Library, Tolvane Library, and Ostmere Library last week. The harbour was quiet.',
  );

  it('is answered whole: the shared head noun names every member, not one other than the first', () => {
    expect(answerQuestion(libraries, 'Which libraries sent boats?').answer?.text).toBe(
      'Harwick Library, Tolvane Library, and Ostmere Library',
    );
  });
});

describe('a count that counts something else than what is asked', () => {
  const regatta = oneArticleStory(
    'regatta',
    'Regatta',
    'At the regatta, rowers from certain cities have won two medals, as in Leeds and York, or have coached abroad.',
  );

  it('asks for one thing, not the list its answer stands in', () => {
    expect(answerQuestion(regatta, 'Which city has rowers that won two medals?').answer?.text).toBe('Leeds');
    expect(answerQuestion(regatta, 'Which cities have rowers that won two medals?').answer?.text).toBe('Leeds and York');
  });
});
