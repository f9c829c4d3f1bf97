import { describe, expect, it } from 'vitest';
import { formUnanswered } from '../../src/answer/answerForm.js';
import { wordsSpell } from '../../src/answer/acronym.js';

describe('formUnanswered: a time of day', () => {
  it('holds when "at what time" is answered by a year or a decade', () => {
    expect(formUnanswered('At what time did the Orsk ferry leave the quay?', '1887')).toBe(true);
    expect(formUnanswered('What time does the Velden market open?', 'the late 1920s')).toBe(true);
    expect(formUnanswered('At what time did the Orsk ferry leave the quay?', '9 October 2006')).toBe(true);
  });
  it('does not hold for a clock time or a part of the day', () => {
    expect(formUnanswered('At what time did the Orsk ferry leave the quay?', '6:40 a.m.')).toBe(false);
    expect(formUnanswered('At what time did the Orsk ferry leave the quay?', '0700 GMT')).toBe(false);
    expect(formUnanswered('What time of day did the Orsk ferry leave?', 'dawn')).toBe(false);
  });
  it('does not hold for an answer that is no date', () => {
    expect(formUnanswered('At what time did the Orsk ferry leave the quay?', 'after the last concert')).toBe(false);
  });
  it('leaves a time asked as a span or a stage alone', () => {
    expect(formUnanswered('What time period did the Velmian era cover?', '1887')).toBe(false);
    expect(formUnanswered('At what time in her career did Orla Tellin row?', '1887')).toBe(false);
    expect(formUnanswered('During what time did the Velmian reed boats sail?', 'the 1540s')).toBe(false);
  });
});

describe('formUnanswered: a day', () => {
  it('holds when "on what date" or "on which day" is answered by a date coarser than a day', () => {
    expect(formUnanswered('On what date was the Tolly mill reopened?', '2005')).toBe(true);
    expect(formUnanswered('On which day did the Orsk ferry sink?', 'the 1990s')).toBe(true);
    expect(formUnanswered('On what date was the Tolly mill reopened?', 'June')).toBe(true);
    expect(formUnanswered('On what date was the Tolly mill reopened?', 'the twelfth century')).toBe(true);
  });
  it('does not hold for a date with its day or month, a weekday, or a day in figures', () => {
    expect(formUnanswered('On what date was the Tolly mill reopened?', '9 October 2006')).toBe(false);
    expect(formUnanswered('On what date was the Tolly mill reopened?', 'March 29, 1883')).toBe(false);
    expect(formUnanswered('On which day did the Orsk ferry sink?', 'Tuesday')).toBe(false);
    expect(formUnanswered('On what date was the Tolly mill reopened?', '12/05/2006')).toBe(false);
    expect(formUnanswered('What day of the week did the Orsk ferry sink?', '2005')).toBe(false);
    expect(formUnanswered('What day do the Velmian boats race on?', 'Reed Festival Day')).toBe(false);
    expect(formUnanswered('On what date was the Tolly mill reopened?', 'the 5th of May')).toBe(false);
  });
  it('leaves "what date" without "on" alone: it is often asked of a year', () => {
    expect(formUnanswered('What date did the Tolly mill reopen?', '1887')).toBe(false);
    expect(formUnanswered('The quay was rebuilt before which date?', '1887')).toBe(false);
  });
});

describe('formUnanswered: an era', () => {
  it('holds when an era or a period is answered by one day, a season or a year', () => {
    expect(formUnanswered("The crafts of what era did Orla Tellin's article describe?", '9 February 1901')).toBe(true);
    expect(formUnanswered('During which period did the Velmian reed boats sail?', 'summer')).toBe(true);
    expect(formUnanswered('During which period did the Velmian reed boats sail?', '1887')).toBe(true);
  });
  it('does not hold for a span or a named period', () => {
    expect(formUnanswered('During which period did the Velmian reed boats sail?', 'the late 1970s')).toBe(false);
    expect(formUnanswered('During which period did the Velmian reed boats sail?', 'the Velmian era')).toBe(false);
    expect(formUnanswered('During which period did the Velmian reed boats sail?', '1890 to 1914')).toBe(false);
  });
  it('leaves a period of the year alone', () => {
    expect(formUnanswered('What period of the year do the reed boats sail?', 'summer')).toBe(false);
  });
});

describe('formUnanswered: what an abbreviation stands for', () => {
  it('holds when the answer does not spell the abbreviation out', () => {
    expect(formUnanswered('What does ABR stand for?', 'Championship Game')).toBe(true);
    expect(formUnanswered('What is VHC short for?', 'the harbour board')).toBe(true);
  });
  it('does not hold for words whose initials spell it, in any case', () => {
    expect(formUnanswered('What does ABR stand for?', 'Alder Bay Railway')).toBe(false);
    expect(formUnanswered('What does ABR stand for?', 'the alder bay railway')).toBe(false);
    expect(formUnanswered('What does BHRT stand for?', 'Board of Harbour and River Traffic')).toBe(false);
  });
  it('does not hold for a question asking no form', () => {
    expect(formUnanswered('Who built the Tolly mill?', '1887')).toBe(false);
    expect(formUnanswered('When was the Tolly mill built?', '1887')).toBe(false);
  });
});

describe('wordsSpell', () => {
  it('finds a run of words spelling an abbreviation inside a longer answer', () => {
    expect(wordsSpell('the new Alder Bay Railway line', 'ABR')).toBe(true);
    expect(wordsSpell('the Festival of the Tides', 'FOTT')).toBe(true);
    expect(wordsSpell('Championship Game', 'ABR')).toBe(false);
  });
});
