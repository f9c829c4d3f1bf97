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
