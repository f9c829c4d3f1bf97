import { describe, expect, it } from 'vitest';
import { answerQuestion, traceAnswer } from '../../src/answer/answerQuestion.js';
import { noMarginRival } from '../../src/answer/extractAnswer.js';
import { spelledAsPerson } from '../../src/answer/mentions.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/**
 * Invented: two passes, and a second sentence whose "at" places one receiver — the names stage types "Ivo Brandt" a
 * place from it (one weak cue such as "to wide end" alone no longer outvotes a person's spelling there).
 */
const story = oneArticleStory(
  'kickoff',
  'Kickoff',
  'Velden opened the game, with Tam Ferrow throwing a long pass to wide end Ivo Brandt and a short one to receiver Nell Rand. Fans at Ivo Brandt cheered.',
);

describe('a name spelled as a person', () => {
  it('answers a who-question as a person even where the tagger typed it otherwise', () => {
    expect(answerQuestion(story, 'Who did Tam Ferrow throw a long pass to?').answer?.text).toBe('Ivo Brandt');
  });
  it('is a given name and a surname, not a place, a body or a word joined to a lower-case one', () => {
    expect(spelledAsPerson('Ivo Brandt')).toBe(true);
    expect(spelledAsPerson('Ivo J. Brandt')).toBe(true);
    expect(spelledAsPerson('Ivo')).toBe(false);
    expect(spelledAsPerson('Ivo Street')).toBe(false);
    expect(spelledAsPerson('Royal Marines')).toBe(false);
    expect(spelledAsPerson('Ivo Brandt-designed')).toBe(false);
  });
  it("is no rival in another answer's margin: the confidence was fitted without such typed rivals", () => {
    // "Ivo Brandt", typed a person by its spelling alone, stands beside the answer: counted, it took a third of the margin
    // (0.55 → 0.38).
    const short = traceAnswer(story, 'Who threw a long pass?').short;
    expect(short?.text).toBe('Tam Ferrow');
    expect(short?.evidence.margin).toBeGreaterThan(0.5);
    expect(noMarginRival({ type: 'PERSON', text: 'Ivo Brandt', start: 0, end: 10, run: true })).toBe(true);
    expect(noMarginRival({ type: 'PERSON', text: 'Ivo Brandt', start: 0, end: 10 })).toBe(false);
    expect(noMarginRival({ type: 'PHRASE', text: 'Ivo Brandt', start: 0, end: 10, run: true })).toBe(false);
  });
});
