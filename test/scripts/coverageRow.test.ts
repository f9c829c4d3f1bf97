import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { coverageRow } from '../../scripts/coverageRow.js';
import { type GoldItem, textIsRight } from '../../scripts/storyEval.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const story = oneArticleStory(
  'ferry',
  'Harbour ferry',
  'The new harbour ferry was launched by Mara Delvin on Tuesday. It carries 240 passengers. The old ferry was sold to a museum.',
);

describe('coverageRow', () => {
  it("writes the coverage evidence of an answered question with the answer's sentence and type", () => {
    const trace = traceAnswer(story, 'Who launched the new harbour ferry?', { command: 'ask', limit: 3 });
    const row = coverageRow(story, trace);
    expect(row.coverage).toBe(trace.coverage?.coverage);
    expect(row.answered).toBe(true);
    expect(row.shortType).toBe('PERSON');
    expect(row.answerSentence).toBe('The new harbour ferry was launched by Mara Delvin on Tuesday.');
    expect(row.storySentences).toBe(story.sentences.length);
    expect(typeof row.aroundHeld).toBe('number');
    expect((row.rankedScore as number[]).length).toBeGreaterThan(0);
  });
});

describe('textIsRight', () => {
  const item: GoldItem = {
    id: 'f-1',
    command: 'who',
    query: 'launched the ferry',
    question: 'Who launched the ferry?',
    answers: ['Delvin'],
    evidence: [],
  };
  it('takes a short text holding an accepted answer, withheld or shown', () => {
    expect(textIsRight(item, 'Mara Delvin')).toBe(true);
    expect(textIsRight(item, 'the museum')).toBe(false);
  });
  it('refuses a long text and any answer to an uncovered question', () => {
    expect(textIsRight(item, 'the ferry was launched on a Tuesday by Mara Delvin herself')).toBe(false);
    expect(textIsRight({ ...item, uncovered: true }, 'Mara Delvin')).toBe(false);
  });
});
