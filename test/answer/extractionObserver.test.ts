import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { type ObservedCandidate, type ObservedChoice, type ObservedHandFilter, observeExtraction } from '../../src/answer/extractAnswer.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: a sentence with a doer, a thing done to and a day, for a who-question. */
const story = oneArticleStory('quay', 'Quay', 'Harbour master Tova Lindqvist closed the north quay on Tuesday.');

afterEach(() => observeExtraction(undefined));

describe("the extractor's one study observer", () => {
  it('hands every view it carries the same choice', () => {
    const lists: ObservedCandidate[][] = [];
    const filters: ObservedHandFilter[] = [];
    const choices: ObservedChoice[] = [];
    observeExtraction({ candidates: (c) => lists.push(c), handFilter: (f) => filters.push(f), choice: (c) => choices.push(c) });
    const answer = answerQuestion(story, 'Who closed the north quay?', { command: 'ask' }).answer?.text;
    expect(answer).toBe('Tova Lindqvist');
    expect(lists.length).toBeGreaterThan(0);
    expect(choices).toHaveLength(lists.length);
    const [list, choice] = [lists[0]!, choices[0]!];
    // The candidates ranked are the choice's members, with the same features.
    const members = choice.every.filter((c) => c.member);
    expect(list.map((c) => c.text)).toEqual(members.map((c) => c.text));
    expect(list.map((c) => c.features)).toEqual(members.map((c) => c.features));
    expect(choice.every[choice.winner]!.text).toBe(answer);
    // A hand filter decided this choice: the view names it, as the choice's rule does.
    expect(filters.length).toBeGreaterThan(0);
    expect(filters[0]?.filter).toBe(choice.rule);
  });

  it('reads no view it was not given, and none once stopped', () => {
    const choices: ObservedChoice[] = [];
    observeExtraction({ choice: (c) => choices.push(c) });
    answerQuestion(story, 'Who closed the north quay?', { command: 'ask' });
    const seen = choices.length;
    expect(seen).toBeGreaterThan(0);
    observeExtraction(undefined);
    answerQuestion(story, 'Who closed the north quay?', { command: 'ask' });
    expect(choices).toHaveLength(seen);
  });
});
