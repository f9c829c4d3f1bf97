import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { viewedAs } from '../../src/answer/viewedAs.js';
import { termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

function seenAs(text: string, question: string): string | undefined {
  const story = oneArticleStory('view', 'View', text);
  return viewedAs(story.sentences[0]!, question, termsOf(question))?.text;
}

describe('viewedAs', () => {
  it('gives the phrase after "as", for the object the question names', () => {
    expect(seenAs('Most traders see the Orsk levy as a burden.', 'How do traders view the Orsk levy?')).toBe('a burden');
    expect(
      seenAs('Some wardens see the new levy as fair, and the harbour tolls as harsh.', 'How do some wardens view the harbour tolls?'),
    ).toBe('harsh');
  });
  it('gives nothing for another question or a sentence without "as"', () => {
    expect(seenAs('Most traders see the Orsk levy as a burden.', 'How did traders pay the Orsk levy?')).toBeUndefined();
    expect(seenAs('Most traders saw the Orsk levy in March.', 'How do traders view the Orsk levy?')).toBeUndefined();
  });
});

const story = oneArticleStory(
  'levy',
  'Levy',
  'The Orsk harbour levy was raised in 1921. Some historians see the levy as a failure, and the harbour tolls of Velden as a quiet success.',
);

describe('"How do X view Y?"', () => {
  it('is answered by what Y is seen as', () => {
    expect(answerQuestion(story, 'How do some historians view the harbour tolls of Velden?').answer?.text).toBe('a quiet success');
  });
});

describe('viewedAs, for "How did X describe Y?" and "How was Y described?"', () => {
  it('gives the phrase after "as" of a describing verb, active or passive', () => {
    expect(seenAs('The ferryman described the crossing as a slow ordeal.', 'How did the ferryman describe the crossing?')).toBe(
      'a slow ordeal',
    );
    expect(seenAs('The Velmian winter is often described as mild.', 'How is the Velmian winter described?')).toBe('mild');
    expect(seenAs('Orla Tellin portrayed the wardens as heroes.', 'How did Orla Tellin depict the wardens?')).toBe('heroes');
  });
  it('ends the phrase before a relative pronoun and drops an opening quotation mark left unclosed', () => {
    expect(seenAs('The survey described the quay as a narrow wall that floods each spring.', 'How did the survey describe the quay?')).toBe(
      'a narrow wall',
    );
    expect(seenAs('He described the term as "a season of rote drills and cold halls."', 'How did he describe the term?')).toBe(
      'a season of rote drills',
    );
  });
  it('reads no "such as", and no "as" away from a passive verb', () => {
    expect(seenAs('The toll is described by a fee per cart, such as barrows.', 'How is the toll described?')).toBeUndefined();
    expect(seenAs('The Orsk levy was described in March as the town grew.', 'How was the Orsk levy described?')).toBeUndefined();
  });
});

describe('viewedAs, ending the phrase before a verb after its noun', () => {
  it('gives the noun phrase, not the participle describing it further; an -ing word inside the noun kept', () => {
    expect(seenAs('The wardens saw the flood as a warning sent by the river.', 'How did the wardens view the flood?')).toBe('a warning');
    expect(seenAs('He described the term as a season of rote learning.', 'How did he describe the term?')).toBe(
      'a season of rote learning',
    );
  });
});

const siege = oneArticleStory(
  'siege',
  'Siege',
  'In 1702 Orla Tellin met the Orsk raiders at Velden, where the Orsk raiders had burned the quay. ' +
    'She saw the raiders as a curse laid on the harbour towns. ' +
    'She wrote a prayer for the harbour towns.',
);

describe('"How did X view Y?" where the best excerpt names Y without telling how it is seen', () => {
  it('is answered by the as-phrase of a later top excerpt whose object names Y', () => {
    expect(answerQuestion(siege, 'How did Orla Tellin view the Orsk raiders?').answer?.text).toBe('a curse');
  });
});
