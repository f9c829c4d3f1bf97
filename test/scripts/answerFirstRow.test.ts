import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { buildStory } from '../../src/story/buildStory.js';
import { moveEvidence } from '../../scripts/answerFirstRow.js';

/** An invented ferry story told by two articles: the year it first sailed is written in both. */
const story = buildStory(
  [
    {
      id: 'crossing',
      title: 'Ferry crossing',
      titleGiven: true,
      file: 'crossing.md',
      body: 'The Vantor ferry crossed the Lune strait in record time on Friday. Captain Ilsa Brand said the crossing took three hours. The Vantor ferry first sailed in 1987 from Oskby.',
    },
    {
      id: 'history',
      title: 'Ferry history',
      titleGiven: true,
      file: 'history.md',
      body: 'Built at the Oskby yard, the Vantor ferry first sailed in 1987.',
    },
  ],
  'answer-first-row-fixture',
);

describe("the answer-first study's move evidence", () => {
  const question = 'When did the Vantor ferry first sail?';
  const trace = traceAnswer(story, question, { command: 'ask', limit: 3 });
  const row = moveEvidence(story, question, trace)!;

  it("reads the question's subject in the first excerpt and in the answer's", () => {
    expect(trace.short?.text).toBe('1987');
    expect(row.subject).toBe(1);
    expect(row.subjectTop).toBe(1);
    expect(row.subjectAnswer).toBe(1);
  });
  it('counts the excerpts and articles that write the answer, and the question words beside it', () => {
    // The two articles' sentences are one excerpt (the second corroborates the first): one excerpt, two articles.
    expect(row.repeats).toBe(1);
    expect(row.repeatArticles).toBe(2);
    expect(row.topWrites).toBe(true);
    // "first sailed in 1987": the question's "first" and "sail" stand within three tokens of the answer.
    expect(row.beside).toBe(2);
  });
  it("reads the question's verb in the first excerpt and the answer's", () => {
    const crossed = 'When did the Vantor ferry cross the Lune strait?';
    const verbs = moveEvidence(story, crossed, traceAnswer(story, crossed, { command: 'ask', limit: 3 }))!;
    expect(verbs.questionVerbs).toBe(1);
    expect(verbs.verbTop).toBe(true);
    expect(verbs.verbAnswer).toBe(true);
    // "sail" in the first question is read as a noun: no verb to find.
    expect(row.questionVerbs).toBe(0);
  });
  it("carries the engine's own judgement of the move", () => {
    expect(row.leads).toBe(trace.leads());
  });
});
