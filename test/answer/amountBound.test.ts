import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** The short answer to a question asked of a one-sentence story. */
function answer(sentence: string, question: string): string | undefined {
  return askShort(oneArticleStory('mill', 'Mill', sentence))(question);
}

describe('boundedAmount', () => {
  it('shows the bound written before a count: the figure alone would claim the exact amount', () => {
    expect(answer('The Velmar airport now serves over 90 destinations.', 'How many destinations does the Velmar airport serve?')).toBe(
      'over 90',
    );
    expect(answer('The Tarn fire razed more than 2,000 buildings in the old town.', 'How many buildings did the Tarn fire raze?')).toBe(
      'more than 2,000',
    );
    expect(answer('The Orsk mine employs well over 300 people.', 'How many people does the Orsk mine employ?')).toBe('well over 300');
  });

  it('shows the bound before a sum of money and a figure with its unit', () => {
    expect(answer('The Velmar guild raised over $40 million for the new hall.', 'How much money did the Velmar guild raise?')).toBe(
      'over $40 million',
    );
    expect(answer('The Orsk council employs fewer than 10 clerks.', 'How many clerks does the Orsk council employ?')).toBe('fewer than 10');
  });

  it('leaves out a bound that includes its figure: the figure is a limit the amount may reach', () => {
    expect(answer('The Tarn amphitheatre seats up to 2,500 people.', 'How many people does the Tarn amphitheatre seat?')).toBe('2,500');
    expect(answer('The Orsk guild planned at least three new quays.', 'How many new quays did the Orsk guild plan?')).toBe('three');
  });

  it('reads "a hundred" as the figure, bound and all', () => {
    expect(answer('The Velmar show has won over a hundred awards.', 'How many awards has the Velmar show won?')).toBe('over a hundred');
  });

  it("leaves out a phrasal verb's particle and a bound the question writes itself", () => {
    expect(answer('The Orsk guild took over 40 shops in Velmar last year.', 'How many shops did the Orsk guild take over?')).toBe('40');
    expect(answer('The Orsk mill ran over 40 looms.', 'Over how many looms did the Orsk mill run?')).toBe('40');
  });
});
