import { describe, expect, it } from 'vitest';
import {
  capitalisedWords,
  chat,
  chatty,
  contraction,
  flat,
  hurried,
  lowerCase,
  noQuestionMark,
  PERTURBATIONS,
  perturbItems,
  typo,
} from '../../scripts/evalTyped.js';
import { boundedDistance } from '../../src/answer/typos.js';
import { cleanQuestion } from '../../src/answer/cleanQuestion.js';
import { mendQuestionWord } from '../../src/answer/questionWord.js';

const names = new Set(['marrowby', 'okafor']);
const at = (seed: string) => ({ seed, capitalised: names });

describe('typed-question perturbations', () => {
  it('lower-cases, drops the question mark, flattens punctuation but not numbers', () => {
    expect(lowerCase('Who met Okafor?')).toBe('who met okafor?');
    expect(noQuestionMark('Who met Okafor ?')).toBe('Who met Okafor');
    expect(flat("What did Okafor's crew sell for $4.5m, 12% more?")).toBe('what did okafors crew sell for $4.5m 12% more');
    expect(flat('Who won 6-4 in the semi-final?')).toBe('who won 6-4 in the semi final');
  });
  it('puts one seeded typo in the longest name after the first word', () => {
    const q = 'When did Okafor reach Marrowby?';
    const typed = typo(q, at('q1'));
    expect(typed).toBe(typo(q, at('q1')));
    expect(typed).not.toBe(q);
    const [before, after] = [q.split(' ')[4]!, typed.split(' ')[4]!];
    expect(boundedDistance(before, after, 2)).toBe(1);
    expect(after[0]).toBe('M');
    expect(typed.split(' ').slice(0, 3).join(' ')).toBe('When did Okafor');
    // No name, no typo.
    expect(typo('When did the ferry sail?', at('q1'))).toBe('When did the ferry sail?');
    // Every seed gives a typo one edit away.
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f'])
      expect(boundedDistance('Marrowby?', typo('Marrowby?', at(seed)).replace(/^.*\s/, ''), 2)).toBeLessThanOrEqual(1);
  });
  it('wraps the question in chat that cleanQuestion strips', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const typed = chat('Who met Okafor?', at(seed));
      expect(typed).not.toBe('Who met Okafor?');
      expect(cleanQuestion(typed)).toBe('Who met Okafor?');
    }
  });
  it('asks in passing: after a preamble, in quotation marks or with "??", each undone by cleanQuestion and mendQuestionWord', () => {
    const seen = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) {
      const typed = chatty('Who met Okafor?', at(seed));
      seen.add(typed.startsWith('"') ? 'quoted' : typed.endsWith('??') ? 'marks' : 'preamble');
      expect(mendQuestionWord(cleanQuestion(typed)).toLowerCase()).toBe('who met okafor?');
    }
    expect(seen.size).toBe(3);
  });
  it('contracts "what is" / "who is" without an apostrophe', () => {
    expect(contraction('What is the toll?')).toBe('Whats the toll?');
    expect(contraction("Who's the skipper?")).toBe('Whos the skipper?');
    expect(contraction('Who met Okafor?')).toBe('Who met Okafor?');
  });
  it('hurries: lower case, no question mark, a typo', () => {
    const typed = hurried('When did Okafor reach Marrowby?', at('q1'));
    expect(typed).toBe(typo('When did Okafor reach Marrowby?', at('q1')).toLowerCase().replace(/\?$/, ''));
  });
  it('reads the words a story writes as names', () => {
    const caps = capitalisedWords([
      'The crew met Okafor in Marrowby.',
      'Later the Company said the company was sold to a company.',
      'Okafor left.',
    ]);
    expect([...caps].sort()).toEqual(['marrowby', 'okafor']);
  });
  it('applies a perturbation to the question or to the command’s query, counting changes', () => {
    const items = [
      { id: 'x', command: 'who' as const, query: 'met Okafor', question: 'Who met Okafor?', answers: ['a'], evidence: ['b'] },
      { id: 'y', command: 'when' as const, query: 'ferry sailed', question: 'When did the ferry sail?', answers: ['a'], evidence: ['b'] },
    ];
    const lower = PERTURBATIONS.find((p) => p.name === 'lower')!;
    const out = perturbItems(items, lower, names);
    expect(out.changed).toBe(2);
    expect(out.items[0]!.question).toBe('who met okafor?');
    expect(out.items[0]!.query).toBe('met Okafor');
    const cmdLower = PERTURBATIONS.find((p) => p.name === 'cmd lower')!;
    const cmd = perturbItems(items, cmdLower, names);
    expect(cmd.changed).toBe(1);
    expect(cmd.items[0]!.query).toBe('met okafor');
  });
});
