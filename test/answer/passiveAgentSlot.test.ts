import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import { observeExtraction, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import { inAgentSlot, isPassiveParticiple, isPastParticiple } from '../../src/answer/passiveAgent.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { taggedTokens } from '../fixtures/taggedTokens.js';

describe('isPastParticiple', () => {
  it('reads a participle after a verb prefix, hyphenated or, where WordNet knows the lemma as a verb, closed up', () => {
    expect(isPastParticiple({ text: 'co-founded', start: 0, end: 10, pos: 'VERB' })).toBe(true);
    expect(isPastParticiple({ text: 'rebuilt', start: 0, end: 7, pos: 'VERB', lemma: 'rebuild' })).toBe(true);
    expect(isPastParticiple({ text: 'upheld', start: 0, end: 6, pos: 'VERB', lemma: 'uphold' })).toBe(true);
  });
  it('reads no participle in a word that only looks like a prefixed one', () => {
    expect(isPastParticiple({ text: 'comet', start: 0, end: 5, pos: 'NOUN' })).toBe(false);
    expect(isPastParticiple({ text: 'outset', start: 0, end: 6, pos: 'NOUN' })).toBe(false);
  });
});

describe('isPassiveParticiple', () => {
  it('reads a participle spelled as its base after a form of "be" or "get"', () => {
    expect(isPassiveParticiple(taggedTokens('was/AUX cast/VERB by/ADP Ivo/PROPN'), 1)).toBe(true);
    expect(isPassiveParticiple(taggedTokens('got/VERB hurt/VERB by/ADP Ivo/PROPN'), 1)).toBe(true);
    expect(isPassiveParticiple(taggedTokens('were/AUX spread/VERB by/ADP Ivo/PROPN'), 1)).toBe(true);
  });
  it('reads none in a base form elsewhere, nor in a word the tagger did not read as a verb', () => {
    expect(isPassiveParticiple(taggedTokens('they/PRON cast/VERB by/ADP Ivo/PROPN'), 1)).toBe(false);
    expect(isPassiveParticiple(taggedTokens('was/AUX back/ADV by/ADP Monday/PROPN'), 1)).toBe(false);
  });
});

describe('inAgentSlot', () => {
  const tokens = taggedTokens('was/AUX made/VERB by/ADP Danish/ADJ smith/NOUN Ivo/PROPN Brandt/PROPN ./PUNCT');
  it('takes the name heading the agent past a describing word and a role noun, not the describing word', () => {
    expect(inAgentSlot(tokens, 5, 6)).toBe(true);
    expect(inAgentSlot(tokens, 3, 3)).toBe(false);
  });
  it('takes a name after "by" and a name joined to it by "and"', () => {
    const named = taggedTokens('was/AUX mended/VERB by/ADP Ivo/PROPN Brandt/PROPN and/CCONJ Orla/PROPN Tell/PROPN');
    expect(inAgentSlot(named, 3, 4)).toBe(true);
    expect(inAgentSlot(named, 6, 7)).toBe(true);
  });
  it('takes the name a role noun and its comma set apart after "by"', () => {
    const apposed = taggedTokens('was/AUX made/VERB by/ADP the/DET Danish/ADJ smith/NOUN ,/PUNCT Ivo/PROPN Brandt/PROPN ./PUNCT');
    expect(inAgentSlot(apposed, 7, 8)).toBe(true);
    expect(inAgentSlot(apposed, 4, 4)).toBe(false);
  });
});

/** The model's `agent` feature of each candidate the extractor ranked while answering `question`. */
function agentFeatures(body: string, question: string): Map<string, number | undefined> {
  const seen: ObservedCandidate[][] = [];
  observeExtraction({ candidates: (c) => seen.push(c) });
  try {
    answerQuestion(oneArticleStory('bell', 'Bell', body), question);
  } finally {
    observeExtraction(undefined);
  }
  const k = CANDIDATE_FEATURES.indexOf('agent');
  return new Map(seen.flat().map((c) => [c.text, c.features[k]]));
}

describe('the agent of a passive in the extractor', () => {
  it('is the name after a describing word and a role noun, not the describing word', () => {
    const agent = agentFeatures('The chapel bell was made by the Norwegian Lutheran smith Ivo Brandt.', 'Who cast the chapel bell?');
    expect(agent.get('Ivo Brandt')).toBe(1);
    expect(agent.get('Norwegian Lutheran')).toBe(0);
  });
});

describe('a who-question answered by the agent of a prefixed participle', () => {
  it('takes the surname after "rebuilt by", which only its slot makes a name', () => {
    const story = oneArticleStory('mill', 'Mill', 'The mill was rebuilt by Stamp after the flood, and Orla Tellin paid for it.');
    expect(answerQuestion(story, 'Who rebuilt the mill?').answer?.text).toBe('Stamp');
  });
  it('takes the name after "co-founded by" that a gazetteer files as a town', () => {
    const story = oneArticleStory('guild', 'Guild', 'The guild was co-founded by Bexley in 1702, a year after Ivo Brandt left.');
    expect(answerQuestion(story, 'Who co-founded the guild?').answer?.text).toBe('Bexley');
  });
});

describe('a who-question answered by the agent of a participle spelled as its base', () => {
  it('takes the surname after "was cast by", which only its slot makes a name', () => {
    const story = oneArticleStory('bell', 'Bell', 'The chapel bell was cast by Stamp after the flood, and Orla Tellin paid for it.');
    expect(answerQuestion(story, 'Who cast the chapel bell?').answer?.text).toBe('Stamp');
  });
});
