import { describe, expect, it } from 'vitest';
import { antecedentTerms } from '../../src/answer/antecedent.js';
import { idf, RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';

const story = buildStory(
  [
    {
      id: 'harbour',
      title: 'Harbour news',
      titleGiven: true,
      file: 'harbour.md',
      body: [
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
    },
  ],
  'antecedent-fixture',
);
const sentence = (start: string) => story.sentences.find((s) => s.text.startsWith(start))!;

describe('antecedentTerms', () => {
  it("gives the sentence before's terms to a sentence that opens with a pronoun, across a paragraph break", () => {
    const terms = antecedentTerms(story, sentence('She resigned'));
    expect(terms?.has('lee')).toBe(true);
    expect(terms?.has('harbour')).toBe(true);
  });
  it('gives nothing to a sentence that names its own subject, or to the first sentence', () => {
    expect(antecedentTerms(story, sentence('A porter'))).toBeUndefined();
    expect(antecedentTerms(story, sentence('Ann Lee'))).toBeUndefined();
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
