import type { Story } from '../../src/story/story.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Invented sentences on other things, so that a story holds more sentences than the ranker's candidates and is long enough for every coverage check. */
export const FILLER = Array.from({ length: 45 }, (_, i) => `Market stall ${i + 1} sold fresh bread.`);

/**
 * An invented harbour report of one article: a night ferry held at the quay, then `lines` (the sentence naming the
 * officials who held it first), then FILLER. The abbreviation tests read a question's short word against it.
 */
export function harbourReport(lines: readonly string[], name: string): Story {
  return buildStory(
    [
      {
        id: 'harbour',
        title: 'Ferry held at the quay',
        titleGiven: true,
        file: 'harbour.md',
        body: [
          'The night ferry to Orrin Isle waited at the quay with its engines running.',
          'Gulls circled the ferry while the crew called the passengers aboard.',
          ...lines,
          ...FILLER,
        ].join(' '),
      },
    ],
    name,
  );
}
