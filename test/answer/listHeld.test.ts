import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { askedCount } from '../../src/answer/askedNumber.js';
import { MIN_COVERAGE_FLOOR } from '../../src/answer/covered.js';
import { heldWords } from '../../src/answer/heldWords.js';
import { isClassifierNoun, listHeldIn, listHeldTerms, listMembers } from '../../src/answer/listHeld.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

// An invented paragraph: one sentence lists the lichens, and none writes "three" or "kinds".
const body =
  'The quarry above Tarnwick closed in 1961. Walkers now cross it on a gravel path. Its old walls are damp. ' +
  'Lichens there are crustose, foliose and fruticose, says the ranger. A small cafe opens at weekends.';
const story = oneArticleStory('quarry', 'Quarry', body);

describe('listMembers', () => {
  it('counts the members a list closed by "and" or "or" writes', () => {
    expect(listMembers('herons, gulls and terns')).toBe(3);
    expect(listMembers('herons, gulls, and terns')).toBe(3);
    expect(listMembers('rope or chain')).toBe(2);
    expect(listMembers('rope and/or chain')).toBe(2);
  });

  it('reads no list where no "and" or "or" closes one, nor a comma inside a figure', () => {
    expect(listMembers('March 4, 1920')).toBe(1);
    expect(listMembers('30,000 and more')).toBe(2);
    expect(listMembers('Orsk')).toBe(1);
  });
});

describe('askedCount', () => {
  it('reads the number of things a question asks for, in words or figures', () => {
    expect(askedCount('What are three kinds of moss?')).toEqual({ count: 3, written: 'three' });
    expect(askedCount('Name 2 boats the yard built.')).toEqual({ count: 2, written: '2' });
  });

  it('reads none in a count to choose among or one before a unit of time', () => {
    expect(askedCount('Which of the two boats sank?')).toBeUndefined();
    expect(askedCount('What did the two week fair sell?')).toBeUndefined();
  });
});

describe('isClassifierNoun', () => {
  it('knows the nouns WordNet gives for a kind, a category or an example', () => {
    for (const w of ['kinds', 'types', 'examples', 'forms', 'sorts', 'categories']) expect(isClassifierNoun(w)).toBe(true);
    for (const w of ['boats', 'lichens', 'walls']) expect(isClassifierNoun(w)).toBe(false);
  });
});

describe('listHeldTerms', () => {
  it('holds the count when the list has that many members, and a plural classing noun', () => {
    expect(listHeldTerms('What are three kinds of moss?', 'peat, star and hair moss')).toEqual(['three', 'kind']);
    expect(listHeldTerms('What are two kinds of moss?', 'peat, star and hair moss')).toEqual(['kind']);
    expect(listHeldTerms('Which cell types does it stop?', 'rods and cones')).toEqual(['type']);
  });

  it('holds nothing for an answer that is no list, nor a classing noun asking for one member or used otherwise', () => {
    expect(listHeldTerms('What are three kinds of moss?', 'peat moss')).toEqual([]);
    expect(listHeldTerms('What is an example of a moss?', 'peat and star moss')).toEqual([]);
    expect(listHeldTerms('Who teaches the classes at the hall?', 'Ada and Bo')).toEqual([]);
  });

  it('holds no count the question writes other than the one it asks for', () => {
    expect(listHeldTerms('Which moss do the two rangers like?', 'peat and star moss')).toEqual([]);
    expect(listHeldTerms('What two mosses do rangers like?', 'peat and star moss')).toEqual(['two']);
  });
});

describe('listHeldIn', () => {
  const lichens = story.sentences.find((s) => s.text.startsWith('Lichens'))!;

  it('holds the count where the sentence writes every other term', () => {
    expect(listHeldIn(['three', 'kind', 'lichen'], lichens, ['three', 'kind'])).toEqual(['three', 'kind']);
  });

  it('holds only the classing noun where the sentence misses another term of the question', () => {
    expect(listHeldIn(['three', 'kind', 'lichen', 'moss'], lichens, ['three', 'kind'])).toEqual(['kind']);
  });
});

describe('a list answer holds its question count and classing noun', () => {
  it('covers a question whose best sentence writes only the list', () => {
    const trace = traceAnswer(story, 'What are three kinds of lichens?');
    expect(trace.coverage!.coverage).toBeGreaterThan(MIN_COVERAGE_FLOOR);
    expect(trace.answer.answer?.text).toBe('crustose, foliose and fruticose');
  });

  it('counts the list-held terms as held by the answer sentence', () => {
    const sentenceId = story.sentences.find((s) => s.text.startsWith('Lichens'))!.id;
    const plain = heldWords(story, 'What are three kinds of lichens?', sentenceId);
    const listed = heldWords(story, 'What are three kinds of lichens?', sentenceId, [], ['three', 'kind']);
    expect(plain.sentenceHeld).toBeLessThan(0.5);
    expect(listed.sentenceHeld).toBe(1);
    expect(listed.absent).toBe(0);
  });
});
