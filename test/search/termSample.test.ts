import { describe, expect, it } from 'vitest';
import { SentenceIndex } from '../../src/search/sentenceIndex.js';
import { termOf } from '../../src/search/terms.js';
import { sentencesHolding, sentencesHoldingWith } from '../../src/search/termSample.js';

/** Twelve sentences; every third names the ferry, and sentence 1, which does not, has it in its headline. */
function ferryIndex(): SentenceIndex {
  const index = new SentenceIndex();
  index.addAll(
    Array.from({ length: 12 }, (_, id) => ({
      id,
      text: id % 3 === 0 ? `The ferry Kalvoy left berth ${id}.` : `Gulls circled the harbour at Brennvik, day ${id}.`,
      context: '',
      title: id === 1 ? 'Ferry bulletin' : 'Harbour log',
    })),
  );
  index.freeze();
  return index;
}

describe('sentencesHolding', () => {
  const ferry = termOf('ferry')!;

  it('gives every sentence whose own text holds the term when there are no more than asked for', () => {
    expect(sentencesHolding(ferryIndex(), ferry, 10)).toEqual([0, 3, 6, 9]);
  });

  it('spreads a smaller sample evenly over the holders, from the first', () => {
    expect(sentencesHolding(ferryIndex(), ferry, 2)).toEqual([0, 6]);
    expect(sentencesHolding(ferryIndex(), ferry, 3)).toEqual([0, 3, 6]);
  });

  it('reads the sentence field only: a headline or a neighbour holding the term does not count', () => {
    expect(sentencesHolding(ferryIndex(), ferry, 10)).not.toContain(1);
    expect(sentencesHolding(ferryIndex(), termOf('bulletin')!, 10)).toEqual([]);
  });

  it('gives nothing for a term the story never uses or a sample of none', () => {
    expect(sentencesHolding(ferryIndex(), termOf('lighthouse')!, 5)).toEqual([]);
    expect(sentencesHolding(ferryIndex(), ferry, 0)).toEqual([]);
  });
});

describe('sentencesHoldingWith', () => {
  const ferry = termOf('ferry')!;

  it('gives the sentences whose own text holds the term and one of the others', () => {
    expect(sentencesHoldingWith(ferryIndex(), ferry, [termOf('berth')!])).toEqual([0, 3, 6, 9]);
    expect(sentencesHoldingWith(ferryIndex(), termOf('harbour')!, [termOf('day')!, termOf('lighthouse')!])).toEqual([
      1, 2, 4, 5, 7, 8, 10, 11,
    ]);
  });

  it('reads the sentence field only, and gives nothing for no others or none the story uses', () => {
    expect(sentencesHoldingWith(ferryIndex(), ferry, [termOf('bulletin')!])).toEqual([]);
    expect(sentencesHoldingWith(ferryIndex(), ferry, [termOf('gull')!])).toEqual([]);
    expect(sentencesHoldingWith(ferryIndex(), ferry, [])).toEqual([]);
    expect(sentencesHoldingWith(ferryIndex(), ferry, [ferry])).toEqual([]);
  });

  it('stops at the limit, the first ones in the index order', () => {
    expect(sentencesHoldingWith(ferryIndex(), ferry, [termOf('berth')!], 2)).toEqual([0, 3]);
  });
});
