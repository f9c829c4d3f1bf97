import { describe, expect, it } from 'vitest';
import { countedTerms } from '../../src/answer/answerQuestion.js';
import { heldWords } from '../../src/answer/heldWords.js';
import { buildStory } from '../../src/story/buildStory.js';

// An invented rowing story: two articles, the second opening with a sentence that names no crew.
const story = buildStory(
  [
    {
      id: 'regatta',
      title: 'Lake regatta',
      titleGiven: true,
      file: 'regatta.md',
      body: 'The Vennor crew won the lake regatta on Saturday. Their coach Ilsa Brandt praised the young rowers.',
    },
    {
      id: 'season',
      title: 'Season',
      titleGiven: true,
      file: 'season.md',
      body: 'Rain delayed several heats. The club bought a new boat in spring.',
    },
  ],
  'held-words-fixture',
);
const id = (text: string) => story.sentences.find((s) => s.text.startsWith(text))!.id;

describe('heldWords', () => {
  it("counts the question's words in the answer's sentence and the one before it in its article", () => {
    const held = heldWords(story, 'Who coached the Vennor crew at the regatta?', id('Their coach'));
    // "Vennor", "crew", "regatta" stand in the sentence before; "coached" in the answer's own.
    expect(held.answerHeld).toBeGreaterThan(0.9);
    expect(held.absent).toBe(0);
    expect(held.namesAbsent).toBe(0);
  });
  it("does not borrow the words of another article's sentence", () => {
    const held = heldWords(story, 'When did the club buy a boat after the regatta?', id('The club bought'));
    const across = heldWords(story, 'When did the Vennor crew win the regatta?', id('The club bought'));
    expect(held.answerHeld).toBeGreaterThan(0.5);
    expect(across.answerHeld).toBe(0);
  });
  it('shares out the words and names the story never writes', () => {
    const held = heldWords(story, 'Which prize did the Harlow crew win?', id('The Vennor crew'));
    expect(held.namesAbsent).toBe(1);
    expect(held.absent).toBeGreaterThan(0);
    expect(held.answerHeld).toBeLessThan(1);
  });
  it("counts the counted noun of a how-many question missing from the answer's sentence", () => {
    const boat = id('The club bought');
    // "boat" stands in the answer's sentence, "oar" does not; a how-much question's amount carries its unit.
    const held = (q: string) => heldWords(story, q, boat, countedTerms(q)).countedMissing;
    expect(held('How many boats did the club buy?')).toBe(0);
    expect(held('How many oars did the club buy?')).toBe(1);
    expect(held('How much money did the club spend?')).toBe(0);
    expect(heldWords(story, 'How many oars did the club buy?', boat).countedMissing).toBe(0);
  });
});
