import { describe, expect, it } from 'vitest';
import { questionFrame } from '../../src/answer/questionFrame.js';
import { quotedNames } from '../../src/answer/titleSpans.js';
import { askShort } from '../fixtures/askShort.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: a ferry line's campaigns, named between quotes, one opening with a capitalised small word. */
const story = oneArticleStory(
  'campaigns',
  'Campaigns',
  'In 2019 the Velm ferry line began a new advertising campaign titled "Every Tide Home" across the harbour towns. ' +
    'Its winter fair in Fort Mirela was called "Lanterns on the Quay" by the organisers. ' +
    '"We sail at dawn, and we stay till dusk," the captain Orla Tellin said. ' +
    '"The crews will sail every morning of the winter from the old quay at Velm," she said of "Every Tide Home".',
);
const ask = askShort(story);
const names = (i: number) => quotedNames(story.sentences[i]!).map((m) => m.text);

describe('quotedNames', () => {
  it('takes a short quotation opening with a capital whole, its small opening word with it', () => {
    expect(names(0)).toEqual(['Every Tide Home']);
    expect(names(1)).toEqual(['Lanterns on the Quay']);
  });

  it('takes no quoted speech: a clause mark inside', () => {
    expect(names(2)).toEqual([]);
  });

  it('pairs straight quotes past a long quotation, so its closing mark opens no name', () => {
    expect(names(3)).toEqual(['Every Tide Home']);
  });
});

describe('a question asking for a name or a thing', () => {
  it('is answered with the whole quoted name, not the chunk that drops its opening word', () => {
    expect(ask('What was the name of the campaign the ferry line began in 2019?')).toBe('Every Tide Home');
    expect(ask('What did the organisers call the winter fair?')).toBe('Lanterns on the Quay');
    expect(ask('What fair was held in Fort Mirela?')).toBe('Lanterns on the Quay');
  });

  it('a slogan and a motto are asked by title (WordNet sayings)', () => {
    expect(questionFrame('ask', 'What slogan did the ferry line use?').titled).toBe(true);
    expect(questionFrame('ask', 'What motto did the guild keep?').titled).toBe(true);
  });
});
