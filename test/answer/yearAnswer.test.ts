import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { isYear } from '../../src/answer/mentions.js';
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

describe('a year modifying a noun, and a day read apart from its year', () => {
  it('reads four digits between a possessive and a singular noun as a year, not before a plural noun it counts', () => {
    const story = storyOf("Orla Tellin's 1538 hymnic edition was printed at Fort Mirela. The guild's 1500 weavers struck.");
    const [first, second] = story.sentences;
    const at = (s: typeof first, text: string) => s!.entities.find((e) => e.text === text)!;
    expect(isYear(first!, at(first, '1538'))).toBe(true);
    expect(isYear(second!, at(second, '1500'))).toBe(false);
  });
  it('answers a when-question with the year of "its 1977 merger"', () => {
    const story = storyOf('The Velmian college became coeducational after its 1977 merger with the Orrin school.');
    expect(answerQuestion(story, 'When did the Velmian college become coeducational?').answer?.text).toBe('1977');
  });
  it('joins a day of a month to the year the tagger read apart from it', () => {
    const story = storyOf('The wedding of Orla Tellin was held on 12 May 1191 at the chapel of Fort Mirela.');
    expect(answerQuestion(story, 'On what date was the wedding of Orla Tellin held?').answer?.text).toBe('12 May 1191');
  });
});
