import { describe, expect, it } from 'vitest';
import { paraphraseTerms } from '../../src/answer/paraphrase.js';
import { idf, rankSentences, RANKING } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';

const story = buildStory(
  [
    {
      id: 'club',
      title: 'Club news',
      titleGiven: true,
      file: 'club.md',
      body: 'The treasurer announced her resignation after the audit. The club will purchase a new boat in spring. Members voted on Tuesday.',
    },
  ],
  'paraphrase-fixture',
);

describe('paraphraseTerms', () => {
  it('finds WordNet relatives of the question words that the story uses, not those it lacks', () => {
    const buy = paraphraseTerms(story, 'What will the club buy?', ['club', 'buy']);
    expect(buy.get('buy')).toEqual(['purchas']);
    expect(buy.has('club')).toBe(false);
  });
  it('leaves out relatives that stem to the word itself ("resign" / "resignation")', () => {
    expect(paraphraseTerms(story, 'Why did the treasurer resign?', ['treasur', 'resign']).size).toBe(0);
  });
  it('credits a paraphrase in coverage at its lower weight', () => {
    const [best] = rankSentences(story, { terms: ['club', 'buy', 'boat'], kind: 'other', text: 'when will the club buy a boat' });
    const w = (t: string) => idf(story, t);
    const total = w('club') + w('buy') + w('boat');
    expect(best!.sentence.text).toContain('purchase a new boat');
    expect(best!.coverage).toBeCloseTo((w('club') + w('boat') + RANKING.paraphrase * w('buy')) / total, 5);
  });
});
