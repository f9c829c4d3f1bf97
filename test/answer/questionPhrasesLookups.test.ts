import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lexicon/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lexicon/index.js')>();
  return { ...actual, relatedWords: vi.fn(actual.relatedWords) };
});

const { relatedWords } = await import('../../src/lexicon/index.js');
const { questionPhrases } = await import('../../src/answer/paraphrase.js');

describe('questionPhrases lookups', () => {
  it('looks up no run of words whose first two words open no multiword lemma', () => {
    vi.mocked(relatedWords).mockClear();
    expect(questionPhrases(['zorblats', 'wimbled', 'quandor', 'dax'])).toEqual([]);
    expect(relatedWords).not.toHaveBeenCalled();
  });
  it('still looks up the runs a first word may open, and finds them', () => {
    vi.mocked(relatedWords).mockClear();
    expect(questionPhrases(['zorblats', 'gave', 'it', 'up']).map((p) => p.lemma)).toContain('give_up');
    expect(relatedWords).toHaveBeenCalledWith('give_up');
  });
});
