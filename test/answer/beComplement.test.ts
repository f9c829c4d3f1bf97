import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { beComplement } from '../../src/answer/beComplement.js';
import { termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The state one invented sentence gives a how-question's subject with "be". */
function state(text: string, question: string): string | undefined {
  const story = oneArticleStory('state', 'State', text);
  return beComplement(story.sentences[0]!, question, termsOf(question))?.text;
}

describe('beComplement', () => {
  it('gives the participle or describing word after "be", with its degree adverb', () => {
    expect(state('In the Velmian era the ferrymen of Orsk were highly respected.', 'How were the ferrymen of Orsk viewed?')).toBe(
      'highly respected',
    );
    expect(state('The ruling of the Tellin court was swift.', 'How quick was the ruling of the Tellin court?')).toBe('swift');
    expect(state('Summers at Fort Mirela are hot and dry.', 'How are summers at Fort Mirela described?')).toBe('hot and dry');
  });

  it('gives nothing for the question’s own participle, a linking word, or a participle with its means after it', () => {
    expect(state('The Orsk ferrymen were paid weekly.', 'How were the Orsk ferrymen paid?')).toBeUndefined();
    expect(state('The Orsk ferrymen were likely to strike.', 'How were the Orsk ferrymen viewed?')).toBeUndefined();
    expect(state('Scarcity at Orsk was eased by rationing.', 'How was scarcity at Orsk handled?')).toBeUndefined();
  });

  it('gives nothing where the clause before "be" holds no word of the question’s subject', () => {
    expect(state('The Orsk guild was successful in the river trade.', 'How were the ferrymen used by the Orsk guild?')).toBeUndefined();
    expect(state('The Orsk ferrymen were highly respected.', 'How did the Orsk ferrymen row?')).toBeUndefined();
  });
});

const ferry = oneArticleStory(
  'ferry',
  'Ferry',
  'Orla Tellin ran the Orsk crossing for ten years. In the Velmian era the ferrymen of Orsk were highly respected, and their guild grew.',
);

describe('a how-question asking how its subject was regarded', () => {
  it('is answered with the state the story gives the subject', () => {
    expect(answerQuestion(ferry, 'How were the ferrymen of Orsk viewed in the Velmian era?').answer?.text).toBe('highly respected');
  });
});
