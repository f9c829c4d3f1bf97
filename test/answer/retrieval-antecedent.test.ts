import { describe, expect, it } from 'vitest';
import { antecedentTerms, opensWithPronoun } from '../../src/answer/antecedent.js';
import { idf, RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';
import { termsOf } from '../../src/search/terms.js';

/** A one-article invented story. */
const storyOf = (id: string, title: string, body: string) =>
  buildStory([{ id, title, titleGiven: true, file: `${id}.md`, body }], `${id}-fixture`);

const story = storyOf(
  'harbour',
  'Harbour news',
  [
    'Ann Lee chaired the harbour board.',
    'She resigned on Monday after a long audit of the accounts.',
    'Ann Lee thanked the staff of the harbour.',
    'Lee grew up in the town.',
    'Lee sailed every weekend with friends.',
    'Ann Lee later opened a bakery.',
    'A porter at the marina resigned on Friday, the board said.',
    'The ferry timetable changes in spring.',
    'Boats line the quay at dawn.',
    'Tourists crowd the pier in summer.',
    'Fishermen mend their nets on the slipway.',
  ].join('\n\n'),
);
const sentence = (start: string) => story.sentences.find((s) => s.text.startsWith(start))!;

describe('antecedentTerms', () => {
  it("gives the sentence before's terms to a sentence that opens with a pronoun, across a paragraph break", () => {
    const terms = antecedentTerms(story, sentence('She resigned'));
    expect(terms?.has('lee')).toBe(true);
    expect(terms?.has('harbour')).toBe(true);
  });
  it('gives the terms of two sentences up when the sentence before points back too', () => {
    const chain = storyOf(
      'c',
      'Chain',
      'Ann Lee chaired the harbour board. She resigned in May. She then left the town.\n\nA porter at the marina quit. The ferry was late.',
    );
    const of = (start: string) => antecedentTerms(chain, chain.sentences.find((s) => s.text.startsWith(start))!);
    expect(of('She then')?.has('harbour')).toBe(true);
    expect(of('She then')?.has('resign')).toBe(true);
    expect(of('The ferry')?.has('porter')).toBe(true);
    expect(of('The ferry')?.has('town')).toBe(false);
  });
  it('gives nothing to a sentence that names its own subject, or to the first sentence', () => {
    expect(antecedentTerms(story, sentence('A porter'))).toBeUndefined();
    expect(antecedentTerms(story, sentence('Ann Lee'))).toBeUndefined();
  });
  it('tells a pronoun opening from a definite description', () => {
    expect(opensWithPronoun(sentence('She resigned'))).toBe(true);
    expect(opensWithPronoun(sentence('The ferry'))).toBe(false);
    expect(opensWithPronoun(sentence('Ann Lee'))).toBe(false);
  });
  it('reads a subject pronoun after a short fronted phrase, not a name or a description there', () => {
    expect(opensWithPronoun({ text: 'In December, she sold the boat.' })).toBe(true);
    expect(opensWithPronoun({ text: '"After the audit, they left," a clerk said.' })).toBe(true);
    expect(opensWithPronoun({ text: 'In December, the board sold the boat.' })).toBe(false);
    expect(opensWithPronoun({ text: 'Ann Lee, who sailed, later sold it.' })).toBe(false);
  });
  it('reads a subject pronoun after a fronted time or place phrase with no comma, not a name or a description there', () => {
    expect(opensWithPronoun({ text: 'In 1881 it moved to Brisk.' })).toBe(true);
    expect(opensWithPronoun({ text: 'Later he sold the boat to a neighbour.' })).toBe(true);
    expect(opensWithPronoun({ text: 'After it closed the crew went home.' })).toBe(true);
    expect(opensWithPronoun({ text: 'In 1881 the mill moved to Brisk.' })).toBe(false);
    expect(opensWithPronoun({ text: 'Orsk harbour board sold it in 1881.' })).toBe(false);
  });
  it("gives the sentence before's terms to a sentence opening with a fronted phrase and a pronoun, no comma between", () => {
    const moved = storyOf('m', 'Mill', 'Ada Vell founded the Tarrow mill. In 1881 it moved to Brisk.\n\nThe ferry was late.');
    const terms = antecedentTerms(moved, moved.sentences.find((s) => s.text.startsWith('In 1881'))!);
    expect(terms?.has('tarrow')).toBe(true);
  });
});

describe('ranking with antecedents', () => {
  it('counts a question name the pronoun stands for toward coverage, at the antecedent weight', () => {
    const ranked = rankSentences(story, { terms: ['ann', 'lee', 'resign'], kind: 'date', text: 'when did ann lee resign' });
    const she = ranked.find((r) => r.sentence.text.startsWith('She resigned'))!;
    const w = (t: string) => idf(story, t);
    const total = w('ann') + w('lee') + w('resign');
    expect(she.coverage).toBeCloseTo((w('resign') + RANKING.antecedent * (w('ann') + w('lee'))) / total, 5);
    expect(ranked[0]!.sentence.text).toMatch(/^She resigned/);
  });
});

describe('ranking a pronoun sentence with its antecedent', () => {
  const guild = storyOf(
    'guild',
    'Valley news',
    [
      'The guild of orchard keepers at Harrowby sang its songs in Welsh for some ninety years. They turned to Cornish after a quarrel over a tax on cider.',
      'Harrowby lies in a wide valley.',
      'The Harrowby market opens on Tuesdays.',
      'Farmers in the valley grow apples and pears.',
      'A new bridge crosses the river near the mill.',
      'The mill grinds wheat for three villages.',
      'Children swim in the river in summer.',
    ].join('\n\n'),
  );
  const rank = (text: string) => rankSentences(guild, { terms: termsOf(text), kind: 'other', text });
  const withShare = <T>(share: number, fn: () => T): T => {
    const was = RANKING.antecedentShare;
    (RANKING as { antecedentShare: number }).antecedentShare = share;
    try {
      return fn();
    } finally {
      (RANKING as { antecedentShare: number }).antecedentShare = was;
    }
  };

  it('puts first the sentence that says what the question asks, though only the sentence before names its subject', () => {
    const question = 'why did the harrowby orchard guild turn its songs to cornish';
    expect(withShare(0, () => rank(question))[0]!.sentence.text).toMatch(/^The guild/);
    expect(rank(question)[0]!.sentence.text).toMatch(/^They turned/);
  });
  it('leaves the antecedent first when the pronoun sentence adds no word of the question', () => {
    const ranked = rank('where did the harrowby orchard guild sing its songs');
    expect(ranked[0]!.sentence.text).toMatch(/^The guild/);
    const they = ranked.find((r) => r.sentence.text.startsWith('They turned'));
    expect(they === undefined || they.score < ranked[0]!.score).toBe(true);
  });
});
