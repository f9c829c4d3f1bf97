import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { agentName, opensPassiveAgent } from '../../src/answer/passiveAgent.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented stories whose answer is a name in a passive's agent slot that its spelling alone types as no one. */
const charter = oneArticleStory('charter', 'Charter', 'Founded by Aldo Renn, the guild was given a seal granted by Bexley in 1702.');
const fumble = oneArticleStory(
  'fumble',
  'Fumble',
  'The lantern was mended by Stamp, who carried it back to the quay after Orla Tellin broke it.',
);
const traders = oneArticleStory('traders', 'Traders', 'Ivo Brandt was trained by Bexley weavers, his neighbours at the quay.');

/** The token index of a word in the story's first sentence. */
const at = (story: typeof charter, word: string) => story.sentences[0]!.tokens.findIndex((t) => t.text === word);

describe('opensPassiveAgent', () => {
  it('opens the slot after "by" after a past participle the tagger read as a verb', () => {
    expect(opensPassiveAgent(charter.sentences[0]!.tokens, at(charter, 'Bexley'))).toBe(true);
    expect(opensPassiveAgent(fumble.sentences[0]!.tokens, at(fumble, 'Stamp'))).toBe(true);
  });
  it('opens none after a word that is no past participle or where no "by" comes before', () => {
    const stood = oneArticleStory('stood', 'Stood', 'The guild stood by Bexley for years.');
    expect(opensPassiveAgent(stood.sentences[0]!.tokens, at(stood, 'Bexley'))).toBe(false);
    expect(opensPassiveAgent(fumble.sentences[0]!.tokens, at(fumble, 'Orla'))).toBe(false);
  });
});

describe('agentName', () => {
  it('takes a name that is the whole agent, not one describing the noun after it', () => {
    const tokens = traders.sentences[0]!.tokens;
    const from = at(traders, 'Bexley');
    expect(agentName(tokens, from, from + 1)).toBe(false);
    const charterTokens = charter.sentences[0]!.tokens;
    expect(agentName(charterTokens, at(charter, 'Bexley'), at(charter, 'Bexley') + 1)).toBe(true);
  });
});

describe('a who-question answered by the name a passive gives its doer', () => {
  it('takes a name the story tags a place, written after "granted by"', () => {
    expect(answerQuestion(charter, 'Who granted the guild its seal?').answer?.text).toBe('Bexley');
  });
  it('takes a surname the tagger read as a verb, written after "mended by"', () => {
    expect(answerQuestion(fumble, 'Who mended the lantern?').answer?.text).toBe('Stamp');
  });
  it('keeps the whole agent where the name only describes it', () => {
    expect(answerQuestion(traders, 'Who trained Ivo Brandt?').answer?.text).toBe('Bexley weavers');
  });
});

describe('a who-question answered by a given name and a surname opening the sentence', () => {
  it('reads a given name the dictionary knows and a surname tagged a verb as the person it names', () => {
    const board = oneArticleStory(
      'board',
      'Board',
      'Grace Stamp stepped down from the Velden board in March, and Ivo Brandt served as chair until Orla Tellin was chosen.',
    );
    expect(answerQuestion(board, 'Who stepped down from the board?').answer?.text).toBe('Grace Stamp');
  });
});
