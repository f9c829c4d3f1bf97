import { describe, expect, it } from 'vitest';
import { groupSentences, type CorroboratedSentence } from '../../src/answer/corroborate.js';
import type { StorySentence } from '../../src/story/story.js';

/** A ranked sentence of `id`, enough for the walk (it reads only the sentence). */
function ranked(id: number): CorroboratedSentence['others'][number] {
  return { sentence: { id } as StorySentence } as CorroboratedSentence['others'][number];
}

describe('groupSentences', () => {
  it("walks each group's own sentence, then its other articles', in rank order, up to the depth", () => {
    const groups: CorroboratedSentence[] = [
      { ...ranked(1), others: [ranked(4), ranked(5)] },
      { ...ranked(2), others: [] },
      { ...ranked(3), others: [ranked(6)] },
    ];
    const walked = [...groupSentences(groups, 2)].map((w) => [w.rank, w.sentence.id, w.group.sentence.id]);
    expect(walked).toEqual([
      [0, 1, 1],
      [0, 4, 1],
      [0, 5, 1],
      [1, 2, 2],
    ]);
    expect([...groupSentences(groups, 10)]).toHaveLength(6);
  });
});
