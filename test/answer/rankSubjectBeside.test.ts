import { describe, expect, it } from 'vitest';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';
import { queryOf } from './rankQuery.js';

/**
 * An invented story: a lede paragraph names the miller and the mill (every question word, no date); the next paragraph
 * opens by pointing back to him ("The miller, …") and tells the year he built it, holding the names only through the lede. Filler
 * paragraphs make the story longer than the ranker's candidates.
 */
const FILLER = Array.from({ length: 45 }, (_, i) =>
  i % 2 === 0 ? `A grey heron stood in the reeds at dusk, number ${i + 1}.` : `Heron number ${i + 1} flew over the marsh at dusk.`,
).join('\n\n');
const LEDE = 'Ivo Brandt built the Tolly mill on the river.';
const DATED = 'The miller, who had come to the valley as a boy from the hills, built it with his three sons in 1887.';
const storyOf = (body: string, id: string) =>
  buildStory([{ id: 'mill', title: 'Valley news', titleGiven: true, file: 'mill.md', body }], id);
const question = 'When did Ivo Brandt build the Tolly mill?';
const asked = { ...queryOf(question), kind: 'date' as const, subject: termsOf('Ivo Brandt Tolly') };
const first = (body: string, id: string) => rankSentences(storyOf(body, id), asked)[0]!.sentence.text;

describe('a dated sentence continuing the subject of the sentence before (RANKING.subjectBeside)', () => {
  it('ranks first the dated sentence after a lede paragraph naming the asked subject before its verb, its gain lent', () => {
    const ranked = rankSentences(storyOf(`${LEDE}\n\n${DATED}\n\n${FILLER}`, 'rank-subject-beside-lede'), asked);
    expect(ranked[0]!.sentence.text).toBe(DATED);
    expect(ranked[0]!.lent).toBeGreaterThan(0);
  });
  it('leaves the lede first when the asked person is not its subject', () => {
    const lede = 'Ada Vell sold Ivo Brandt the Tolly mill on the river.';
    expect(first(`${lede}\n\n${DATED}\n\n${FILLER}`, 'rank-subject-beside-object')).toBe(lede);
  });
  it('leaves the lede first when the dated sentence does not point back', () => {
    const plain = 'Millers who had come to the valley as boys from the hills built it with their three sons in 1887.';
    expect(first(`${LEDE}\n\n${plain}\n\n${FILLER}`, 'rank-subject-beside-plain')).toBe(LEDE);
  });
  it('leaves the lede first when the dated sentence writes none of the question words but its names', () => {
    const untold = 'The miller, who had come to the valley as a boy from the hills, finished the work with his three sons in 1887.';
    expect(first(`${LEDE}\n\n${untold}\n\n${FILLER}`, 'rank-subject-beside-untold')).toBe(LEDE);
  });
  it('leaves the lede first with the rule off', () => {
    const was = RANKING.subjectBeside;
    (RANKING as { subjectBeside: boolean }).subjectBeside = false;
    try {
      expect(first(`${LEDE}\n\n${DATED}\n\n${FILLER}`, 'rank-subject-beside-off')).toBe(LEDE);
    } finally {
      (RANKING as { subjectBeside: boolean }).subjectBeside = was;
    }
  });
});
