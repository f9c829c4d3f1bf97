import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { alternativesOf } from '../../src/answer/alternatives.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: a club that moved and a ferry that came late. */
const story = oneArticleStory(
  'move',
  'Move',
  'The club moved to Kestrel in 2012 after the old ground flooded. The ferry arrived late on Sunday because of fog.',
);

describe('alternativesOf', () => {
  it('reads the alternatives around the last "or" of a yes-or-no question, a name by its capitals', () => {
    expect(alternativesOf('Did the club move to Port Alder or Kestrel in 2012?')).toEqual(['Port Alder', 'Kestrel']);
    expect(alternativesOf('Was the ferry late or early?')).toEqual(['late', 'early']);
    expect(alternativesOf('Did the crew sail in Torvik or Ebbsund first?')).toEqual(['Torvik', 'Ebbsund']);
    expect(alternativesOf('Are the eels grazers, hunters or scavengers?')).toEqual(['grazers', 'hunters', 'scavengers']);
  });
  it('finds none in a question that asks no choice', () => {
    expect(alternativesOf('Did the ferry arrive late?')).toBeUndefined();
    expect(alternativesOf('Who moved, the club or the league?')).toBeUndefined();
  });
});

describe('a question offering alternatives', () => {
  it('is answered by the alternative the best excerpt supports, whichever comes first', () => {
    expect(answerQuestion(story, 'Did the club move to Port Alder or Kestrel in 2012?').answer?.text).toBe('Kestrel');
    expect(answerQuestion(story, 'Was the ferry early or late?').answer?.text).toBe('late');
  });
});

describe('the alternative as the excerpt writes it', () => {
  it('takes the whole word the excerpt writes, its ending too', () => {
    const rivals = oneArticleStory('rivals', 'Rivals', 'The two harbour towns of Ebbsund and Torvik compete for trade every summer.');
    expect(answerQuestion(rivals, 'Do Ebbsund and Torvik cooperate or compete for trade?').answer?.text).toBe('compete');
    const styles = oneArticleStory('styles', 'Styles', 'The new quay contrasts sharply with the old warehouses of Torvik.');
    expect(answerQuestion(styles, 'Does the new quay match or contrast with the old warehouses?').answer?.text).toBe('contrasts');
  });
  it('passes over the phrase written inside a longer word', () => {
    const ferry = oneArticleStory('ferry', 'Ferry', 'The belated Torvik ferry docked late on Sunday after a night of fog.');
    expect(answerQuestion(ferry, 'Did the Torvik ferry dock early or late?').answer?.text).toBe('late');
  });
});
