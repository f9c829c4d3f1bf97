import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { namesNationality, namesPeopleOfPlace } from '../../src/answer/demonyms.js';
import { gazetteerData } from '../../src/text/gazetteerData.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented panel: people described by their nationality beside a place and a body. */
const story = oneArticleStory(
  'panel',
  'Panel',
  'The tide panel is chaired by Osk Varden, a British economist who joined the Harbour Board in 2012. ' +
    'Its deputy, Lio Brannick, is a Danish engineer from Port Alder.',
);

describe('namesNationality', () => {
  it('knows the demonyms of countries with names of one word or more', () => {
    expect(namesNationality('British')).toBe(true);
    expect(namesNationality('Danish')).toBe(true);
    expect(namesNationality('American')).toBe(true);
    expect(namesNationality('Salvadorans')).toBe(true);
  });

  it('wants a capital and a demonym', () => {
    expect(namesNationality('british')).toBe(false);
    expect(namesNationality('Harbour')).toBe(false);
  });
});

describe('"What nationality …" questions', () => {
  it('are answered by a demonym', () => {
    expect(answerQuestion(story, 'What nationality is Osk Varden?').answer?.text).toBe('British');
    expect(answerQuestion(story, 'What nationality is Lio Brannick?').answer?.text).toBe('Danish');
  });
});

describe('namesPeopleOfPlace', () => {
  it('reads the people of a place by a demonym or a WordNet member of a place', () => {
    expect(namesPeopleOfPlace('the Danes')).toBe(true);
    expect(namesPeopleOfPlace('Londoners')).toBe(true);
  });

  it('takes no country of the gazetteer for its people, whatever WordNet lists as its members', () => {
    // A country's WordNet members may include a people named like a river (a place noun): they are its members, the
    // country no member of a place.
    const countries = gazetteerData()
      .countries.map((c) => c.name)
      .filter((name) => /^\p{Lu}[\p{L}-]*$/u.test(name));
    expect(countries.length).toBeGreaterThan(100);
    expect(countries.filter((name) => namesPeopleOfPlace(name))).toEqual([]);
  });
});
