import { describe, expect, it } from 'vitest';
import { coMembersOf, namedMembers } from '../../src/answer/coMembers.js';
import type { Token } from '../../src/nlp/entities.js';

/** Word tokens of an invented sentence, with their offsets. */
function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    pos: 'X',
  }));
}

/** The span of a phrase in a text. */
function spanOf(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
}

describe('namedMembers', () => {
  it('reads the member a question names beside the one it asks for', () => {
    expect(namedMembers('Along with Quillmoor, what other town joined the league?')).toEqual([new Set(['quillmoor'])]);
    expect(namedMembers('Besides Quillmoor, which town joined?')).toEqual([new Set(['quillmoor'])]);
    expect(namedMembers('Quillmoor and what other town joined the league?')).toEqual([new Set(['quillmoor'])]);
    expect(namedMembers('The guild merged with Quillmoor and which other town?')).toEqual([new Set(['quillmoor'])]);
    expect(namedMembers('Which town besides Quillmoor did the guild visit?')).toEqual([new Set(['quillmoor'])]);
    expect(namedMembers("The guild raised a town's harbour and what else?")).toEqual([new Set(['harbour'])]);
    expect(namedMembers('Along with Quillmoor and Dastrow, what town joined?')).toEqual([new Set(['quillmoor']), new Set(['dastrow'])]);
  });
  it('reads none from a question that names no member beside the asked one', () => {
    expect(namedMembers('Which town joined the league?')).toBeUndefined();
    expect(namedMembers('What other town joined the league?')).toBeUndefined();
  });
});

describe('coMembersOf', () => {
  const text = 'In spring Quillmoor, Dastrow and Fennick Vale joined the league, said the mayor Orla Pim.';
  const spans = ['spring', 'Dastrow', 'Fennick Vale', 'the league', 'Orla Pim', 'Quillmoor'].map((p) => spanOf(text, p));
  it('keeps the candidates listed beside the named member, not it nor phrases elsewhere', () => {
    expect(coMembersOf(text, tokensOf(text), spans, [new Set(['quillmoor'])])).toEqual(new Set([1, 2]));
  });
  it('joins members by "as well as"', () => {
    const t = 'Dastrow (DW) as well as Quillmoor sent boats.';
    expect(coMembersOf(t, tokensOf(t), [spanOf(t, 'Dastrow'), spanOf(t, 'boats')], [new Set(['quillmoor'])])).toEqual(new Set([0]));
  });
  it('keeps none where the named member stands in no list', () => {
    const t = 'Quillmoor joined the league in spring.';
    expect(coMembersOf(t, tokensOf(t), [spanOf(t, 'the league'), spanOf(t, 'spring')], [new Set(['quillmoor'])]).size).toBe(0);
  });
  it('takes no list of commas alone', () => {
    const t = 'Besides Quillmoor, the guild sent boats.';
    expect(coMembersOf(t, tokensOf(t), [spanOf(t, 'the guild'), spanOf(t, 'boats')], [new Set(['quillmoor'])]).size).toBe(0);
  });
  it('takes a list the named members close between them', () => {
    const t = 'Fennick, Quillmoor and Dastrow joined.';
    const named = [new Set(['quillmoor']), new Set(['dastrow'])];
    expect(coMembersOf(t, tokensOf(t), [spanOf(t, 'Fennick')], named)).toEqual(new Set([0]));
  });
  it('takes three members by commas alone', () => {
    const t = 'It held four towns: Fennick, Quillmoor, Dastrow, Orlen.';
    const named = namedMembers('Along with Quillmoor, Dastrow and Orlen, which town did it hold?')!;
    expect(coMembersOf(t, tokensOf(t), [spanOf(t, 'four towns'), spanOf(t, 'Fennick')], named)).toEqual(new Set([1]));
  });
  it('takes no run holding under half the named member for it', () => {
    const t = 'Vell Radio 7 and 7 Tide Hour aired it.';
    const named = [new Set(['quillmoor', 'radio', '7'])];
    expect(coMembersOf(t, tokensOf(t), [spanOf(t, 'Vell Radio 7'), spanOf(t, '7 Tide Hour')], named)).toEqual(new Set([1]));
  });
});
