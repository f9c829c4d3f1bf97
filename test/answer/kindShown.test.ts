import { describe, expect, it } from 'vitest';
import { kindShown } from '../../src/answer/kindShown.js';
import { askShort } from '../fixtures/askShort.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: a kind written after the name of its owner. */
const DOWNS_BODY = 'Each autumn a wool fair is held on the Orrin Downs. ' + "Farmers call the downs Tarnland's finest grazing land.";

const ask = askShort(oneArticleStory('downs', 'Downs', DOWNS_BODY));

describe('"what kind of X" answered without the owner written before it', () => {
  it("leaves out the name's possessive opening the answer", () => {
    expect(ask('What type of land are the Orrin Downs?')).toBe('finest grazing land');
  });

  it('keeps the owner of one word owned (a kind named after someone), and any answer to another question', () => {
    expect(kindShown("Velmouth's ropemaking trade", 'What kind of trade is Velmouth known for?')).toBe('ropemaking trade');
    expect(kindShown("Brandt's palsy", 'What kind of illness did Ada have?')).toBe("Brandt's palsy");
    expect(kindShown("Velmouth's ropemaking trade", 'What does the museum show?')).toBe("Velmouth's ropemaking trade");
  });

  it('shows the "of" phrase that holds the kind, not the noun that counts or tells a part of X', () => {
    expect(kindShown('presence of a marsh orchid', 'What kind of orchid grew there?', 'orchid')).toBe('marsh orchid');
    expect(kindShown('cluster of old stone bridges', 'What type of bridges is the valley known for?', 'bridges')).toBe('old stone bridges');
    // X alone after "of" tells no kind; a name opening the phrase is left whole.
    expect(kindShown('sequence of bridges', 'What type of bridges were built?', 'bridges')).toBe('sequence of bridges');
    expect(kindShown('Bank of Tarn notes', 'What type of notes were printed?', 'notes')).toBe('Bank of Tarn notes');
  });
});
