import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The short answer to `question` of a story of the one invented sentence `text`. */
function answerOf(text: string, question: string): string | undefined {
  return answerQuestion(oneArticleStory('who', 'Who', text), question).answer?.text;
}

describe('the person in the part the who-question asks for', () => {
  it('answers "who is the X" with the subject of "be", not a name in apposition to the description', () => {
    expect(
      answerOf(
        'The Warden is the sworn rival of the Velden guild, a rebel Orsk Baron who wants to rule the isles.',
        'Who is the sworn rival of the Velden guild?',
      ),
    ).toBe('Warden');
  });
  it('answers "who is OWNER\'s X" with the subject of "be", not a name in apposition to the description', () => {
    expect(
      answerOf('The Keeper is Tolly Guild’s oldest foe, a rebel Orsk Baron who wants the river.', 'Who is Tolly Guild’s oldest foe?'),
    ).toBe('Keeper');
    expect(
      answerOf("The Warden is Velden's sworn rival, a rebel Orsk Baron who wants to rule the isles.", "Who is Velden's sworn rival?"),
    ).toBe('Warden');
  });
  it('answers "who VERB that …" with the one who stated the clause, not a name inside it', () => {
    expect(
      answerOf(
        'The Tarnby historian Ivo Brandt observed that the Tolly mill burned before the later owners such as Ada Vell.',
        'Who noticed that the Tolly mill burned before the later owners?',
      ),
    ).toBe('Ivo Brandt');
  });
  it('answers "who was VERBed" with the one it was done to, not the doer after "by"', () => {
    expect(
      answerOf('Brandt was arrested by Dorn Vekla at the Orsk harbour gate on Monday.', 'Who was arrested at the Orsk harbour gate?'),
    ).toBe('Brandt');
  });
  it('answers "who did X VERB with in Y" with the one after the preposition the question strands', () => {
    expect(
      answerOf(
        'The Orsk Rovers, a club of Ivo Brandt, ran a joint trade mission with the Velden Guild in 1820.',
        'Who did the Orsk Rovers run a trade mission with in 1820?',
      ),
    ).toBe('Velden Guild');
  });
  it('answers "who wrote X" with the name commissioned to write it, not the one who commissioned it', () => {
    expect(answerOf('In 1820 Ivo Brandt commissioned Ada Vell to write the Tolly anthem.', 'Who wrote the Tolly anthem?')).toBe('Ada Vell');
  });
  it('answers "who VERB X" with the one who does the verb, not the doer of another participle', () => {
    expect(
      answerOf('Ada Vell, prompted by a letter sent by Ivo Brandt, drafted the Tolly weir charter.', 'Who drafted the Tolly weir charter?'),
    ).toBe('Ada Vell');
  });
  it('answers "who VERB X" with the name a by-phrase ends in, not a name inside its description', () => {
    expect(
      answerOf('The Tolly anthem was written by Velden Guild Of Weavers warden Ivo Brandt in 1820.', 'Who wrote the Tolly anthem?'),
    ).toBe('Ivo Brandt');
    expect(
      answerOf('The Tolly plan was at last approved by then warden of the Orsk harbour board, Ada Vell.', 'Who approved the Tolly plan?'),
    ).toBe('Ada Vell');
  });
  it('answers "who VERB X" with a name that opens the doer\'s name, cut short, not a name told beside it', () => {
    expect(
      answerOf(
        'Orsk Radio Four aired the regatta from Tolly harbour, with Ivo Brandt at the microphone.',
        'Who aired the regatta from Tolly harbour?',
      ),
    ).toBe('Orsk Radio');
    // A word describing the doer is no such name.
    expect(answerOf('The mill was rebuilt by Velden carpenters, with Ivo Brandt as their foreman.', 'Who rebuilt the mill?')).not.toBe(
      'Velden',
    );
  });
});

describe('the doer of the question’s verb where the sentence gives it in another shape', () => {
  it('answers with a name joined close up to the participle, shown without it', () => {
    expect(answerOf('Ada Vell sold the Ivo Brandt-designed weir to the Orsk board.', 'Who designed the weir?')).toBe('Ivo Brandt');
  });
  it('answers with the party two participles share after "by"', () => {
    expect(
      answerOf(
        'The Velden crew is a team that is led by and mostly composed of Orsk weavers, said Ivo Brandt.',
        'Who leads the Velden crew?',
      ),
    ).toBe('Orsk weavers');
  });
  it('answers with the subject’s part before "of" where the name after it is the question’s', () => {
    expect(
      answerOf(
        'Last spring, friends of Ada Vell rebuilt the Tolly weir with Ivo Brandt’s money.',
        'Who rebuilt the Tolly weir for Ada Vell?',
      ),
    ).toBe('friends');
  });
  it('answers with a name describing the people who did it, shown with the nouns that name them', () => {
    expect(answerOf('The first school of the valley was opened by Tarnish settlers in 1820.', 'Who opened the first school?')).toBe(
      'Tarnish settlers',
    );
    expect(answerOf('Orsk harbour pilots rebuilt the Tolly weir in 1887.', 'Who rebuilt the Tolly weir?')).toBe('Orsk harbour pilots');
  });
  it('answers with a name describing people wherever they stand in the clause, shown with their plural noun', () => {
    expect(
      answerOf(
        'The new harbour tolls were opposed by the guild, and the council later sold the quay to Velmian merchants in 1881.',
        'Who did the council sell the quay to?',
      ),
    ).toBe('Velmian merchants');
    expect(answerOf('In the winter of 1402 the old duke hired Orlan archers, and the pass stayed open.', 'Who did the duke hire?')).toBe(
      'Orlan archers',
    );
  });
});
