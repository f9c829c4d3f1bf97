import { beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { askShort } from '../fixtures/askShort.js';

/**
 * Invented: comparisons written with "than" and with "compared to", and means written inside the phrase after the
 * question's words — after a noun ("through"), after another verb's participle ("by" naming its doer), before an -ing
 * form, and after a verb's "as"; a describing phrase after the question's own verb.
 */
let story: Story;
beforeAll(() => {
  story = buildStory(
    [
      {
        id: 'ferries',
        title: 'Ferries',
        titleGiven: true,
        file: 'ferries.md',
        body: 'The ferries of Velden charge much higher fares than the barges of the coast.',
      },
      {
        id: 'mills',
        title: 'Mills',
        titleGiven: true,
        file: 'mills.md',
        body: 'The mills of Orsk grind very coarse flour, compared to most mills of the valley.',
      },
      {
        id: 'guild',
        title: 'Guild',
        titleGiven: true,
        file: 'guild.md',
        body: [
          'The lantern guild has gathered over 9,000 florins through raffles holding a spring prize.',
          'The launch of the Tellin barge was marked with a feast cooked by 30 bakers, and the Orsk museum keeps a sketch of the feast.',
          'The lack of grain was eased by trading salt along the river.',
          'In Velden the old ferry charter would now be regarded as reckless and unfit for a harbour.',
        ].join(' '),
      },
      {
        id: 'courier',
        title: 'Courier',
        titleGiven: true,
        file: 'courier.md',
        body: "The Orsk Courier praised the charter's wax seal, and the Courier described it as a costly folly.",
      },
    ],
    'compared-answer-fixture',
  );
});

describe('comparison questions', () => {
  it('answer with the comparative before "than"', () => {
    expect(askShort(story)('How do the fares of the Velden ferries compare to those of the barges?')).toBe('higher');
  });

  it('answer with the describing word and its degree word before "compared to"', () => {
    expect(askShort(story)('How does the flour of the Orsk mills compare to other flour?')).toBe('very coarse');
  });
});

describe('means inside the phrase after the question words', () => {
  it('is shown to the end of its noun phrase', () => {
    expect(askShort(story)('How did the lantern guild gather the money?')).toBe('raffles');
  });

  it('is no doer that "by" gives another verb', () => {
    expect(askShort(story)('How is the launch of the Tellin barge recorded at the Orsk museum?')).not.toBe('30 bakers');
  });

  it('is what a verb takes a thing "as"', () => {
    expect(askShort(story)('How would the old ferry charter be judged in Velden?')).toBe('reckless and unfit for a harbour');
  });

  it('is an -ing form after "by" whichever verb it follows', () => {
    expect(askShort(story)('How was the lack of grain overcome?')).toBe('trading salt along the river');
  });
});

describe("the phrase after the question's own verb", () => {
  it('is preferred to one after another of its words', () => {
    // (Read as a describing verb's as-phrase, viewedAs.ts, which keeps its article.)
    expect(askShort(story)('How did the Orsk Courier describe the charter?')).toMatch(/^(?:a )?costly folly$/);
  });
});

describe('a means opening a phrase too long to show whole', () => {
  it('is cut at the relative clause after its noun', () => {
    const lock = buildStory(
      [
        {
          id: 'lock',
          title: 'Lock',
          titleGiven: true,
          file: 'lock.md',
          body: 'The Orsk lock can be read in many ways, but is most plainly described as a tidal gate that opens from the harbour side of the canal at each high water of the spring tides.',
        },
      ],
      'lock-fixture',
    );
    expect(askShort(lock)('How is the Orsk lock most plainly described?')).toMatch(/^(?:a )?tidal gate$/);
  });
});
