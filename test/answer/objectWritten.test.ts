import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import { observeExtraction, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import { verbWithWrittenObject } from '../../src/answer/objectWritten.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe("a question that writes its verb's object", () => {
  it('reads the verb whose object the question names, not a verb asking its object, a quantifier nor a recipient', () => {
    expect(verbWithWrittenObject('What do the Orsk dyers keep their salt in?')).toBe('keep');
    expect(verbWithWrittenObject('What did the Velden council need the ferry tolls to pay for?')).toBe('need');
    // The question word is the object: nothing written after the verb, or a preposition right after it.
    expect(verbWithWrittenObject('What do the Orsk dyers keep?')).toBeNull();
    expect(verbWithWrittenObject('What do the Orsk dyers trade with?')).toBeNull();
    // "many of": the noun asked for follows "of"; a name or a person noun is whom the thing asked is given.
    expect(verbWithWrittenObject('What does the Orsk market still hold many of?')).toBeNull();
    expect(verbWithWrittenObject('What did the guild offer Ada Vell?')).toBeNull();
    expect(verbWithWrittenObject('What did the warden promise the boatmen?')).toBeNull();
    // After "do" a participle describes a noun: "have" is the verb, which wink tags a helper.
    expect(verbWithWrittenObject('What do the dye vats have reduced levels of?')).toBeNull();
  });

  it('answers with the complement, not the object the sentence gives the verb in other words', () => {
    const dyers = oneArticleStory('dyers', 'Dyers', 'Orsk dyers keep NaCl in a wooden barrel beside the river gate.');
    expect(answerQuestion(dyers, 'What do Orsk dyers keep salt in?').answer?.text).toBe('wooden barrel');
    const clerks = oneArticleStory('clerks', 'Clerks', 'The quay clerks file each Form 7B in a green ledger kept by the harbour master.');
    expect(answerQuestion(clerks, 'What do the quay clerks file the customs forms in?').answer?.text).toBe('green ledger');
  });

  it('marks only the object (and its figure) of the verb the question writes an object for', () => {
    const seen: ObservedCandidate[][] = [];
    observeExtraction({ candidates: (c) => seen.push(c) });
    try {
      answerQuestion(
        oneArticleStory('clerks', 'Clerks', 'The quay clerks file each Form 7B in a green ledger kept by the harbour master.'),
        'What do the quay clerks file the customs forms in?',
      );
    } finally {
      observeExtraction(undefined);
    }
    const marked = seen[0]!.filter((c) => c.features[CANDIDATE_FEATURES.indexOf('objectWritten')] === 1).map((c) => c.text);
    expect(marked).toEqual(['7B', 'Form 7B']);
  });
});
