import { describe, expect, it } from 'vitest';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import { buildTimeline } from '../../src/timeline/timeline.js';
import { article } from '../actors/fixtures.js';

/** Each dated entry of a one-sentence story (published Wednesday 14 May 2031), by its date, with its people. */
const actorsByDate = (sentence: string): Record<string, string[]> => {
  const list = [article('a', sentence, '2031-05-14')];
  return Object.fromEntries(buildTimeline(buildStory(list, corpusHash(list))).map((e) => [e.date, e.actors]));
};

describe('the people of an event are those who take part in it, not those named near it', () => {
  it('gives the speaker the day they spoke, and the people they speak of the date of what they say', () => {
    expect(actorsByDate('Minister Martin Holt told reporters on Monday that Clara Voss would resign next month.')).toEqual({
      '2031-05-12': ['Martin Holt'],
      '2031-06': ['Clara Voss'],
    });
  });

  it('leaves out the speaker of what someone else did', () => {
    expect(actorsByDate('Clara Voss said Martin Holt was arrested on Monday.')).toEqual({ '2031-05-12': ['Martin Holt'] });
    expect(actorsByDate('Martin Holt said Clara Voss had resigned on Friday.')).toEqual({ '2031-05-09': ['Clara Voss'] });
  });

  it('keeps the speaker when what is said is about "he" or "she"', () => {
    expect(actorsByDate('Martin Holt said he had resigned on Friday.')).toEqual({ '2031-05-09': ['Martin Holt'] });
  });

  it('keeps the person whose resignation is announced: an object, not a reported clause', () => {
    expect(actorsByDate('On Friday, Clara Voss announced the resignation of Martin Holt.')).toEqual({
      '2031-05-09': ['Clara Voss', 'Martin Holt'],
    });
  });

  it('gives a clause opening with "who" the person it is about', () => {
    expect(actorsByDate('Martin Holt, who defeated Clara Voss in 2029, was arrested on Monday.')).toEqual({
      '2029': ['Martin Holt', 'Clara Voss'],
      '2031-05-12': ['Martin Holt'],
    });
  });

  it('gives an opening participle phrase the subject after it', () => {
    expect(actorsByDate('Speaking beside Clara Voss on Monday, Martin Holt promised new elections.')).toEqual({
      '2031-05-12': ['Clara Voss', 'Martin Holt'],
    });
  });
});
