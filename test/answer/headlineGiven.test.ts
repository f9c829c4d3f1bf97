import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { headlineCoverage } from '../../src/answer/headlineGiven.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';

// An invented report whose sentences never repeat their headline's words.
const body =
  'The opening ceremony drew a crowd of forty thousand to the harbour stadium. ' +
  'Orla Tellin sang the anthem before the first whistle, and Bram Kessick led the choir. ' +
  'Rain delayed the second half by twenty minutes.';
const asked = termsOf('sang the anthem at the Velmian Shield');
const story = (titleGiven: boolean) =>
  buildStory([{ id: 'cup', title: 'Velmian Shield final', titleGiven, file: 'cup.md', body }], `headline-${titleGiven}`);

describe('headlineCoverage', () => {
  it("reads the headline's words as given in a sentence that holds the question's other words", () => {
    const s = story(true);
    const anthem = s.sentences.find((x) => x.text.startsWith('Orla'))!;
    expect(headlineCoverage(s, asked, anthem)).toBe(1);
  });
  it('lends nothing to a sentence holding too little of the rest of the question, or under a made-up label', () => {
    const s = story(true);
    const rain = s.sentences.find((x) => x.text.startsWith('Rain'))!;
    expect(headlineCoverage(s, asked, rain)).toBeUndefined();
    const anthem = story(false).sentences.find((x) => x.text.startsWith('Orla'))!;
    expect(headlineCoverage(story(false), asked, anthem)).toBeUndefined();
  });
  it('answers a who-question whose topic only the headline writes', () => {
    const question = 'Who sang the anthem at the Velmian Shield final?';
    expect(answerQuestion(story(true), question).answer?.text).toBe('Orla Tellin');
    expect(answerQuestion(story(false), question).covered).toBe(false);
  });
});
