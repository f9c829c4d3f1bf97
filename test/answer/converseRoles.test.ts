import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { converseRoles } from '../../src/answer/converseRoles.js';
import type { Token } from '../../src/nlp/entities.js';
import { termOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The words of each role `converseRoles` gives, for a question's terms and a converse verb's term. */
function turned(text: string, questionTerms: string[], converse: string): Record<string, string[]> {
  const tokens = oneArticleStory('deal', 'Deal', text).sentences[0]!.tokens;
  const isTerm = (t: Token) => questionTerms.includes(termOf(t.text) ?? '');
  const roles = converseRoles(tokens, isTerm, false, (t) => termOf(t.text) === converse);
  const words = (spans: readonly (readonly [number, number])[]) =>
    spans.map(([a, b]) =>
      tokens
        .slice(a, b + 1)
        .map((t) => t.text)
        .join(' '),
    );
  return {
    subjects: words(roles.subjects),
    objects: words(roles.objects),
    subjectFrames: words(roles.subjectFrames),
    objectFrames: words(roles.objectFrames),
  };
}

describe('converseRoles', () => {
  it("makes the converse's party after 'to' / 'from' the question verb's subject, and its subject the object", () => {
    // "Who bought the mill from Ada Vell?" read in a sentence that says "sold … to".
    const roles = turned('Ada Vell sold the old mill to Tom Bard last spring.', ['buy', 'mill', 'ada', 'vell'], 'sell');
    expect(roles.subjects).toContain('Tom Bard');
    expect(roles.subjectFrames).toEqual(['old mill', 'Tom Bard']);
    expect(roles.objects).toEqual(['Ada Vell']);
  });
  it("makes the converse's object the question verb's subject ('A beat B' for 'Who lost to A?')", () => {
    const roles = turned('Ada Vell beat Nell Rand in the final.', ['lose', 'ada', 'vell'], 'beat');
    expect(roles.subjectFrames).toEqual(['Nell Rand']);
    expect(roles.objects).toEqual(['Ada Vell']);
  });
  it("makes the subject of a converse whose complement names the question's party the question verb's object", () => {
    // "Who did Sam Pell lend the barge to?" read in "Ida Rolt borrowed the barge from Sam Pell".
    const roles = turned('Ida Rolt borrowed the barge from Sam Pell.', ['lend', 'barg', 'sam', 'pell'], 'borrow');
    expect(roles.objectFrames).toEqual(['Ida Rolt']);
    expect(roles.subjects).toContain('Sam Pell');
  });
});

describe('a question answered through a converse of its verb', () => {
  const story = oneArticleStory(
    'mill',
    'Mill',
    'Nell Rand said on Monday that Ada Vell had sold the Harrowby mill to Tom Bard for a small sum.',
  );
  it('is answered with the party on the asked side, not the nearer name', () => {
    expect(answerQuestion(story, 'Who bought the Harrowby mill from Ada Vell?').answer?.text).toBe('Tom Bard');
    expect(answerQuestion(story, 'Who purchased the Harrowby mill?').answer?.text).toBe('Tom Bard');
  });
});
