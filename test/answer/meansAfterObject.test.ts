import { describe, expect, it } from 'vitest';
import { meansAfterObject } from '../../src/answer/meansAfterObject.js';
import { questionVerbTerm } from '../../src/answer/questionVerb.js';
import { termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The means one invented sentence writes after the question's verb and its object. */
function means(text: string, question: string): string | undefined {
  const story = oneArticleStory('deed', 'Deed', text);
  return meansAfterObject(story.sentences[0]!, question, questionTerm(question), termsOf(question))?.text;
}

function questionTerm(question: string): string | undefined {
  return questionVerbTerm(question) ?? undefined;
}

describe('meansAfterObject', () => {
  it('gives the means written after the verb and its object', () => {
    expect(means('The Velden drovers fought the new tolls with blockades.', 'How did the Velden drovers fight the new tolls?')).toBe(
      'blockades',
    );
    expect(means('The miller arranged for the grain to be hidden away in flour sacks.', 'How did the miller hide the grain away?')).toBe(
      'flour sacks',
    );
  });

  it('keeps the phrases that belong to the means’ noun', () => {
    expect(means('The Velmian regents fought the fever with fines on river traders.', 'How did the Velmian regents fight the fever?')).toBe(
      'fines on river traders',
    );
    expect(means('The guild answered the charter with four petitions of complaint.', 'How did the guild answer the charter?')).toBe(
      'four petitions of complaint',
    );
  });

  it('passes over a place or a time phrase before the means', () => {
    expect(means('The couriers carried the mail across the pass in March by sledge.', 'How did the couriers carry the mail?')).toBe(
      'sledge',
    );
  });

  it('gives nothing for a companion, a doer or a place', () => {
    expect(means('Orla Tellin fought the tolls with her brother.', 'How did Orla Tellin fight the tolls?')).toBeUndefined();
    expect(means('The mill was rebuilt by Orla Tellin.', 'How was the mill rebuilt?')).toBeUndefined();
    expect(means('The drovers fought the tolls in the market square.', 'How did the drovers fight the tolls?')).toBeUndefined();
    expect(means('The mill raised its output by 20 points.', 'How did the mill raise its output?')).toBeUndefined();
  });

  it('gives the thing a passive is done by where the sentence tells the event in other words', () => {
    expect(means('The Orsk basin was carved by glacial meltwater.', 'How was the Orsk basin formed?')).toBe('glacial meltwater');
  });

  it('gives no doer of a passive told in other words', () => {
    expect(means('The Orsk basin was carved by Orla Tellin.', 'How was the Orsk basin formed?')).toBeUndefined();
    expect(means('The Orsk basin was carved by the wardens.', 'How was the Orsk basin formed?')).toBeUndefined();
  });

  it('gives nothing for a question that asks no manner', () => {
    expect(means('The drovers fought the tolls with blockades.', 'Why did the drovers fight the tolls?')).toBeUndefined();
  });
});
