import { describe, expect, it } from 'vitest';
import { nounDoers, verbNounsOf } from '../../src/answer/nounDoers.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { termOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The doers a sentence names by the question verb's nouns, as written. */
function doersOf(question: string, sentence: string): string[] {
  const tokens = tagSentence(sentence).tokens;
  return nounDoers(tokens, verbNounsOf(question)).map(([a, b]) =>
    tokens
      .slice(a, b + 1)
      .map((t) => t.text)
      .join(' '),
  );
}

/** The short answer to `question` of a story of the one invented sentence `text`. */
function answerOf(text: string, question: string): string | undefined {
  return answerQuestion(oneArticleStory('doers', 'Doers', text), question).answer?.text;
}

describe('verbNounsOf', () => {
  it('gives the question verbs’ terms and the person nouns WordNet derives from them', () => {
    const nouns = verbNounsOf('Who founded the Tolly Guild?');
    expect(nouns.actions.has('found')).toBe(true);
    expect(nouns.agents.has('founder')).toBe(true);
    // Not a relative that only means the same ("guide" of "lead").
    const lead = verbNounsOf('Who leads the crew?').agents;
    expect(lead.has(termOf('leader')!)).toBe(true);
    expect(lead.has(termOf('guide')!)).toBe(false);
  });
});

describe('nounDoers', () => {
  it('reads the doer of an action’s noun after "by", past what was done and a place with its region', () => {
    expect(
      doersOf('Who founded the guild?', 'Ada Vell wrote of the founding of the guild in Orsk, Tarnmark in 1820 by Ivo Brandt.'),
    ).toEqual(['Ivo Brandt']);
    expect(doersOf('Who painted the Night Mill?', 'Ada Vell admired the Night Mill, a painting by Ivo Brandt.')).toEqual(['Ivo Brandt']);
  });
  it('reads the owner before "’s" as the doer of an action’s noun', () => {
    expect(doersOf('Who founded the guild?', 'Ada Vell wrote of Ivo Brandt’s founding of the guild.')).toEqual(['Ivo Brandt']);
  });
  it('reads the name a doer’s noun stands beside: in apposition after or before it, or titled by it', () => {
    expect(doersOf('Who hosted the late show?', 'Ada Vell made a star of its host, Ivo Brandt.')).toEqual(['Ivo Brandt']);
    expect(doersOf('Who founded the guild?', 'Ada Vell met the founder of the guild, Ivo Brandt, in 1820.')).toEqual(['Ivo Brandt']);
    expect(doersOf('Who founded the guild?', 'Ada Vell met Ivo Brandt, the guild’s founder, in 1820.')).toEqual(['Ivo Brandt']);
    expect(doersOf('Who founded the guild?', 'Ada Vell met Tolly Guild founder Ivo Brandt in 1820.')).toEqual(['Ivo Brandt']);
  });
  it('reads no name beside a bare occupation, nor the noun of a verb the question writes in a relative clause', () => {
    expect(doersOf('Who composed the theme?', 'Composer Ivo Brandt arranged the old theme.')).toEqual([]);
    expect(doersOf('Who composed the theme?', 'Danish composer Ivo Brandt arranged the old theme.')).toEqual([]);
    expect(doersOf('Who composed the theme?', 'Ada Vell hired Ivo Brandt, a composer, to rework the theme.')).toEqual([]);
    expect(
      doersOf('Who led the board set up by Ada Vell?', 'Ada Vell’s setting up of a board led by Ivo Brandt was a turning point.'),
    ).toEqual([]);
  });
  it('reads a doer’s noun only where what it is of holds a word of the question', () => {
    expect(doersOf('Who designed the weir?', 'Ada Vell met lock designer Ivo Brandt and weir designer Jan Orr.')).toEqual(['Jan Orr']);
    expect(doersOf('Who designed the weir?', 'Ada Vell met the designer of the lock, Ivo Brandt.')).toEqual([]);
    // A describing word the question shares is not what the noun is of.
    expect(doersOf('Who first owned the weir?', 'Ada Vell sold it to that mill’s first owner Ivo Brandt.')).toEqual([]);
  });
  it('reads nothing of another verb’s nouns, nor past a clause’s end before "by"', () => {
    expect(doersOf('Who founded the guild?', 'Ada Vell met the weaver, Ivo Brandt, in 1820.')).toEqual([]);
    expect(doersOf('Who founded the guild?', 'The founding of the guild was slow; it was stopped by Ivo Brandt.')).toEqual([]);
  });
});

describe('who-answers named by the noun of the question’s verb', () => {
  it('answers with the doer the noun names, not the subject of another verb', () => {
    expect(
      answerOf('In 1990 Ada Vell turned the late show into a hit and made a star of its host, Ivo Brandt.', 'Who hosted the late show?'),
    ).toBe('Ivo Brandt');
    expect(
      answerOf(
        'Ada Vell wrote of the founding of the Tolly Guild in Orsk, Tarnmark in 1820 by Ivo Brandt.',
        'Who founded the Tolly Guild?',
      ),
    ).toBe('Ivo Brandt');
    expect(answerOf('Ada Vell met the Tolly Guild’s founder, Ivo Brandt, in 1820.', 'Who founded the Tolly Guild?')).toBe('Ivo Brandt');
    expect(answerOf('Ada Vell met Tolly Guild founder Ivo Brandt in 1820.', 'Who founded the Tolly Guild?')).toBe('Ivo Brandt');
  });
});
