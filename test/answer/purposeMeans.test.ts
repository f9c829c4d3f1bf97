import { describe, expect, it } from 'vitest';
import { purposeMeans, resultAction } from '../../src/answer/purposeMeans.js';
import { termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The action one invented sentence says was done to do what the question asks about. */
function action(text: string, question: string): string | undefined {
  const story = oneArticleStory('deed', 'Deed', text);
  return purposeMeans(story.sentences[0]!, question, termsOf(question))?.text;
}

describe('purposeMeans', () => {
  it('gives the action written before "to" and the question’s verb', () => {
    expect(
      action('The Velden wardens sealed the sluice gates to save the old mill.', 'How did the Velden wardens save the old mill?'),
    ).toBe('sealed the sluice gates');
    expect(
      action(
        'The council asked that the guild hire a clerk and publish its ledgers in order to avoid any quarrel.',
        'How was the guild told to avoid a quarrel?',
      ),
    ).toBe('publish its ledgers');
  });

  it('gives the thing "used" to do it', () => {
    expect(
      action(
        'At Orsk the grain went out on lighters, small punts that were used to ferry grain out to the mill ships.',
        'How was grain ferried out to the mill ships?',
      ),
    ).toBe('small punts');
    expect(
      action('Ladders were used to reach the roof of the Tellin mill.', 'How did the wardens reach the roof of the Tellin mill?'),
    ).toBe('Ladders');
  });

  it('gives nothing where the word before "to" takes the infinitive as its object', () => {
    expect(action('The Velden wardens were able to save the old mill.', 'How did the Velden wardens save the old mill?')).toBeUndefined();
    expect(action('The Velden wardens decided to save the old mill.', 'How did the Velden wardens save the old mill?')).toBeUndefined();
  });

  it('gives nothing for a second infinitive joined by "and", or a comma before "to"', () => {
    expect(
      action(
        'Orla Tellin taught the clerks to doubt every ledger and to check the old accounts.',
        'How did Orla Tellin check the old accounts?',
      ),
    ).toBeUndefined();
    expect(action('The wardens met at dawn, to save the old mill.', 'How did the wardens save the old mill?')).toBeUndefined();
  });

  it('gives nothing for a how-question on a measure', () => {
    expect(action('The wardens sealed the gates to save the mill.', 'How long did the wardens save the mill?')).toBeUndefined();
  });

  it('gives the main clause’s predicate after a purpose opening the sentence', () => {
    expect(
      action(
        'To protect the orchards, the Velden growers planted hedges, dug ditches and hired two watchmen.',
        'How did the Velden growers protect the orchards?',
      ),
    ).toBe('planted hedges, dug ditches and hired two watchmen');
    expect(
      action(
        'In order to reach the quay, the Orsk carters must be given a permit by the wardens.',
        'How can the Orsk carters reach the quay?',
      ),
    ).toBe('must be given a permit by the wardens');
  });

  it('gives nothing where the opening purpose writes none of the question’s verbs', () => {
    expect(
      action('To the surprise of the wardens, the Velden growers planted hedges.', 'How did the Velden growers protect the orchards?'),
    ).toBeUndefined();
  });
});

/** The action one invented sentence says had what the question asks about as its result. */
function result(text: string, question: string): string | undefined {
  const story = oneArticleStory('deed', 'Deed', text);
  return resultAction(story.sentences[0]!, question, termsOf(question))?.text;
}

describe('resultAction', () => {
  it('gives the action before a comma and the question’s verb in its -ing form', () => {
    expect(result('The Orsk ferrymen tarred the old boats, saving the fleet from rot.', 'How did the Orsk ferrymen save the fleet?')).toBe(
      'tarred the old boats',
    );
  });

  it('gives the joined verbs and their adverb before ", and thereby"', () => {
    expect(
      result(
        'The Tellin millers quickly sold and leased their barges, and thereby avoided the new toll.',
        'How did the Tellin millers avoid the new toll?',
      ),
    ).toBe('quickly sold and leased their barges');
  });

  it('gives nothing for a second verb joined by "and" alone, or a how-question on a measure', () => {
    expect(
      result('The Tellin millers sold their barges, and avoided the new toll.', 'How did the Tellin millers avoid the new toll?'),
    ).toBeUndefined();
    expect(
      result('The Orsk ferrymen tarred the old boats, saving the fleet.', 'How long did the Orsk ferrymen save the fleet?'),
    ).toBeUndefined();
  });
});
