import { describe, expect, it } from 'vitest';
import { rankSentences } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';
import { queryOf } from './rankQuery.js';

/**
 * An invented story: a short sentence names the pier's builders (the question's rarest word, "harbour") and sets the
 * scene; the long sentence after it tells when the pier opened, holding more of the question's words but scoring less.
 * Filler paragraphs, half of them writing "new" and "opened", make the story longer than the ranker's candidates.
 */
const FILLER = Array.from({ length: 45 }, (_, i) =>
  i % 2 === 0 ? `A new gull opened its wings at dawn, number ${i + 1}.` : `Gull number ${i + 1} rested on the quay at dawn.`,
).join('\n\n');
const SCENE = 'The harbour board built the ferry pier.';
const DATED =
  'After years of quarrels over money and oak and iron and tar and rope, the new pier opened to the ferry boats of the board on 4 May 1902.';
const storyOf = (body: string, id = 'rank-kind-beside-fixture') =>
  buildStory([{ id: 'pier', title: 'Quay news', titleGiven: true, file: 'pier.md', body }], id);
const asked = { ...queryOf('When did the harbour board open the new ferry pier?'), kind: 'date' as const };
const first = (body: string) => rankSentences(storyOf(body), asked)[0]!.sentence.text;

describe('a sentence holding the wanted kind beside the sentence setting its scene (RANKING.kindBeside)', () => {
  it('ranks first the dated sentence after the scene its paragraph sets, its gain lent', () => {
    const ranked = rankSentences(storyOf(`${SCENE} ${DATED}\n\n${FILLER}`), asked);
    expect(ranked[0]!.sentence.text).toBe(DATED);
    expect(ranked[0]!.lent).toBeGreaterThan(0);
  });
  it('leaves the scene first across a paragraph break', () => {
    expect(first(`${SCENE}\n\n${DATED}\n\n${FILLER}`)).toBe(SCENE);
  });
  it('leaves the scene first when it holds a date too', () => {
    const dated = 'The harbour board built the ferry pier in 1899.';
    expect(first(`${dated} ${DATED}\n\n${FILLER}`)).toBe(dated);
  });
  it('leaves the scene first when the dated sentence lacks as many of the question words', () => {
    const fewer = 'After years of quarrels over money and oak and iron and tar and rope, the pier opened to boats on 4 May 1902.';
    expect(first(`${SCENE} ${fewer}\n\n${FILLER}`)).toBe(SCENE);
  });
  it('lifts it in a story of no more sentences than the candidates too, a passage read alone', () => {
    const filler = FILLER.split('\n\n').slice(0, 20).join('\n\n');
    const ranked = rankSentences(storyOf(`${SCENE} ${DATED}\n\n${filler}`, 'rank-kind-beside-short'), asked);
    expect(ranked[0]!.sentence.text).toBe(DATED);
    expect(ranked[0]!.lent).toBeGreaterThan(0);
  });
});
