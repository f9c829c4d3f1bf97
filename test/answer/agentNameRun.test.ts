import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { agentName, opensPassiveAgent } from '../../src/answer/passiveAgent.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented stories whose answer is a name in a passive's agent slot that its spelling alone types as no one. */
const charter = oneArticleStory(
  'charter',
  'Charter',
  'Incorporated first by Aldo Renn, the town had a new charter granted by Preston in 1589.',
);
const fumble = oneArticleStory(
  'fumble',
  'Fumble',
  'The ball was recovered by Ward, who ran it back to the line after Orla Tellin dropped it.',
);
const traders = oneArticleStory(
  'traders',
  'Traders',
  'Ivo Brandt was influenced by Preston merchants and traders, his neighbours at the quay.',
);

/** The token index of a word in the story's first sentence. */
const at = (story: typeof charter, word: string) => story.sentences[0]!.tokens.findIndex((t) => t.text === word);

describe('opensPassiveAgent', () => {
  it('opens the slot after "by" after a past participle the tagger read as a verb', () => {
    expect(opensPassiveAgent(charter.sentences[0]!.tokens, at(charter, 'Preston'))).toBe(true);
    expect(opensPassiveAgent(fumble.sentences[0]!.tokens, at(fumble, 'Ward'))).toBe(true);
  });
  it('opens none after a word that is no past participle or where no "by" comes before', () => {
    const stood = oneArticleStory('stood', 'Stood', 'The guild stood by Preston for years.');
    expect(opensPassiveAgent(stood.sentences[0]!.tokens, at(stood, 'Preston'))).toBe(false);
    expect(opensPassiveAgent(fumble.sentences[0]!.tokens, at(fumble, 'Orla'))).toBe(false);
  });
});

describe('agentName', () => {
  it('takes a name that is the whole agent, not one describing the noun after it', () => {
    const tokens = traders.sentences[0]!.tokens;
    const from = at(traders, 'Preston');
    expect(agentName(tokens, from, from + 1)).toBe(false);
    const charterTokens = charter.sentences[0]!.tokens;
    expect(agentName(charterTokens, at(charter, 'Preston'), at(charter, 'Preston') + 1)).toBe(true);
  });
});

describe('a who-question answered by the name a passive gives its doer', () => {
  it('takes a name the story tags a place, written after "granted by"', () => {
    expect(answerQuestion(charter, 'Who granted the town a new charter in 1589?').answer?.text).toBe('Preston');
  });
  it('takes a surname the tagger read as a verb, written after "recovered by"', () => {
    expect(answerQuestion(fumble, 'Who recovered the ball?').answer?.text).toBe('Ward');
  });
  it('keeps the whole agent where the name only describes it', () => {
    expect(answerQuestion(traders, 'Who influenced Ivo Brandt?').answer?.text).toBe('Preston merchants and traders');
  });
});

describe('a who-question answered by a given name and a surname opening the sentence', () => {
  it('reads a given name the dictionary knows and a surname tagged a verb as the person it names', () => {
    const board = oneArticleStory(
      'board',
      'Board',
      'Daniel Ward departed from the Velden board in May, with Ivo Brandt taking over as chair before ceding control to Orla Tellin.',
    );
    expect(answerQuestion(board, 'Who departed from the Velden board in May?').answer?.text).toBe('Daniel Ward');
  });
});
