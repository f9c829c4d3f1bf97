import { describe, expect, it } from 'vitest';
import { clauseRoles } from '../../src/answer/clauseRoles.js';
import { answerQuestion, traceAnswer } from '../../src/answer/answerQuestion.js';
import { heldWords } from '../../src/answer/heldWords.js';
import { doesRelatedVerb, relatedVerbTerms, verbsToldBy } from '../../src/answer/relatedDoers.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { termOf, termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The short answer to `question` of a story of the invented text `text`. */
function answerOf(text: string, question: string): string | undefined {
  return answerQuestion(oneArticleStory('related', 'Related', text), question).answer?.text;
}

/** Whether the words `name` of `sentence` are the doer of a verb WordNet relates to the question's. */
function doesRelated(question: string, sentence: string, name: string): boolean {
  const own = new Set(termsOf(question));
  const tokens = tagSentence(sentence).tokens;
  const first = tokens.findIndex((t) => t.text === name.split(' ')[0]);
  const last = first + name.split(' ').length - 1;
  return doesRelatedVerb(tokens, first, last, relatedVerbTerms(question, own), (t) => own.has(termOf(t.text) ?? ''), false);
}

describe('relatedVerbTerms', () => {
  it('gives the terms of the words WordNet relates to the question’s verbs, not the question’s own', () => {
    const own = new Set(termsOf('Who founded the Tolly Guild?'));
    const related = relatedVerbTerms('Who founded the Tolly Guild?', own);
    expect(related.has(termOf('establish')!)).toBe(true);
    expect(related.has(termOf('found')!)).toBe(false);
    expect(related.get(termOf('establish')!)).toBe(termOf('founded'));
  });

  it('gives the terms of the verbs the question’s verbs are kinds of, not what they cause', () => {
    const bought = relatedVerbTerms('Who bought the Tolly mill?', new Set(termsOf('Who bought the Tolly mill?')));
    expect(bought.get(termOf('acquire')!)).toBe(termOf('bought'));
    const killed = relatedVerbTerms('Who killed the Orsk wolf?', new Set(termsOf('Who killed the Orsk wolf?')));
    expect(killed.has(termOf('die')!)).toBe(false);
  });
});

describe('verbsToldBy', () => {
  it('gives the question verbs whose related verb the sentence writes', () => {
    const question = 'Who yelled at the ferryman?';
    const related = relatedVerbTerms(question, new Set(termsOf(question)));
    expect(verbsToldBy(tagSentence('A deckhand shouted at the ferryman.').tokens, related)).toEqual([termOf('yell')]);
    expect(verbsToldBy(tagSentence('A deckhand waved at the ferryman.').tokens, related)).toEqual([]);
  });
});

describe('doesRelatedVerb', () => {
  it('reads the subject or the "by" agent of a verb related to the question’s', () => {
    expect(doesRelated('Who founded the Tolly Guild?', 'The Tolly Guild was established in 1820 by Ada Vell.', 'Ada Vell')).toBe(true);
    expect(doesRelated('Who yelled at the ferryman?', 'Ivo Brandt said a deckhand shouted at the ferryman.', 'deckhand')).toBe(true);
    expect(doesRelated('Who yelled at the ferryman?', 'Ivo Brandt said a deckhand shouted at the ferryman.', 'Ivo Brandt')).toBe(false);
    // A verb the question's is a kind of: buying is a kind of acquiring.
    expect(doesRelated('Who bought the Tolly mill?', 'The Tolly mill was acquired in 1921 by Ada Vell.', 'Ada Vell')).toBe(true);
  });

  it('reads no doer in the object of a verb that the related verb follows as a participle', () => {
    expect(doesRelated('Who wanted the clerks?', 'The cost of hiring the clerks needed to run the Tarrow mill rose.', 'clerks')).toBe(
      false,
    );
    expect(doesRelated('Who wanted a new mill?', 'The clerks needed a new mill at Tarrow.', 'clerks')).toBe(true);
  });
});

describe('clauseRoles: "it took X to VERB"', () => {
  it('reads the one named before "to" after "it" and "take" as the chained verb’s subject', () => {
    const tokens = tagSentence('Ada Vell said it took one stranger to notice the crack.').tokens;
    const roles = clauseRoles(tokens, (t) => termOf(t.text) === termOf('notice'));
    expect(
      roles.subjects.map(([a, b]) =>
        tokens
          .slice(a, b + 1)
          .map((t) => t.text)
          .join(' '),
      ),
    ).toEqual(['one stranger']);
  });
});

describe('who-answers by a verb WordNet relates to the question’s', () => {
  it('answers with the doer of the related verb, a person’s noun phrase where no name does it', () => {
    expect(
      answerOf(
        'At the Tarrow mill Ada Vell met Ivo Brandt, and a deckhand shouted at the ferryman at the quay.',
        'Who yelled at the ferryman?',
      ),
    ).toBe('deckhand');
    expect(
      answerOf('The Orsk ferry left late after a deckhand shouted at Ada Vell on the quay.', 'Who yelled at Ada Vell on the quay?'),
    ).toBe('deckhand');
  });

  it('answers with the doer of a verb the question’s is a kind of, not another name of the sentence', () => {
    const text = 'The Tolly mill, long run by the miller Ivo Brandt, was acquired in 1921 by Ada Vell. The river was high that year.';
    expect(answerOf(text, 'Who bought the Tolly mill?')).toBe('Ada Vell');
  });

  it('counts the question verb as held by the sentence that tells it by the related verb', () => {
    const text = 'At the Tarrow mill Ada Vell met Ivo Brandt, and a deckhand shouted at the ferryman at the quay.';
    const story = oneArticleStory('related', 'Related', text);
    const question = 'Who yelled at the ferryman?';
    const short = traceAnswer(story, question).short;
    expect(short?.verbsTold).toEqual([termOf('yell')]);
    const bare = heldWords(story, question, short!.sentenceId).sentenceHeld;
    expect(heldWords(story, question, short!.sentenceId, [], short!.verbsTold).sentenceHeld).toBeGreaterThan(bare);
  });
});
