import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { degreeAsked } from '../../src/answer/degreeAsked.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The degree one invented sentence gives the quality a how-question asks about. */
function degree(text: string, question: string): string | undefined {
  const story = oneArticleStory('degree', 'Degree', text);
  return degreeAsked(story.sentences[0]!, question)?.text;
}

describe('degreeAsked', () => {
  it('gives the grading words and figures before the question’s describing word, with it', () => {
    expect(
      degree(
        'The Orsk pilots said they were at least 80% certain that the ice would hold.',
        'How sure were the Orsk pilots that the ice would hold?',
      ),
    ).toBe('at least 80% certain');
    expect(degree('Rowing ranked among the most common trades at Fort Mirela.', 'How common was rowing at Fort Mirela?')).toBe(
      'the most common',
    );
    expect(degree('The new charter was very similar to the old one.', 'How similar was the new charter to the old one?')).toBe(
      'very similar',
    );
  });

  it('grades the quality’s noun only after "be of" or "with"', () => {
    expect(degree('The loss of the ferry was of marginal significance to the guild.', 'How significant was the loss of the ferry?')).toBe(
      'of marginal significance',
    );
    expect(degree('The military significance of the ferry was small.', 'How significant was the ferry?')).toBeUndefined();
  });

  it('prefers the question’s own word to another of its forms or a synonym', () => {
    expect(degree('Velden is the most densely populated town and the second-most populous one.', 'How populous is Velden?')).toBe(
      'the second-most populous',
    );
  });

  it('gives nothing for a measure asked, an ungraded word, or a question asking no degree', () => {
    expect(degree('The tower is very tall.', 'How tall is the tower?')).toBeUndefined();
    expect(degree('The ruling was swift.', 'How swift was the ruling?')).toBeUndefined();
    expect(degree('The ruling was very swift.', 'How did the court rule?')).toBeUndefined();
  });
});

const guild = oneArticleStory(
  'guild',
  'Guild',
  'Orla Tellin ran the Orsk crossing for ten years. The loss of the old ferry was of marginal significance to the guild, which bought two more.',
);

describe('a how-question asking a degree', () => {
  it('is answered with the degree the story gives the quality', () => {
    expect(answerQuestion(guild, 'How significant was the loss of the old ferry to the guild?').answer?.text).toBe(
      'of marginal significance',
    );
  });
});
