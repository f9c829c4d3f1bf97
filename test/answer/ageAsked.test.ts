import { describe, expect, it } from 'vitest';
import { ageUnanswered, writesAge } from '../../src/answer/ageAsked.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('ageUnanswered', () => {
  it('holds for an age asked and answered by a figure that counts, seeds or measures something else', () => {
    expect(ageUnanswered('How old is Ivo Brandt?', 'CARDINAL', '1', '1 Ivo Brandt (Velden)')).toBe(true);
    expect(ageUnanswered('How old is Ada Vell?', 'CARDINAL', 'two', 'Ada Vell said the two crews had met.')).toBe(true);
    expect(ageUnanswered('What was the age of the pilot?', 'CARDINAL', '20', 'The pilot drew up a 20-point plan.')).toBe(true);
    expect(ageUnanswered('At what age did Ada Vell retire?', 'CARDINAL', '12', 'Ada Vell won 12 races.')).toBe(true);
  });
  it('does not hold for a figure written as an age', () => {
    expect(ageUnanswered('How old is Ivo Brandt?', 'CARDINAL', '34', 'The 34-year-old Brandt won.')).toBe(false);
    expect(ageUnanswered('How old was Ada Vell?', 'CARDINAL', 'six', 'She moved when she was six months old.')).toBe(false);
    expect(ageUnanswered('How old was Ada Vell?', 'CARDINAL', '43', 'At the age of 43, Ada Vell left Orsk.')).toBe(false);
    expect(ageUnanswered('How old was Ada Vell?', 'CARDINAL', '39', 'Ada Vell turned 39 that spring.')).toBe(false);
    expect(ageUnanswered('How old was Tam Orrin?', 'CARDINAL', '17', '(Ada Vell was 61, Tam Orrin was 17).')).toBe(false);
    expect(ageUnanswered('How old was the ferryman when he retired?', 'CARDINAL', '61', 'He retired at 61.')).toBe(false);
    expect(ageUnanswered('How old is Ivo Brandt?', 'CARDINAL', '61', 'Ivo Brandt, 61, said the mill would close.')).toBe(false);
    expect(ageUnanswered('How old are the Tolly fossils?', 'QUANTITY', '40 million', 'They are 40 million years old.')).toBe(false);
  });
  it('leaves dates, answers with no figure and questions asking no age alone', () => {
    expect(ageUnanswered('How old are the Tolly graves?', 'DATE', '1410', 'The graves date to 1410.')).toBe(false);
    expect(ageUnanswered('How old is Ivo Brandt?', 'PHRASE', 'a teenager', 'Ivo Brandt was a teenager then.')).toBe(false);
    expect(ageUnanswered('How many pupils under the age of 12 rowed?', 'CARDINAL', '40', 'Some 40 pupils rowed.')).toBe(false);
    expect(ageUnanswered('When did the age of sail end?', 'CARDINAL', '1900', 'It ended by 1900.')).toBe(false);
  });
});

describe('writesAge', () => {
  it('reads an age in figures or words, or a stage of life', () => {
    expect(writesAge('Ada Vell, a 47-year-old pilot, steered.')).toBe(true);
    expect(writesAge('He left Orsk at the age of nine.')).toBe(true);
    expect(writesAge('She was still a teenager.')).toBe(true);
    expect(writesAge('Brandt rowed 12 miles in four hours.')).toBe(false);
    expect(writesAge('The old mill shut in 1901.')).toBe(false);
  });
});

/** Invented: a draw's seeding table, the one place the seeded players' names stand beside a figure. */
const SEEDS = oneArticleStory(
  'draw',
  'Velden Open draw',
  'Ivo Brandt will face Dorn Vekla in the opening round of the Velden Open. ' +
    'Brandt has beaten Vekla in four of their five meetings. ' +
    'The seeds are listed below.\n\n1 Ivo Brandt (Orsk)\n\n2 Ada Vell (Tarnby)\n\n3 Dorn Vekla (Velden)',
);

describe('"How old is NAME?" of a story that never gives the age', () => {
  it('is not covered by the seed beside the name', () => {
    const answer = answerQuestion(SEEDS, 'How old is Ada Vell?');
    expect(answer.covered).toBe(false);
    expect(answer.answer).toBeNull();
  });
});
