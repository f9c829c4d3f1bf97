import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { eraDate, isYear, withDateSuffix } from '../../src/answer/mentions.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const storyOf = (body: string) => oneArticleStory('one', 'One', body);

describe('a bare number read as a year', () => {
  it('answers a when-question with the year of "built in 1130", which the tagger leaves a number', () => {
    const story = storyOf('The stone mill at Orrin was built in 1130 by the abbots of the valley.');
    expect(answerQuestion(story, 'When was the stone mill at Orrin built?').answer?.text).toBe('1130');
  });
  it('takes three or four digits after a preposition of time, not a count of the noun after it', () => {
    const story = storyOf('Work began in 911 on a wall. The town grew to hold 1200 people in 1200 houses.');
    const [first, second] = story.sentences;
    const at = (s: typeof first, text: string) => s!.entities.find((e) => e.text === text)!;
    expect(isYear(first!, at(first, '911'))).toBe(true);
    expect(isYear(second!, at(second, '1200'))).toBe(false);
  });
});

describe('a year named by "the year" or after a name and "of"', () => {
  it('reads the figure after "year" as a year ("in the year 1874")', () => {
    const story = storyOf('In the year 1874 two harbour charters were signed at Fort Mirela. Both were asked for by the guilds.');
    expect(answerQuestion(story, 'When was the harbour charter signed?').answer?.text).toBe('1874');
  });
  it('reads four digits after a name and "of" as a year ("the Velmian Ferry Act of 1903"), not a count after a common noun', () => {
    const story = storyOf('The Velmian Ferry Act of 1903 recognises two kinds of ferries. A crowd of 1903 met at Orrin.');
    const [first, second] = story.sentences;
    const at = (s: typeof first, text: string) => s!.entities.find((e) => e.text === text)!;
    expect(isYear(first!, at(first, '1903'))).toBe(true);
    expect(isYear(second!, at(second, '1903'))).toBe(false);
    expect(answerQuestion(story, 'In what year was the Velmian Ferry Act passed?').answer?.text).toBe('1903');
  });
});

describe('a year modifying a noun, and a day read apart from its year', () => {
  it('reads four digits between a possessive and a singular noun as a year, not before a plural noun it counts', () => {
    const story = storyOf("Orla Tellin's 1604 harbour ledger was bound at Fort Mirela. The guild's 1500 weavers struck.");
    const [first, second] = story.sentences;
    const at = (s: typeof first, text: string) => s!.entities.find((e) => e.text === text)!;
    expect(isYear(first!, at(first, '1604'))).toBe(true);
    expect(isYear(second!, at(second, '1500'))).toBe(false);
  });
  it('answers a when-question with the year of "its 1983 charter"', () => {
    const story = storyOf('The Velmian rowing club opened its doors to juniors under its 1983 charter with the Orrin guild.');
    expect(answerQuestion(story, 'When did the Velmian rowing club open its doors to juniors?').answer?.text).toBe('1983');
  });
  it('joins a day of a month to the year the tagger read apart from it', () => {
    const story = storyOf('The treaty of Fort Mirela was signed on 3 June 1173 in the tollhouse by the river.');
    expect(answerQuestion(story, 'On what date was the treaty of Fort Mirela signed?').answer?.text).toBe('3 June 1173');
  });
});

describe('a figure glued to letters, and the word after a date that finishes it', () => {
  it('reads no year in a figure written against a letter ("1440p"), but does in a decade ("1990s")', () => {
    const story = storyOf('The Velmian archive was scanned in 1440p for the screens. The Orrin mill was rebuilt in 1230 by the abbots.');
    const [first, second] = story.sentences;
    const at = (s: typeof first, text: string) => s!.entities.find((e) => e.text === text)!;
    expect(isYear(first!, at(first, '1440'))).toBe(false);
    expect(isYear(second!, at(second, '1230'))).toBe(true);
  });
  it('answers a year question with no figure glued to a letter', () => {
    const story = storyOf('The Velmian archive was scanned in 1440p for the screens of Fort Mirela.');
    expect(answerQuestion(story, 'In what year was the Velmian archive scanned?').answer?.text).not.toBe('1440p');
  });
  it('keeps the era word after a year or a century ("640 CE", "the 3rd century BCE", "7400 BP")', () => {
    expect(withDateSuffix('It fell in 420 BC.', { type: 'DATE', text: '420', start: 11, end: 14 }).text).toBe('420 BC');
    expect(withDateSuffix('Hunters came by 7400 BP here.', { type: 'DATE', text: '7400', start: 16, end: 20 }).text).toBe('7400 BP');
    expect(withDateSuffix('In 1994 BP paid.', { type: 'DATE', text: '1994', start: 3, end: 7 }).text).toBe('1994');
    const story = storyOf('The Velmian harbour wall at Orrin was first raised in the 3rd century BCE by the salt traders.');
    expect(answerQuestion(story, 'When was the Velmian harbour wall at Orrin first raised?').answer?.text).toBe('3rd century BCE');
  });
  it('keeps "Eve" or "Day" after a feast the tagger reads as the date ("Christmas Eve")', () => {
    const story = storyOf('The Orrin lantern parade was first held on Christmas Eve in the square of Fort Mirela.');
    expect(answerQuestion(story, 'When was the Orrin lantern parade first held?').answer?.text).toBe('Christmas Eve');
  });
});

