import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { Mention } from '../../src/answer/mentions.js';
import { parallelPerson, parallelPersons } from '../../src/answer/parallelPerson.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Two mill owners, the second's given name one the tagger does not know. */
const owners = oneArticleStory(
  'owners',
  'Owners',
  'Mill owners such as Ivo Brandt of Velden and Halvor Orrowe of Orsk also backed the new weir.',
);

/** A person beside a place's name that holds "of": no person's like. */
const mill = oneArticleStory('mill', 'Mill', 'Ivo Brandt of Velden and the Orsk Mill of Tarn Valley both backed the new weir.');

/** A mention of `text` in a story's first sentence. */
function mention(story: Story, text: string): Mention {
  const start = story.sentences[0]!.text.indexOf(text);
  return { type: 'PHRASE', text, start, end: start + text.length };
}

describe('parallelPersons', () => {
  it('finds the name built as a person\'s is, "X Y of Z" after "PERSON of W and"', () => {
    const sentence = owners.sentences[0]!;
    expect(parallelPersons(sentence).map((p) => sentence.text.slice(p.start, p.end))).toEqual(['Halvor Orrowe']);
  });
  it('finds none where "the" opens the second name', () => {
    expect(parallelPersons(mill.sentences[0]!)).toEqual([]);
  });
});

describe('parallelPerson', () => {
  it("holds for the run and for the list that take in that name, not for the first person's place", () => {
    const sentence = owners.sentences[0]!;
    expect(parallelPerson(sentence, mention(owners, 'Halvor Orrowe of Orsk'))).toBe(true);
    expect(parallelPerson(sentence, mention(owners, 'Velden and Halvor Orrowe of Orsk'))).toBe(true);
    expect(parallelPerson(sentence, mention(owners, 'Velden'))).toBe(false);
    expect(parallelPerson(sentence, mention(owners, 'Orsk'))).toBe(false);
  });
});

describe('a where-question about the first person', () => {
  it("is answered by the first person's place, not a list taking in the second person", () => {
    expect(answerQuestion(owners, 'Where was Ivo Brandt from?').answer?.text).toBe('Velden');
  });
});
