import { describe, expect, it } from 'vitest';
import { askedNamePart, asksForName, nameAfterNoun, namedNoun, namePart, writtenAsName } from '../../src/answer/nameAsked.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: a ferry given its name in the same sentence as a lower-case phrase nearer the question's words. */
const story = oneArticleStory(
  'ferry',
  'Ferry',
  'The harbour board met on Tuesday. ' +
    'The mail ferry between the islands, a sturdy old steamer, was renamed the Morning Gull in 1950. ' +
    'Crowds came early.',
);
const ask = askShort(story);

describe('a question asking for a name', () => {
  it('is one for "the name / title of X", "X’s name" and "what was X named"', () => {
    expect(asksForName('what was the name of the first ferry?')).toBe(true);
    expect(asksForName("what was the ferry's name?")).toBe(true);
    expect(asksForName('what was the first ferry named?')).toBe(true);
    expect(asksForName('what is the welsh name for a ferry?')).toBe(false);
    expect(asksForName('what kind of name did the ferry get?')).toBe(false);
    expect(asksForName('who gave the ferry its name?')).toBe(false);
  });

  it('is answered with a name of the best excerpt over a lower-case phrase beside the question’s words', () => {
    expect(ask('What was the name of the mail ferry between the islands?')).toBe('Morning Gull');
  });
});

describe('writtenAsName', () => {
  const opening = oneArticleStory('vell', 'Vell', 'Ada Vell sailed. Vell, the harbour master, retired. Rain fell on Port Alder.');
  it('reads a sentence’s first word as a name where the tagger found one there, not where it only opens the sentence', () => {
    expect(writtenAsName(opening.sentences[1]!, 0, 4)).toBe(true);
    expect(writtenAsName(opening.sentences[2]!, 0, 4)).toBe(false);
  });
});

/** Invented: people named beside the noun a question names, other names of the same sentence nearer its words. */
const beside = oneArticleStory(
  'warden',
  'Warden',
  'The guild met on Tuesday. ' +
    'The Orsk council thereafter kept the harbour, and the duke of Velden formally honoured the Tolly warden, Ada Vell, as keeper of the western gate. ' +
    'In 1720, traders passing by the harbour were joined by Ivo Brandt of Tarnby and his nephew Dorn with a fleet of barges. ' +
    'Crowds came early.',
);

describe('the noun a name-question names', () => {
  it('is the first run of lower-case nouns after "name of", past an article or an owner', () => {
    expect(namedNoun('What was the name of the Orsk harbour warden?')).toBe('warden');
    expect(namedNoun('What was the name of the warden honoured by the duke?')).toBe('warden');
    expect(namedNoun("What is the name of Ivo Brandt's nephew?")).toBe('nephew');
    expect(namedNoun('What is the name of the count of Tarnby?')).toBe('count');
    expect(namedNoun("What is Ivo Brandt's name?")).toBeUndefined();
  });

  it('picks the name standing beside that noun over the phrase holding it and the sentence’s other names', () => {
    const askBeside = askShort(beside);
    expect(askBeside('What was the name of the warden honoured by the duke?')).toBe('Ada Vell');
    expect(askBeside("What was the name of Ivo Brandt's nephew?")).toBe('Dorn');
  });

  it('reads the name after an owner the question names, its mark and the noun ("Brandt’s partner Orrin")', () => {
    const partner = oneArticleStory(
      'partner',
      'Partner',
      'The guild met on Tuesday. ' +
        'The new sluice was adopted by Ivo Brandt for use on a mill in 1788 after Brandt’s partner Orrin saw one at a weir Orrin & Brandt were building. ' +
        'Crowds came early.',
    );
    expect(askShort(partner)("What was the name of Brandt's partner?")).toBe('Orrin');
  });

  it('reads a name after the noun, a comma and an article, and no figure before "as the NOUN"', () => {
    const calendar = oneArticleStory(
      'calendar',
      'Calendar',
      'Ivo Brandt studied the stars. His calendar, the Tolly Reckoning (a lunar count), was adopted in 1702 as the official calendar of Velden.',
    );
    expect(askShort(calendar)('What was the name of Brandt’s calendar?')).toBe('Tolly Reckoning');
  });
});

/** Invented: a person named at a sentence's start, beside a figure nearer the question's words. */
const scorer = oneArticleStory(
  'scorer',
  'Scorer',
  'The Orsk side won the cup on Sunday. Ada Vell, the new warden, handed over the cup. Tarrow was their top scorer with 83 points in the final.',
);

describe('a question asking for a person’s name', () => {
  it('is answered by a name ending in a capitalised word, not a figure nor a thing beside the question’s words', () => {
    expect(askShort(scorer)('What is the name of the player who was the top scorer in the final?')).toBe('Tarrow');
  });

  it('is answered with the word of the name it asks for: the last name, the first name', () => {
    expect(askedNamePart('What is the last name of the new warden?')).toBe('last');
    expect(askedNamePart('What was the surname of the warden?')).toBe('last');
    expect(askedNamePart('What is the given name of the warden?')).toBe('first');
    expect(askedNamePart('What is the name of the warden?')).toBeUndefined();
    expect(namePart('Ada Vell', 'last')).toBe('Vell');
    expect(namePart('Ada Vell', 'first')).toBe('Ada');
    expect(namePart('the Vell family', 'last')).toBe('the Vell family');
    const ask = askShort(scorer);
    expect(ask('What is the last name of the new warden who handed over the cup?')).toBe('Vell');
    expect(ask('What is the first name of the new warden who handed over the cup?')).toBe('Ada');
    const mill = oneArticleStory(
      'mill',
      'Mill',
      'The guild met on Tuesday. In 1720 the guild renamed its mill the Tarrow Weir Mill. Crowds came early.',
    );
    expect(askShort(mill)('What was the given name of the guild’s mill in 1720?')).toBe('Tarrow Weir Mill');
  });
});

/** Invented: a name introduced by common nouns in one phrase ("the old steam ferry Morning Gull"). */
const ferry = oneArticleStory(
  'gull',
  'Gull',
  'The guild met on Tuesday. In 1720 the guild bought the old steam ferry Morning Gull from a yard at Orsk. Crowds came early.',
);

describe('a name introduced by a common noun', () => {
  it('answers a which-question or a name-question with the name alone, another question with the whole phrase', () => {
    const ask = askShort(ferry);
    expect(ask('Which vessel did the guild buy in 1720?')).toBe('Morning Gull');
    expect(ask('What was the name of the vessel the guild bought in 1720?')).toBe('Morning Gull');
    expect(ask('What did the guild buy in 1720?')).toBe('old steam ferry Morning Gull');
  });
});

describe('nameAfterNoun', () => {
  it('gives the name after a lower-case noun and "of", and leaves a name or a phrase with no capital after "of" whole', () => {
    expect(nameAfterNoun('launch of the Evening Hour')).toBe('Evening Hour');
    expect(nameAfterNoun('early use of the Morrow effect')).toBe('Morrow effect');
    expect(nameAfterNoun('Sea of Tarn')).toBe('Sea of Tarn');
    expect(nameAfterNoun('rows of the form 4k')).toBe('rows of the form 4k');
  });

  it('answers a question asking a name with the name, not the noun before its "of"', () => {
    const college = oneArticleStory(
      'college',
      'College',
      'Orsk College opened in 1921. Its first home was a hall built for the use of the Tarnby Weaving School. The hall burned in 1950.',
    );
    expect(askShort(college)('What was the name of the school the hall was built for?')).toBe('Tarnby Weaving School');
  });
});
