import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import { type ObservedCandidate, observeCandidates } from '../../src/answer/extractAnswer.js';
import { buildStory } from '../../src/story/buildStory.js';

const storyOf = (body: string) =>
  buildStory([{ id: 'a0', title: 'Harbour dispute', titleGiven: true, file: 'a0.md', body }], 'focus-kinds');

describe('which/what NOUN answered by a name WordNet files as a kind of NOUN', () => {
  it('answers "which country" with a country rather than a sea or a port named beside the question words', () => {
    const story = storyOf(
      'A drone struck the oil terminal on the Black Sea coast near the port of Tarsk on Saturday. ' +
        'Portugal, whose tankers load at the terminal, complained about the attack in a sharp statement on Sunday. ' +
        'The terminal on the Black Sea reopened on Monday.',
    );
    expect(answerQuestion(story, 'Which country complained about the oil terminal attack?').answer?.text).toBe('Portugal');
  });

  it('narrows the choice but reads its evidence against every candidate, so the answer looks no surer than it is', () => {
    const story = storyOf(
      'Officials in Tarsk complained about the oil terminal attack on Saturday. Portugal, whose tankers load at the terminal, also protested on Sunday.',
    );
    const lists: ObservedCandidate[][] = [];
    observeCandidates((c) => lists.push(c));
    try {
      expect(answerQuestion(story, 'Which country complained about the oil terminal attack?').answer?.text).toBe('Portugal');
    } finally {
      observeCandidates(undefined);
    }
    // Tarsk, better placed beside the question's words, is no country; Portugal's share of the top score is read against it.
    const portugal = lists[0]!.find((c) => c.text === 'Portugal')!;
    expect(portugal.features[CANDIDATE_FEATURES.indexOf('share')]).toBeLessThan(0.5);
  });
});