describe('the part of a century written before it', () => {
  it('keeps "late" or "mid-" before a century, as the tagger keeps it before a year', () => {
    const text = 'The Orrin quilt dates from the late 12th century.';
    const start = text.indexOf('12th');
    expect(withDateSuffix(text, { type: 'DATE', text: '12th century', start, end: start + 12 }).text).toBe('late 12th century');
    const story = storyOf('The Velmian guild of weavers at Fort Mirela was founded in the mid-16th century by the salt traders.');
    expect(answerQuestion(story, 'When was the Velmian guild of weavers founded?').answer?.text).toBe('mid-16th century');
  });
});

describe('an era word written before the year', () => {
  it('reads "AD 83" and "A.D. 640" as dates with their era word, and "AD 200–1300" as a range where a range answers', () => {
    const text = 'It fell in AD 83.';
    expect(eraDate(text, { type: 'CARDINAL', text: '83', start: 14, end: 16 }, false)?.text).toBe('AD 83');
    expect(eraDate('Built in A.D. 640.', { type: 'CARDINAL', text: '640', start: 14, end: 17 }, false)?.text).toBe('A.D. 640');
    expect(eraDate('Laid from AD 200–1300, it grew.', { type: 'CARDINAL', text: '200', start: 13, end: 16 }, true)?.text).toBe(
      'AD 200–1300',
    );
    expect(eraDate('Laid from AD 200–1300, it grew.', { type: 'CARDINAL', text: '200', start: 13, end: 16 }, false)?.text).toBe('AD 200');
    expect(eraDate('The LEAD 83 cable.', { type: 'CARDINAL', text: '70', start: 9, end: 11 }, false)).toBeNull();
  });
  it('answers a when-question with "AD 83", not refusing a figure the tagger read as a number', () => {
    const story = storyOf('The Velmian harbour wall at Orrin was first raised in AD 83 by the salt traders.');
    expect(answerQuestion(story, 'When was the Velmian harbour wall at Orrin first raised?').answer?.text).toBe('AD 83');
  });
  it('answers a period question with the whole range "AD 200–1300"', () => {
    const story = storyOf('Shell rings dating from AD 200–1300 were dug up by the quarrymen at Orrin last spring.');
    expect(answerQuestion(story, 'What period do the shell rings at Orrin date to?').answer?.text).toBe('AD 200–1300');
  });
  it('reads a range the tagger took for one number as a date with its era word, before it or after it', () => {
    expect(eraDate('It grew AD 300–900.', { type: 'CARDINAL', text: '300–900', start: 11, end: 18 }, true)?.text).toBe('AD 300–900');
    expect(eraDate('It grew AD 300–900.', { type: 'CARDINAL', text: '300–900', start: 11, end: 18 }, false)).toBeNull();
    expect(eraDate('It grew 300–900 AD.', { type: 'CARDINAL', text: '300', start: 8, end: 11 }, true)?.text).toBe('300–900 AD');
    expect(eraDate('It fell 900–300 BC.', { type: 'CARDINAL', text: '900', start: 8, end: 11 }, true)?.text).toBe('900–300 BC');
    // A range must run the era's way: years after Christ rise, years before him fall.
    expect(eraDate('It fell 300–900 BC.', { type: 'CARDINAL', text: '300', start: 8, end: 11 }, true)).toBeNull();
    expect(eraDate('Pages 300–900 were lost.', { type: 'CARDINAL', text: '300–900', start: 6, end: 13 }, true)).toBeNull();
  });
  it('answers a period question with a range of two bare figures and an era word', () => {
    const before = storyOf('The Velmian kingdom flourished in the Velmian era, AD 300–900, when its ports grew.');
    expect(answerQuestion(before, 'What period did the Velmian kingdom flourish?').answer?.text).toBe('AD 300–900');
    const after = storyOf('The Orlan league of salt towns flourished 300–900 AD along the Tarn coast.');
    expect(answerQuestion(after, 'When did the Orlan league flourish?').answer?.text).toBe('300–900 AD');
  });
});

describe("a range of years bracketed after a person's name", () => {
  const body = 'The Velmian league was founded under its long-time chancellor, Orla Tellin (1702–64), after the war with Fort Mirela.';
  it('is no date for a question about something else', () => {
    expect(answerQuestion(storyOf(body), 'When was the Velmian league founded?').answer?.text).not.toBe('1702–64');
  });
  it('still answers a question naming the person', () => {
    expect(answerQuestion(storyOf(body), 'When did Tellin serve as chancellor?').answer?.text).toBe('1702–64');
  });
});

describe('the half of a range of years a one-year question asks', () => {
  it('answers "What year … born/birth" with the first year of "Mirren Tellin (1160–1219)", not the last the tagger typed a date', () => {
    const story = storyOf('The guild hired a young pilot, Mirren Tellin (1160–1219), for the harbour.');
    expect(answerQuestion(story, 'In what year was Mirren Tellin born?').answer?.text).toBe('1160');
  });
});
