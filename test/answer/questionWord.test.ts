import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { asksWhatHappened, asksYesOrNo, imperativeAsQuestion, mendQuestionWord, withoutPreamble } from '../../src/answer/questionWord.js';
import { buildStory } from '../../src/story/buildStory.js';

describe('mendQuestionWord', () => {
  it('reads a question word with letters left out or swapped', () => {
    expect(mendQuestionWord('whn did the ferry sail?')).toBe('when did the ferry sail?');
    expect(mendQuestionWord('wht is the toll?')).toBe('what is the toll?');
    expect(mendQuestionWord('hw many boats sank?')).toBe('how many boats sank?');
    expect(mendQuestionWord('waht happened?')).toBe('what happened?');
    expect(mendQuestionWord('whr did it sink')).toBe('where did it sink');
  });
  it('writes out "is" contracted without its apostrophe', () => {
    expect(mendQuestionWord('whats the toll?')).toBe('what is the toll?');
    expect(mendQuestionWord('Whos the skipper')).toBe('Who is the skipper');
    expect(mendQuestionWord('wheres the ferry')).toBe('where is the ferry');
    expect(mendQuestionWord('whatsoever')).toBe('whatsoever');
  });
  it('drops a chat preamble before the question word', () => {
    expect(withoutPreamble('does anyone know who sank the ferry?')).toBe('who sank the ferry?');
    expect(withoutPreamble('hey, quick question: when did it sail')).toBe('when did it sail');
    expect(withoutPreamble('can someone tell me at what time it sank?')).toBe('at what time it sank?');
    expect(mendQuestionWord('hi all, do you know whos the skipper')).toBe('who is the skipper');
    // No question word after it: left as asked.
    expect(withoutPreamble('Do you know the skipper?')).toBe('Do you know the skipper?');
    expect(withoutPreamble('Who sank the ferry?')).toBe('Who sank the ferry?');
  });
  it('reads a request by an imperative verb as the question it asks', () => {
    expect(mendQuestionWord('Name two boats that rescued the crew.')).toBe('Which two boats that rescued the crew.');
    expect(mendQuestionWord('name a cause of the leak')).toBe('Which cause of the leak');
    expect(mendQuestionWord('List the ports it called at')).toBe('Which ports it called at');
    expect(mendQuestionWord('please identify one of the rescuers')).toBe('Which one of the rescuers');
    expect(mendQuestionWord('give me 3 reasons it sank')).toBe('Which 3 reasons it sank');
    // Not before a word that opens a noun phrase: a noun, or the verb of another question.
    expect(imperativeAsQuestion('Name changes came when?')).toBeUndefined();
    expect(mendQuestionWord('Who named the ferry?')).toBe('Who named the ferry?');
  });
  it('leaves dictionary words, question words and ties alone', () => {
    expect(mendQuestionWord('Now who is in charge?')).toBe('Now who is in charge?');
    expect(mendQuestionWord('Then what?')).toBe('Then what?');
    expect(mendQuestionWord('Were the boats insured?')).toBe('Were the boats insured?');
    // "hwo" is one swap from both "who" and "how".
    expect(mendQuestionWord('hwo sank it?')).toBe('hwo sank it?');
    expect(mendQuestionWord('when did it sink?')).toBe('when did it sink?');
    // A capitalised word may be a name one edit from a question word.
    expect(mendQuestionWord('Huw said what?')).toBe('Huw said what?');
  });
});

// An invented ferry story.
const story = buildStory(
  [
    {
      id: 'ferry',
      title: 'Ferry sinks',
      titleGiven: true,
      file: 'ferry.md',
      published: '2031-02-10',
      body: 'The ferry Morwen sank off Carrick Point on Sunday. All forty passengers were rescued by fishing boats.',
    },
  ],
  'question-word-fixture',
);

describe('asksYesOrNo, asksWhatHappened', () => {
  it('tells a yes-or-no question from one that offers alternatives', () => {
    expect(asksYesOrNo('Did the ferry sail on time?')).toBe(true);
    expect(asksYesOrNo("Isn't the pier closed?")).toBe(true);
    expect(asksYesOrNo('Was the ferry late or early?')).toBe(false);
    expect(asksYesOrNo('Who sank the ferry?')).toBe(false);
  });
  it('reads "what happened" in its tenses', () => {
    expect(asksWhatHappened('What happened off the point?')).toBe(true);
    expect(asksWhatHappened('what will happen to the crew')).toBe(true);
    expect(asksWhatHappened('What sank the ferry?')).toBe(false);
  });
});

describe('a question answered by its sentences', () => {
  it('gives no name taken from them to a yes-or-no or a what-happened question', () => {
    for (const q of ['Did the ferry sink off Carrick Point?', 'What happened off Carrick Point?']) {
      const answer = answerQuestion(story, q);
      expect(answer.answer).toBeNull();
      expect(answer.excerpts[0]?.text).toContain('sank off Carrick Point');
    }
  });
});

describe('a misspelt question word', () => {
  it('is answered as the question it stands for', () => {
    expect(answerQuestion(story, 'whn did the ferry sink?').answer?.text).toBe(
      answerQuestion(story, 'when did the ferry sink?').answer?.text,
    );
    expect(answerQuestion(story, 'whn did the ferry sink?').kind).toBe('date');
  });
});
