import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import { type ObservedCandidate, observeExtraction } from '../../src/answer/extractAnswer.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const storyOf = (body: string) => oneArticleStory('a0', 'Dam dispute', body);

describe('which/what NOUN answered by a name WordNet files as a kind of NOUN', () => {
  it('answers "which country" with a country rather than a lake or a port named beside the question words', () => {
    const story = storyOf(
      'Engineers shut the sluice dam on Lake Varn near the port of Tarsk on Saturday. ' +
        'Portugal, whose barges cross the lake, protested the dam closure in a sharp statement on Sunday. ' +
        'The dam on Lake Varn reopened on Monday.',
    );
    expect(answerQuestion(story, 'Which country protested the dam closure?').answer?.text).toBe('Portugal');
  });

  it('reads a name of several words as a whole against the kinds WordNet lists, as one of one word', () => {
    const story = storyOf('Envoys from Sri Lanka met in Tarsk and protested the dam closure on Saturday. The dam reopened on Monday.');
    expect(answerQuestion(story, 'Which country protested the dam closure?').answer?.text).toBe('Sri Lanka');
  });

  it('keeps a name the story writes as one of the noun asked about beside those WordNet lists', () => {
    const story = storyOf('Officials on the Danube said the Tarsk River flooded the valley on Monday.');
    expect(answerQuestion(story, 'Which river flooded the valley?').answer?.text).toBe('Tarsk River');
  });

  it('answers a question answered by a phrase ("which planet") with a name WordNet files as one of the noun', () => {
    const story = storyOf('A clerk at the Harlow Gazette wrote that the odd glow over the marsh was Neptune, a bold claim.');
    expect(answerQuestion(story, 'Which planet did the clerk write the odd glow was?').answer?.text).toBe('Neptune');
  });

  it('narrows the choice but reads its evidence against every candidate, so the answer looks no surer than it is', () => {
    const story = storyOf(
      'Officials in Tarsk protested the dam closure on Saturday. Portugal, whose barges cross the lake, also protested the dam closure on Sunday.',
    );
    const lists: ObservedCandidate[][] = [];
    observeExtraction({ candidates: (c) => lists.push(c) });
    try {
      expect(answerQuestion(story, 'Which country protested the dam closure?').answer?.text).toBe('Portugal');
    } finally {
      observeExtraction(undefined);
    }
    // Tarsk, better placed beside the question's words, is no country; Portugal's share of the top score is read against it.
    const portugal = lists[0]!.find((c) => c.text === 'Portugal')!;
    expect(portugal.features[CANDIDATE_FEATURES.indexOf('share')]).toBeLessThan(0.9);
  });
});
