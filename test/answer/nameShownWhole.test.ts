import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: a series of finals named by a capitalised noun and a Roman numeral. */
const BOWL = oneArticleStory('bowl', 'Bowl', 'It was the first final held in Orsk since Grand Bowl XIV took place in Velden in 2003.');

describe('a phrase the question’s words cut inside a name', () => {
  it('is shown with the words of a series’ name before a capitalised focus noun', () => {
    expect(askShort(BOWL)('Which Grand Bowl took place in Velden?')).toBe('Grand Bowl XIV');
    expect(askShort(BOWL)('What Grand Bowl was held in Velden in 2003?')).toBe('Grand Bowl XIV');
  });

  it('is shown with a word of the name the question writes in another form', () => {
    const fund = oneArticleStory(
      'fund',
      'Fund',
      'Students may apply to the Private Harbour Student Fund, which pays the fees of deserving pupils at private colleges.',
    );
    expect(askShort(fund)('What fund helps students at a private college?')).toBe('Private Harbour Student Fund');
  });

  it('is shown with its last word where the question writes that word in small letters', () => {
    const sign = oneArticleStory('sign', 'Sign', 'At the ceremony Ada Vell translated the anthem into Danish Sign Language for the crowd.');
    expect(askShort(sign)('Into what language did Ada Vell translate the anthem?')).toBe('Danish Sign Language');
    const cable = oneArticleStory('cable', 'Cable', 'In 2001 Tarn Valley Cable removed the channel from its cable systems in four towns.');
    expect(askShort(cable)('What cable company removed the channel in 2001?')).toBe('Tarn Valley Cable');
  });
});
