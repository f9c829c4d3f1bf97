import { describe, expect, it } from 'vitest';
import { absentName } from '../../src/answer/subjectEvidence.js';
import { correctTypo, mistakesWordForWord } from '../../src/answer/typos.js';
import { termOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented market report: an English word ("scare") one edit from another ("score"), and a name ("Quenby"). */
const story = oneArticleStory(
  'market',
  'Market day',
  [
    'A loose bull caused a scare in the market at Quenby on Friday.',
    'The Quenby team won the final by three goals.',
    'Stall holders at Quenby raised money for the school roof.',
  ].join(' '),
);

const terms = (question: string) => question.split(' ').flatMap((w) => termOf(w) ?? []);

describe('correctTypo', () => {
  it('mends a misspelt name, written in capitals or not', () => {
    expect(correctTypo(story, 'Qeunby', [])).toBe(termOf('Quenby'));
    expect(correctTypo(story, 'qeunby', [])).toBe(termOf('Quenby'));
  });
  it('does not read an English word as another English word the story writes apart from the question’s words', () => {
    expect(correctTypo(story, 'score', terms('what was the score at the market'))).toBeUndefined();
    expect(correctTypo(story, 'Score', terms('who caused the Score'))).toBeUndefined();
  });
});

describe('absentName with a word one edit from a story word', () => {
  it('takes a misspelt name as written', () => {
    expect(absentName(story, 'How much did the Qeunby stalls raise?')).toBeUndefined();
  });
  it('does not take a capitalised English word as the story’s look-alike English word', () => {
    expect(absentName(story, 'How much did the Score Trust raise?')).toBe('Score Trust');
    expect(absentName(story, 'How much did the Scare Trust raise?')).toBeUndefined();
  });
});

describe('mistakesWordForWord beside the question’s words', () => {
  /** Thirty short sentences of a berth and a harbour apart, and one long one writing "harbour berth". */
  const port = oneArticleStory(
    'port',
    'Port notes',
    [
      ...Array.from({ length: 30 }, (_, i) => `The berth ${i + 1} faced the harbour.`),
      'After a long winter of repairs the pilots of Tresk brought the old boat back to its harbour berth at dawn on a grey and windy morning.',
    ].join(' '),
  );
  it('finds the story writing the two words together however many sentences hold them apart', () => {
    expect(mistakesWordForWord(port, 'birth', termOf('berth')!, terms('which harbour birth did the ferry use'))).toBe(false);
    expect(mistakesWordForWord(port, 'birth', termOf('berth')!, terms('which birth did the ferry use'))).toBe(true);
  });
});
