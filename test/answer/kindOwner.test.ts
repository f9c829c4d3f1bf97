import { describe, expect, it } from 'vitest';
import { withoutKindOwner } from '../../src/answer/kindOwner.js';
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
    expect(withoutKindOwner("Velmouth's ropemaking heritage", 'What kind of heritage does Velmouth have?')).toBe('ropemaking heritage');
    expect(withoutKindOwner("Brandt's palsy", 'What kind of illness did Ada have?')).toBe("Brandt's palsy");
    expect(withoutKindOwner("Velmouth's ropemaking heritage", 'What does the museum show?')).toBe("Velmouth's ropemaking heritage");
  });
});
