import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { buildStory } from '../../src/story/buildStory.js';
import { capitalisedSpellings, mayOpenRun, spellsAbbreviation, spellsOut } from '../../src/answer/acronym.js';

// An invented railway story that writes its abbreviations beside their words, and one without brackets.
const story = buildStory(
  [
    {
      id: 'rail',
      title: 'Valley line',
      titleGiven: true,
      file: 'rail.md',
      published: '2031-03-02',
      body:
        'The Alder Bay Railway (ABR) reopened its northern line on Monday. Trains were run by the Guild of Valley Drivers, known as GVD, and a quiet car was sold by ABR for the first time.\n\n' +
        'Passengers praised the new timetable.',
    },
  ],
  'acronym-fixture',
);

describe('acronymAnswer', () => {
  it('answers what an abbreviation stands for with the words that spell it', () => {
    expect(answerQuestion(story, 'What does ABR stand for?').answer?.text).toBe('Alder Bay Railway');
    expect(answerQuestion(story, 'What is ABR short for?').answer?.text).toBe('Alder Bay Railway');
    // Function words may be kept in the spelling ("Guild of Valley Drivers" for GVD).
    expect(answerQuestion(story, 'What does the acronym GVD stand for?').answer?.text).toBe('Guild of Valley Drivers');
  });
  it('leaves other questions alone', () => {
    expect(answerQuestion(story, 'When did the ABR reopen its northern line?').answer?.text ?? '').not.toContain('Alder Bay Railway');
  });
});

describe('spellsAbbreviation', () => {
  it('tells capitalised words whose initials spell the letters, function words kept or skipped', () => {
    expect(spellsAbbreviation('Northern Rail League', ['nrl'])).toBe(true);
    expect(spellsAbbreviation('the Guild of the Rivers', ['gotr'])).toBe(true);
    expect(spellsAbbreviation('Festival of Arts', ['fa'])).toBe(true);
    expect(spellsAbbreviation('northern rail league', ['nrl'])).toBe(false);
    expect(spellsAbbreviation('Northern Rail League office', ['nrl'])).toBe(false);
    expect(spellsAbbreviation('Nell', ['n'])).toBe(false);
    expect(spellsAbbreviation('Northern Rail League', ['cup', 'nrl'])).toBe(true);
  });
});

describe('capitalisedSpellings', () => {
  it('finds the capitalised words whose initials spell the letters', () => {
    expect(capitalisedSpellings('The order came from Harbour Master Nils Orte.', 'hm')).toEqual(['Harbour Master']);
  });
  it('lets a function word stand inside the run', () => {
    expect(capitalisedSpellings('She joined the Guild of Lamp Makers in May.', 'glm')).toEqual(['Guild of Lamp Makers']);
  });
  it('takes no run of lower-case words', () => {
    expect(capitalisedSpellings('The harbour master left early.', 'hm')).toEqual([]);
  });
});

describe('mayOpenRun', () => {
  it('passes over a text whose capital heads only function words', () => {
    expect(mayOpenRun('The ferry left at dawn.', 'T')).toBe(false);
    expect(mayOpenRun('In spring, in the bay.', 'I')).toBe(false);
    expect(mayOpenRun('no capital here', 'T')).toBe(false);
  });
  it('keeps a text where another word opens with the capital, whatever follows it', () => {
    expect(mayOpenRun('The ferry left Tarn Quay.', 'T')).toBe(true);
    expect(mayOpenRun('The Tóra sailed.', 'T')).toBe(true);
    expect(mayOpenRun('They sailed.', 'T')).toBe(true);
    expect(mayOpenRun('The T-boat sailed.', 'T')).toBe(true);
  });
  it('reads a text writing a capital that lowers to another letter as before: by whether it writes the capital', () => {
    expect(mayOpenRun('In \u0130zmir Bay.', 'I')).toBe(true);
    expect(capitalisedSpellings('In \u0130zmir Bay.', 'ib')).toEqual(['\u0130zmir Bay']);
  });
  it('never passes over a text capitalisedSpellings finds a run in', () => {
    const texts = ['The Alder Bay Railway opened.', 'At the Board of Harbour Traffic.', 'The Tarn Quay Office said.', 'To The Ferry Line.'];
    for (const text of texts)
      for (const letters of ['abr', 'bht', 'tqo', 'fl', 'tfl'])
        if (capitalisedSpellings(text, letters).length > 0) expect(mayOpenRun(text, letters[0]!.toUpperCase())).toBe(true);
  });
});

describe('spellsOut', () => {
  it('reads each abbreviation by its own patterns, kept per abbreviation as written', () => {
    const text = 'the alder bay railway (A.B.R.) opened.';
    expect(spellsOut(text, 'A.B.R.')).toBe(true);
    // The same letters written another way: not beside the lower-case run, nor written in the sentence.
    expect(spellsOut(text, 'ABR')).toBe(false);
    expect(spellsOut(text, 'A.B.R.')).toBe(true);
  });
});
