import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { headlineCoverage } from '../../src/answer/headlineGiven.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';

// An invented report whose sentences never repeat their headline's words.
const body =
  'The ceremony drew four thousand people to the river bank. ' +
  'Orla Tellin cut the ribbon before noon, and Bram Kessick led the brass band. ' +
  'Rain delayed the parade by twenty minutes.';
const asked = termsOf('cut the ribbon at the Orsk bridge reopening');
const story = (titleGiven: boolean) =>
  buildStory([{ id: 'cup', title: 'Orsk bridge reopening', titleGiven, file: 'cup.md', body }], `headline-${titleGiven}`);

describe('headlineCoverage', () => {
  it("reads the headline's words as given in a sentence that holds the question's other words", () => {
    const s = story(true);
    const ribbon = s.sentences.find((x) => x.text.startsWith('Orla'))!;
    expect(headlineCoverage(s, asked, ribbon)).toBe(1);
  });
  it('lends nothing to a sentence holding too little of the rest of the question, or under a made-up label', () => {
    const s = story(true);
    const rain = s.sentences.find((x) => x.text.startsWith('Rain'))!;
    expect(headlineCoverage(s, asked, rain)).toBeUndefined();
    const ribbon = story(false).sentences.find((x) => x.text.startsWith('Orla'))!;
    expect(headlineCoverage(story(false), asked, ribbon)).toBeUndefined();
  });
  it('answers a who-question whose topic only the headline writes', () => {
    const question = 'Who cut the ribbon at the Orsk bridge reopening?';
    expect(answerQuestion(story(true), question).answer?.text).toBe('Orla Tellin');
    expect(answerQuestion(story(false), question).covered).toBe(false);
  });
});
