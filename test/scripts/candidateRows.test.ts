import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { candidateRows, watchCandidates } from '../../scripts/candidateRows.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented harbour report: one person, one place, one day. */
const story = oneArticleStory(
  'harbour',
  'Harbour',
  'Harbour master Tova Lindqvist closed the Brenholm quay on Tuesday. Fishing boats waited outside the breakwater.',
);

describe("the study scripts' candidate rows", () => {
  it("lay open the short answer's candidates, best first, with the features that are on", () => {
    const takeSeen = watchCandidates();
    const trace = traceAnswer(story, 'Who closed the Brenholm quay?', { command: 'ask', limit: 3 });
    const rows = candidateRows(takeSeen());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.text).toBe(trace.short!.text);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]!.z).toBeLessThanOrEqual(rows[i - 1]!.z);
    expect(rows[0]!.on).toContain('bias=1');
    // The list is taken once: the next call gives nothing until the extractor ranks again.
    expect(takeSeen()).toEqual([]);
  });
});
